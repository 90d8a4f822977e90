/*
 * Import: turn the bytes of a file (or stdin, or a download) into articles.
 *
 * import_decode() makes any input valid UTF-8 (BOM, UTF-16, legacy
 * single-byte text) or refuses it with a reason; import_detect() names its
 * format from content, not file names; import_parse() dispatches to the
 * importer, which hands each article to the sink.  gzip-compressed input
 * is decompressed first, whatever its format.  Importers never touch
 * the index: a sink does (see ingest.h).
 */
#ifndef QUOTH_IMPORT_H
#define QUOTH_IMPORT_H

#include <stddef.h>

#include "article.h"
#include "buf.h"
#include "error.h"

#define IMPORT_FORMATS(X)				\
	X(AUTO, "auto", NULL)				\
	X(TEXT, "text", import_text)			\
	X(HTML, "html", import_html)			\
	X(FEED, "feed", import_feed)			\
	X(JSONL, "jsonl", import_jsonl)

enum import_format {
#define X(id, name, fn) IMPORT_##id,
	IMPORT_FORMATS(X)
#undef X
	IMPORT_FORMAT_COUNT
};

/*
 * Limits keep memory bounded whatever the input: a file read whole (text,
 * HTML, a feed) and one article's body.  Past either, the input is refused
 * with a message, never truncated.
 */
#define IMPORT_MAX_FILE		(64u << 20)
#define IMPORT_MAX_ARTICLE	(16u << 20)

struct import_sink {
	/* Called for each article; -1 (with err set) stops the import. */
	int	(*article)(void *, struct article *, struct error *);
	/* Something about the input (e.g. "read as Windows-1252"). */
	void	(*note)(void *, const char *);
	/* A part of the input was skipped (e.g. "line 12: not JSON"). */
	void	(*skip)(void *, const char *);
	void	 *ctx;
};

int		 import_decode(const char *, size_t, struct buf *, struct buf *,
		     struct error *);
enum import_format import_detect(const char *, size_t);
int		 import_format_parse(const char *);
const char	*import_format_name(enum import_format);
int		 import_parse(const char *, size_t, const char *,
		     enum import_format, const struct import_sink *,
		     struct error *);

/* The importers, each in its own file. */
int	import_text(const char *, size_t, const char *,
	    const struct import_sink *, struct error *);
int	import_html(const char *, size_t, const char *,
	    const struct import_sink *, struct error *);
int	import_feed(const char *, size_t, const char *,
	    const struct import_sink *, struct error *);
int	import_jsonl(const char *, size_t, const char *,
	    const struct import_sink *, struct error *);

/*
 * JSON lines one at a time, for input too big to hold (a stream): open,
 * add each line, close (which refuses input that held no article).
 */
struct import_lines;

struct import_lines *import_lines_open(const char *, const struct import_sink *);
int	import_lines_add(struct import_lines *, const char *, size_t,
	    struct error *);
void	import_lines_skip(struct import_lines *, const char *);
int	import_lines_close(struct import_lines *, struct error *);

/* Authors' names from a JSON list (json-c), joined with commas. */
struct json_object;
void	import_json_names(struct json_object *, struct buf *);

/* The title of a feed (the caller frees it), or NULL. */
char	*import_feed_title(const char *, size_t);

/* HTML inside another format (a feed item): its paragraphs, into a. */
void	import_html_fragment(const char *, size_t, struct article *);

#endif

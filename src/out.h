/*
 * Output of listing commands in the three formats every one of them takes:
 * text (aligned columns for people, cut to the terminal's width), tsv (one
 * row a line, a header first) and jsonl (one JSON object a line).  Every
 * value passes through here, so none can carry an escape sequence to the
 * terminal: text and tsv show placeholders, JSON escapes.
 */
#ifndef QUOTH_OUT_H
#define QUOTH_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"

#define OUT_FORMATS(X)		\
	X(TEXT, "text")		\
	X(TSV, "tsv")		\
	X(JSONL, "jsonl")	\
	X(JSON, "json")

enum out_format {
#define X(id, name) OUT_##id,
	OUT_FORMATS(X)
#undef X
	OUT_FORMAT_COUNT
};

/* Marks around search hits in values (private-use code points). */
#define OUT_MARK_ON	"\xee\x80\x80"
#define OUT_MARK_OFF	"\xee\x80\x81"

struct out {
	enum out_format	 format;
	FILE		*fp;
	int		 width;		/* text: terminal columns, 0 if not a tty */
	struct buf	 line;		/* the row being built (tsv, jsonl) */
	int		 col;		/* fields in the current row */
	int		 outer_col;	/* ... of the row, inside an object */
	char		 prefix[32];	/* tsv, text: "a." inside object "a" */
	bool		 header_done;
	struct buf	 header;
	/* text: rows are kept until out_finish(), to align columns */
	char		**cells;
	size_t		 ncells, cellcap;
	int		 ncols;
	bool		 numeric[32];
};

int	 out_format_parse(const char *);
const char *out_format_name(enum out_format);
void	 out_init(struct out *, enum out_format, FILE *);
void	 out_row(struct out *);
void	 out_str(struct out *, const char *, const char *);
void	 out_int(struct out *, const char *, int64_t);
void	 out_real(struct out *, const char *, double);
void	 out_bool(struct out *, const char *, bool);
void	 out_strv(struct out *, const char *, const char *const *, int);
void	 out_begin_object(struct out *, const char *);
void	 out_end_object(struct out *);
void	 out_end_row(struct out *);
void	 out_finish(struct out *);

void	 out_json_string(struct buf *, const char *, size_t);
void	 out_text_safe(struct buf *, const char *, size_t, bool);

#endif

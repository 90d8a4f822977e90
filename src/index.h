/*
 * The index: one SQLite database holding articles, what the attribution
 * engine found in them, and full-text indexes over both.
 *
 * index.c opens the database, applies the schema migrations and runs
 * transactions; index_store.c writes an article with its attributions;
 * index_query.c reads.  Rows are handed to a callback; the pointers in a
 * row are valid only during the call.
 */
#ifndef QUOTH_INDEX_H
#define QUOTH_INDEX_H

#include <stdbool.h>
#include <stdint.h>

#include "article.h"
#include "attrib.h"
#include "claims.h"
#include "error.h"

struct index;

#define INDEX_READONLY	0x1	/* open an existing index only, never write */
#define INDEX_EXISTING	0x2	/* open an existing index only */

int	 index_open(struct index **, const char *, int, struct error *);
void	 index_close(struct index *);
const char *index_path(const struct index *);
int64_t	 index_data_version(struct index *);
int64_t	 index_library_stamp(struct index *);
int	 index_schema_version(struct index *);
int	 index_upgrade_pending(const char *);
int	 index_begin(struct index *, struct error *);
int	 index_commit(struct index *, struct error *);
void	 index_rollback(struct index *);
int	 index_default_path(char **, struct error *);

/* Storing an article (index_store.c). */
enum index_status {
	INDEX_NEW,		/* not in the index: store it */
	INDEX_CHANGED,		/* same origin, new content: store it */
	INDEX_UNCHANGED,	/* same origin, same content */
	INDEX_DUPLICATE		/* the same content came from elsewhere */
};

int	 index_lookup(struct index *, const struct article *, int64_t *,
	     enum index_status *, struct error *);
int	 index_store(struct index *, const struct article *,
	     const struct attrib_result *, const struct claim_pair *, size_t,
	     int64_t *, struct error *);
int	 index_restore_said(struct index *, int64_t,
	    const struct attrib_result *, const struct claim_pair *, size_t,
	    struct error *);
int	 index_reattribute_pending(struct index *);
int	 index_reattribute_mark(struct index *, struct error *);
int	 index_reattribute_done(struct index *, struct error *);
int	 index_words_renew(struct index *, struct error *);
int	 index_totals_renew(struct index *, struct error *);
int64_t	 index_merge(struct index *, void (*)(void *, int64_t), void *,
	     struct error *);
int	 index_merge_some(struct index *, int, struct error *);
int64_t	 index_segments(struct index *);

/* Merging on a thread of its own (index_merger.c). */
enum index_merger_state {
	INDEX_MERGER_WAITING,	/* to be told to go */
	INDEX_MERGER_MERGING,
	INDEX_MERGER_DONE,	/* nothing was left to merge */
	INDEX_MERGER_BLOCKED	/* busy or read-only: not now */
};
struct index_merger;
int	 index_merger_start(struct index_merger **, struct index *, int, int,
	     struct error *);
void	 index_merger_go(struct index_merger *);
void	 index_merger_pause(struct index_merger *);
enum index_merger_state index_merger_state(struct index_merger *);
int64_t	 index_merger_rounds_done(struct index_merger *);
void	 index_merger_end(struct index_merger *);

/*
 * An article's words as its full-text index splits them, those the index
 * has not listed, into its words before it is stored (index_words.c):
 * index_split() may run on any thread, with the index's tokenizer, while
 * the index's own thread stores; index_store() lists them.
 */
struct index_tokenizer;
struct index_tokenizer *index_tokenizer(struct index *, struct error *);
int	 index_split(struct index_tokenizer *, const char *, const char *,
	     size_t, struct buf *);
int	 index_set_read(struct index *, int64_t, bool, struct error *);

/* Reading (index_query.c; lists, index_list.c). */
struct article_row {
	int64_t		 id;
	const char	*file;
	const char	*title;
	const char	*byline;
	const char	*outlet;
	const char	*url;
	const char	*date;
	int64_t		 added;		/* unix time */
	bool		 read;
	int		 quotes;
	int		 denials;
	const char	*body;		/* only from index_article() */
	const char	*snippet;	/* only from index_search() */
	double		 rank;		/* only from index_search(): lower is better */
};

/*
 * The orders of a list: name, column, and whether its index is made on
 * the first list in that order (index_sort_prepare) rather than kept
 * from the start, which would cost every import.
 */
#define INDEX_SORTS(X)					\
	X(DATE, "date", "a.date", false)		\
	X(ADDED, "added", "a.added", false)		\
	X(TITLE, "title", "a.title", true)		\
	X(OUTLET, "outlet", "a.outlet", true)		\
	X(QUOTES, "quotes", "a.quotes", true)		\
	X(DENIALS, "denials", "a.denials", true)	\
	X(ID, "id", "a.id", false)

enum index_sort {
#define X(id, name, col, made) INDEX_SORT_##id,
	INDEX_SORTS(X)
#undef X
	INDEX_SORT_COUNT
};

/*
 * A filtered list holds the newest INDEX_FILTER_CAP matching articles at
 * most: a word in half of a million articles would otherwise cost the
 * reader a second at every key.  A count equal to the cap means "more".
 */
#define INDEX_FILTER_CAP	10000

/*
 * The library's filter as typed ("ryab contact"), as an FTS5 query for
 * index_list_query.match; *query is NULL when there is no word.
 */
int	index_filter_query(struct index *, const char *, char **,
	    struct error *);

struct index_list_query {
	enum index_sort	 sort;
	bool		 ascending;
	bool		 unread_only;
	const char	*match;		/* FTS5 query over title and body, or NULL */
	int64_t		 offset;
	int64_t		 limit;		/* <= 0: no limit */
};

struct quote_row {
	int64_t		 id;
	int64_t		 article;
	const char	*file;
	const char	*title;
	const char	*text;
	bool		 direct;
	const char	*speaker;	/* resolved name, or NULL */
	int64_t		 speaker_source; /* sources.id, or 0 */
	const char	*mention;
	const char	*role;
	const char	*cue;
	const char	*via[8];	/* relaying outlets, in order */
	int		 nvia;
	enum stance	 stance;
	uint32_t	 start, end;	/* byte offsets in the body */
	uint32_t	 mention_start, mention_end;
	uint32_t	 cue_start, cue_end;
	const char	*rule;
	double		 confidence;
	const char	*context;	/* the sentence around the quote */
};

struct index_quote_query {
	const int64_t	*articles;	/* NULL: every article */
	int		 narticles;
	const int64_t	*ids;		/* only these quotes, if not NULL */
	int		 nids;
	const char	*speaker;	/* resolved name, case-insensitive */
	int		 stance;	/* enum stance, or -1 for any */
	int64_t		 source;	/* quotes of or via this sources.id, or 0 */
	int64_t		 limit;
};

struct source_row {
	int64_t		 id;
	int64_t		 article;
	const char	*name;
	enum source_kind kind;
	const char	*role;
	int		 mentions;
	int		 quotes;
};

struct index_stats {
	int64_t		articles, unread, quotes, denials, sources;
	int64_t		bytes;		/* database file size */
	int64_t		segments;	/* of the full-text indexes, or -1 */
	int		schema;
};

typedef int (*index_article_cb)(void *, const struct article_row *);
typedef int (*index_quote_cb)(void *, const struct quote_row *);
typedef int (*index_source_cb)(void *, const struct source_row *);
typedef int (*index_span_cb)(void *, uint32_t, uint32_t);

int	 index_sort_parse(const char *);
const char *index_sort_name(enum index_sort);
bool	 index_sort_ready(struct index *, enum index_sort);
bool	 index_sort_due(struct index *, enum index_sort);
int	 index_sort_prepare(struct index *, enum index_sort, struct error *);
int	 index_list(struct index *, const struct index_list_query *,
	     index_article_cb, void *, struct error *);
int	 index_count(struct index *, const struct index_list_query *,
	     int64_t *, struct error *);
int	 index_article(struct index *, int64_t, index_article_cb, void *,
	     struct error *);
void	 index_set_search_windows(struct index *, int64_t, int64_t);
void	 index_set_list_walk(struct index *, int);
int	 index_search(struct index *, const char *, int64_t,
	     index_article_cb, index_quote_cb, void *, struct error *);
int	 index_quotes(struct index *, const struct index_quote_query *,
	     index_quote_cb, void *, struct error *);
int	 index_sources(struct index *, int64_t, index_source_cb, void *,
	     struct error *);
int	 index_mentions(struct index *, int64_t, index_span_cb, void *,
	     struct error *);
int	 index_stats(struct index *, struct index_stats *, struct error *);
int	 index_article_ids(struct index *, int64_t, int64_t *, int,
	     struct error *);
int64_t	 index_last_id(struct index *);
int64_t	 index_added_since(struct index *, int64_t, int64_t,
	     struct error *);
int	 index_check(struct index *, int (*)(void *, const char *), void *,
	     struct error *);
struct quote_row *index_quote_dup(const struct quote_row *);
void	 index_quote_free(struct quote_row *);

/* Pairs of claims (index_compare.c). */
struct pair_row {
	const struct quote_row	*a;	/* the asserting side */
	const struct quote_row	*b;	/* what disputes, supports or repeats it */
	int			 relation;	/* enum claim_relation */
	double			 score;
	const char		*why;
};

typedef int (*index_pair_cb)(void *, const struct pair_row *);

int	 index_pairs(struct index *, const int64_t *, int, int, int64_t,
	     index_pair_cb, void *, struct error *);
int	 index_counterparts(struct index *, int64_t, int, index_pair_cb, void *,
	     struct error *);
int	 index_topic_pairs(struct index *, const char *, int64_t,
	     index_pair_cb, void *, struct error *);
int	 index_quote_counterparts(struct index *, int64_t, int, index_pair_cb,
	     void *, struct error *);
int	 index_relate(struct index *, const struct quote_row *,
	     const struct quote_row *, struct claim_pair *, struct error *);

/* Browsing (index_browse.c). */
typedef int (*index_source_id_cb)(void *, int64_t, int64_t);

int	 index_sources_named(struct index *, const char *, int64_t,
	     index_source_id_cb, void *, struct error *);
int	 index_list_position(struct index *, const struct index_list_query *,
	     int64_t, int64_t *, struct error *);

/* Feeds (index_feeds.c). */
struct feed_row {
	int64_t		 id;
	const char	*url;
	const char	*title;
	const char	*etag;
	const char	*last_modified;
	int64_t		 added;		/* unix times; 0 if never */
	int64_t		 fetched;
	int64_t		 ok;
	const char	*error;		/* of the last fetch, or NULL */
	int		 errors;	/* failed fetches in a row */
	int64_t		 articles;
};

struct feed_update {
	const char	*title;		/* NULL: keep */
	const char	*etag;		/* NULL: keep */
	const char	*last_modified;
	const char	*error;		/* NULL: the fetch succeeded */
	int		 articles;	/* added or updated by this fetch */
};

typedef int (*index_feed_cb)(void *, const struct feed_row *);

int	 index_feed_add(struct index *, const char *, const char *, int64_t *,
	     bool *, struct error *);
int	 index_feed_remove(struct index *, const char *, bool *, struct error *);
int	 index_feeds(struct index *, index_feed_cb, void *, struct error *);
int	 index_feed_update(struct index *, int64_t, const struct feed_update *,
	     struct error *);

#endif

/* Shared by the index's own files (src/index*.c) and its unit test. */
#ifndef QUOTH_INDEX_PRIVATE_H
#define QUOTH_INDEX_PRIVATE_H

#include <sqlite3.h>

#include "claims.h"
#include "index.h"
#include "said.h"

/* The statements that run once per article or quote, prepared once. */
#define INDEX_STATEMENTS(X)						\
	X(BY_ORIGIN, "SELECT id, hash FROM articles WHERE origin = ?")	\
	X(BY_HASH, "SELECT id FROM articles WHERE hash = ? LIMIT 1")	\
	X(INSERT_ARTICLE, "INSERT INTO articles (file, origin, title, byline," \
	    " outlet, url, date, body, hash, added, quotes, denials, sources)" \
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")		\
	X(COUNT_NEW, "UPDATE totals SET articles = articles + 1,"	\
	    " unread = unread + 1, quotes = quotes + ?1,"		\
	    " denials = denials + ?2, sources = sources + ?3,"		\
	    " changes = changes + 1")					\
	/* before an article's counts change; not a trigger, for what	\
	 * migration 11 says of one (index_schema.c) */		\
	X(COUNTS_MOVE, "UPDATE totals SET changes = changes + 1,"	\
	    " quotes = quotes + ?1 - ifnull((SELECT quotes FROM articles" \
	    " WHERE id = ?4), 0), denials = denials + ?2 - ifnull(("	\
	    "SELECT denials FROM articles WHERE id = ?4), 0),"		\
	    " sources = sources + ?3 - ifnull((SELECT sources FROM"	\
	    " articles WHERE id = ?4), 0)")				\
	X(UPDATE_ARTICLE, "UPDATE articles SET file = ?, origin = ?,"	\
	    " title = ?, byline = ?, outlet = ?, url = ?, date = ?, body = ?," \
	    " hash = ?, added = ?, quotes = ?, denials = ?, sources = ?,"	\
	    " read = 0 WHERE id = ?")					\
	X(SET_COUNTS, "UPDATE articles SET quotes = ?, denials = ?,"	\
	    " sources = ? WHERE id = ?")				\
	X(INSERT_ARTICLE_FTS, "INSERT INTO articles_fts (rowid, title, body)" \
	    " VALUES (?, ?, ?)")					\
	/* never OR REPLACE: a statement that may delete needs a statement \
	 * journal, and opening one makes FTS5 flush its pending terms */ \
	X(INSERT_SAID, "INSERT INTO said (article, data) VALUES (?, ?)")	\
	X(INSERT_SAID_FTS, "INSERT INTO said_fts (rowid, speaker, source)" \
	    " VALUES (?, ?, ?)")					\
	X(DELETE_SAID_FTS, "INSERT INTO said_fts (said_fts, rowid, speaker," \
	    " source) VALUES ('delete', ?, ?, ?)")			\
	X(SAID_OF, "SELECT a.body, s.data FROM said s JOIN articles a"	\
	    " ON a.id = s.article WHERE s.article = ?")			\
	X(DELETE_SAID, "DELETE FROM said WHERE article = ?")		\
	X(SET_READ, "UPDATE articles SET read = ? WHERE id = ?")

enum index_stmt {
#define X(id, sql) INDEX_STMT_##id,
	INDEX_STATEMENTS(X)
#undef X
	INDEX_STMT_COUNT
};

#define INDEX_STR(x)		INDEX_STR_(x)	/* a number into SQL */
#define INDEX_BUSY_MS		10000	/* a writer waits for another this long */
#define INDEX_SORT_BUSY_MS	1000	/* and to make an order's index (index_list.c) */
#define INDEX_STR_(x)		#x

#define INDEX_PREFIX_MIN	3	/* letters before a word is a prefix */
/* so a word of fewer bytes begins no prefix spelled out: not listed */
#define INDEX_WORD_MIN		INDEX_PREFIX_MIN

#define INDEX_SCHEMA_TOTALS	11	/* from which table totals counts */
#define INDEX_SCHEMA_LIST	12	/* from which index articles_list is */
#define INDEX_SCHEMA_STATS	13	/* from which totals counts quotes too */
/* what it keeps: the articles, the unread, their quotes, denials, sources */
#define INDEX_TOTALS_SQL	"SELECT count(*) AS n, ifnull(sum(read = 0), 0)" \
	" AS u, ifnull(sum(quotes), 0) AS q, ifnull(sum(denials), 0) AS d," \
	" ifnull(sum(sources), 0) AS s FROM articles"

#define INDEX_SEARCH_WINDOWS	2
#define INDEX_WINDOW_MIN	100	/* rows a search ranks at the least */

/* The articles a filter matched, kept in temp.filter_hits (index_filter.c). */
struct index_hits {
	char		*match;		/* NULL: none kept */
	int64_t		 stamp;		/* index_library_stamp when found */
	int64_t		 n;
};

struct index {
	sqlite3		*db;
	char		*path;
	int64_t		 windows[INDEX_SEARCH_WINDOWS];	/* see index_query.c */
	int		 list_walk;	/* index_set_list_walk */
	unsigned	 sorts_tried;	/* bit per order: its index was tried */
	sqlite3_stmt	*stmt[INDEX_STMT_COUNT];
	struct index_hits hits;
	struct index_words *words;	/* index_words.c; NULL until a store */
};

/* A filter's articles as SQL, once index_filter_hits() has found them. */
#define INDEX_FILTER_SQL	"a.id IN temp.filter_hits"
int	index_filter_hits(struct index *, const char *, int64_t *,
	    struct error *);
void	index_fts_string(struct buf *, const char *, size_t);
char	*index_query_widen(const char *, bool);

int	index_rank_register(struct index *, struct error *);
fts5_api *index_fts5_api(sqlite3 *);
int	index_said_hits_register(fts5_api *);

void	index_words_forget(struct index *);
void	index_words_free(struct index *);
int	index_words_vocab(struct index *, struct error *);
int	index_words_refill(struct index *, struct error *);
int	index_words_add(struct index *, const struct article *,
	    struct error *);

int	index_db_error(struct index *, struct error *, const char *);
int	index_prepare(struct index *, sqlite3_stmt **, const char *,
	    struct error *);
int	index_exec(struct index *, const char *, struct error *);
const char *index_column_text(sqlite3_stmt *, int);
sqlite3_stmt *index_stmt(struct index *, enum index_stmt, struct error *);
int	index_query_error(struct index *, struct error *, const char *);

/* The column a list in order s is sorted by, "a." and all (index_list.c). */
const char *index_sort_column(enum index_sort);

/* Article rows as index_query.c reads them, for index_list.c too. */
#define INDEX_ARTICLE_COLUMNS \
	"a.id, a.file, a.title, a.byline, a.outlet, a.url, a.date, a.added," \
	" a.read, a.quotes, a.denials"
void	index_read_article(sqlite3_stmt *, struct article_row *);
int	index_each(struct index *, sqlite3_stmt *,
	    int (*)(sqlite3_stmt *, void *, void *), void *, void *,
	    struct error *, const char *);
int	index_emit_article(sqlite3_stmt *, void *, void *);

/*
 * Rows kept, their strings copied, until it is known that they are the
 * ones to give: a search's window that holds enough (the ranking itself
 * tells, so a query spelled out as hundreds of words is set up once, not
 * once to count and once to rank), or a list's walk not cut short.
 */
struct index_found {
	struct article_row	*v;
	size_t			 n, cap;
};
int	index_keep_found(void *, const struct article_row *);
void	index_found_clear(struct index_found *);
int	index_found_give(struct index_found *, int, index_article_cb, void *);
int64_t	index_max_rowid(struct index *, const char *);
size_t	index_search_floors(struct index *, const char *, const char *,
	    int64_t [INDEX_SEARCH_WINDOWS + 1]);
int64_t	*index_ranked(struct index *, const char *, const char *, const char *,
	    int64_t, size_t *, struct error *);

/* The attribution records (index_said.c). */
#define INDEX_SAID_ID(article, k)	(((article) << 16) | (int64_t)(k))
#define INDEX_SAID_ARTICLE(id)		((id) >> 16)
#define INDEX_SAID_PLACE(id)		((size_t)((id) & 0xffff))

/* One article's record, unpacked, with what a quote row needs of it. */
struct said_row {
	int64_t		 article;
	const char	*file;
	const char	*title;
	const char	*body;
	size_t		 len;
	struct said	 s;
};

typedef int (*said_row_cb)(void *, struct said_row *);

/* Which records to read. */
struct said_filter {
	const int64_t	*articles;	/* these, or all when NULL */
	int		 narticles;
	const char	*match;		/* said_fts query, or NULL */
	bool		 denials;	/* only articles with a denial */
	bool		 newest;	/* the newest articles first */
	int64_t		 floor;		/* articles above this id (windows) */
};

/* The strings of one quote row, NUL-terminated copies of the body's. */
struct said_strings {
	char	*text, *mention, *cue, *context;
};

int	index_said_each(struct index *, const struct said_filter *,
	    said_row_cb, void *, struct error *);
int	index_said_emit(const struct said_row *, size_t, index_quote_cb, void *);
void	index_said_quote(const struct said_row *, size_t, struct quote_row *,
	    struct said_strings *);
void	index_said_strings_free(struct said_strings *);
int	index_put_said(struct index *, int64_t, const struct attrib_result *,
	    const struct claim_pair *, size_t, struct error *);
int	index_said_refill(struct index *, struct error *);
int	index_clear_said(struct index *, int64_t, struct error *);
int64_t	index_said_damaged(struct index *, struct error *);

/* Quotes by a full-text query (index_said_search.c). */
int	index_search_quotes(struct index *, const char *, const char *, int64_t,
	    index_quote_cb, void *, struct error *);
/* A plain search query with its prefixes spelled out; NULL if none. */
char	*index_expand_prefixes(struct index *, const char *);
int	index_bind_text(sqlite3_stmt *, int, const char *);

#endif

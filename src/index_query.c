/*
 * Reading the index: articles, full-text search, quotes and sources (the
 * lists of articles are index_list.c's).  Every value from the user is a
 * bound parameter; only names of tables and columns that quoth itself
 * spells are written into SQL.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "index_private.h"
#include "xmalloc.h"

/* Search hits in snippets are marked as out.h expects. */
#define INDEX_MARK_ON	"\xee\x80\x80"
#define INDEX_MARK_OFF	"\xee\x80\x81"

/* FTS5 reports a bad query as a plain SQL error; say what to do about it. */
int
index_query_error(struct index *ix, struct error *err, const char *query)
{
	const char	*msg = sqlite3_errmsg(ix->db);

	if (strstr(msg, "fts5") != NULL || strstr(msg, "syntax error") != NULL ||
	    strstr(msg, "no such column") != NULL)
		return error_set(err, "malformed search query '%s' (%s); put "
		    "words in double quotes to search for them as written",
		    query, msg);
	return index_db_error(ix, err, "searching");
}

void
index_read_article(sqlite3_stmt *st, struct article_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->file = index_column_text(st, 1);
	r->title = index_column_text(st, 2);
	r->byline = index_column_text(st, 3);
	r->outlet = index_column_text(st, 4);
	r->url = index_column_text(st, 5);
	r->date = index_column_text(st, 6);
	r->added = sqlite3_column_int64(st, 7);
	r->read = sqlite3_column_int(st, 8) != 0;
	r->quotes = sqlite3_column_int(st, 9);
	r->denials = sqlite3_column_int(st, 10);
}

/* Step through st, handing each row to emit; stops early if emit says so. */
int
index_each(struct index *ix, sqlite3_stmt *st,
    int (*emit)(sqlite3_stmt *, void *, void *), void *cb, void *ctx,
    struct error *err, const char *query)
{
	int	rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (emit(st, cb, ctx) != 0)
			break;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		if (query != NULL)
			index_query_error(ix, err, query);
		else
			index_db_error(ix, err, "reading");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

int
index_emit_article(sqlite3_stmt *st, void *cb, void *ctx)
{
	struct article_row	r;

	index_read_article(st, &r);
	return ((index_article_cb)cb)(ctx, &r);
}

static const char *
index_dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static void
index_free_const(const char *s)
{
	free((char *)(uintptr_t)s);
}

int
index_keep_found(void *ctx, const struct article_row *r)
{
	struct index_found	*f = ctx;
	struct article_row	*c;

	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 32;
		f->v = xreallocarray(f->v, f->cap, sizeof *f->v);
	}
	c = &f->v[f->n++];
	*c = *r;
	c->file = index_dup_or_null(r->file);
	c->title = index_dup_or_null(r->title);
	c->byline = index_dup_or_null(r->byline);
	c->outlet = index_dup_or_null(r->outlet);
	c->url = index_dup_or_null(r->url);
	c->date = index_dup_or_null(r->date);
	c->snippet = index_dup_or_null(r->snippet);
	return 0;
}

void
index_found_clear(struct index_found *f)
{
	size_t	i;

	for (i = 0; i < f->n; i++) {
		index_free_const(f->v[i].file);
		index_free_const(f->v[i].title);
		index_free_const(f->v[i].byline);
		index_free_const(f->v[i].outlet);
		index_free_const(f->v[i].url);
		index_free_const(f->v[i].date);
		index_free_const(f->v[i].snippet);
	}
	f->n = 0;
}

/* The rows kept to cb, if rc is 0, and then freed; rc. */
int
index_found_give(struct index_found *f, int rc, index_article_cb cb,
    void *ctx)
{
	size_t	i;

	for (i = 0; rc == 0 && i < f->n; i++)
		if (cb(ctx, &f->v[i]) != 0)
			break;
	index_found_clear(f);
	free(f->v);
	f->v = NULL;
	f->cap = 0;
	return rc;
}

static int
index_emit_full_article(sqlite3_stmt *st, void *cb, void *ctx)
{
	struct article_row	r;

	index_read_article(st, &r);
	r.body = index_column_text(st, 11);
	return ((index_article_cb)cb)(ctx, &r);
}

/*
 * One article with its body; an unknown id is an error naming it.  With
 * no callback, only checks that the article exists.
 */
int
index_article(struct index *ix, int64_t id, index_article_cb cb, void *ctx,
    struct error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (index_prepare(ix, &st, "SELECT " INDEX_ARTICLE_COLUMNS ", a.body"
	    " FROM articles a WHERE a.id = ?", err) == -1)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && cb != NULL)
		index_emit_full_article(st, (void *)cb, ctx);
	else if (rc == SQLITE_DONE)
		error_set(err, "no article %lld in %s (see 'quoth list')",
		    (long long)id, ix->path);
	else
		index_db_error(ix, err, "reading an article");
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

static int
index_emit_search_article(sqlite3_stmt *st, void *cb, void *ctx)
{
	struct article_row	r;

	index_read_article(st, &r);
	r.snippet = index_column_text(st, 11);
	r.rank = sqlite3_column_double(st, 12);
	return ((index_article_cb)cb)(ctx, &r);
}

/*
 * Ranking orders every match, so a word found in half of a million
 * articles would cost seconds.  The ranked query runs on the newest
 * articles first: the smallest window holding a screenful of matches,
 * as the ranking itself finds (index_search_articles, index_ranked), and
 * the whole index only when no window does.
 * News is read newest first; so are its best matches.
 */

int64_t
index_max_rowid(struct index *ix, const char *table)
{
	sqlite3_stmt	*st;
	char		 sql[64];
	int64_t		 max = 0;

	snprintf(sql, sizeof sql, "SELECT max(rowid) FROM %s", table);
	if (sqlite3_prepare_v2(ix->db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		max = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return max;
}

/* The windows of the newest rows that searches rank first (for tests). */
void
index_set_search_windows(struct index *ix, int64_t small, int64_t large)
{
	ix->windows[0] = small;
	ix->windows[1] = large;
}

/*
 * How many words a query ORs together, in fours: ranking a row costs each
 * of them, so a prefix spelled out as five hundred words is ranked in a
 * window a hundred and twenty-fifth as wide (INDEX_WINDOW_MIN rows at
 * the least).
 */
static int64_t
index_query_weight(const char *query)
{
	const char	*p;
	int64_t		 words = 1;

	for (p = query; (p = strstr(p, " OR ")) != NULL; p += 4)
		words++;
	return words > 4 ? words / 4 : 1;
}

/*
 * The rowids above which a ranked search may run, narrowest window first,
 * the whole index (0) last; how many.
 */
size_t
index_search_floors(struct index *ix, const char *content, const char *query,
    int64_t floors[INDEX_SEARCH_WINDOWS + 1])
{
	int64_t	max = index_max_rowid(ix, content), weight, window;
	size_t	i, n = 0;

	weight = index_query_weight(query);
	for (i = 0; i < INDEX_SEARCH_WINDOWS; i++) {
		window = ix->windows[i] / weight;
		if (window < INDEX_WINDOW_MIN && weight > 1)
			window = ix->windows[i] < INDEX_WINDOW_MIN ?
			    ix->windows[i] : INDEX_WINDOW_MIN;
		if (max <= window)
			break;
		if (n == 0 || floors[n - 1] != max - window)
			floors[n++] = max - window;
	}
	floors[n++] = 0;
	return n;
}

/* The best matches above floor, with their snippets, into f. */
static int
index_search_window(struct index *ix, const char *query, int64_t limit,
    int64_t floor, struct index_found *f, struct error *err)
{
	sqlite3_stmt	*st;

	if (index_prepare(ix, &st, "SELECT " INDEX_ARTICLE_COLUMNS ", f.snip,"
	    " f.rank FROM (SELECT rowid AS id, rank, snippet(articles_fts, 1, '"
	    INDEX_MARK_ON "', '" INDEX_MARK_OFF "', '\xe2\x80\xa6', 16) AS snip"
	    " FROM articles_fts WHERE articles_fts MATCH ?1 AND rank MATCH"
	    " 'quoth_rank(4.0, 1.0)' AND rowid > ?3 ORDER BY rank LIMIT ?2) f"
	    " JOIN articles a ON a.id = f.id ORDER BY f.rank", err) == -1)
		return -1;
	sqlite3_bind_text(st, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit);
	sqlite3_bind_int64(st, 3, floor);
	return index_each(ix, st, index_emit_search_article,
	    (void *)index_keep_found, f, err, query);
}

static int
index_search_articles(struct index *ix, const char *query, int64_t limit,
    index_article_cb cb, void *ctx, struct error *err)
{
	struct index_found	 f = { NULL, 0, 0 };
	int64_t			 floors[INDEX_SEARCH_WINDOWS + 1];
	size_t			 i, n;
	int			 rc = 0;

	if (limit <= 0)
		limit = 20;
	n = index_search_floors(ix, "articles", query, floors);
	for (i = 0; i < n && rc == 0; i++) {
		index_found_clear(&f);
		rc = index_search_window(ix, query, limit, floors[i], &f, err);
		if ((int64_t)f.n >= limit)
			break;
	}
	return index_found_give(&f, rc, cb, ctx);
}

/*
 * Articles, then quotes.  A query on the quotes' own columns (speaker:,
 * source:) is one the articles refuse: then it finds quotes only, and is
 * refused only if the quotes refuse it too.
 */
static int
index_search_with(struct index *ix, const char *query, const char *match,
    int64_t limit, index_article_cb acb, index_quote_cb qcb, void *ctx,
    struct error *err)
{
	struct error	 aerr;
	bool		 refused;

	refused = acb != NULL &&
	    index_search_articles(ix, match, limit, acb, ctx, &aerr) == -1;
	if (refused && qcb == NULL) {
		*err = aerr;
		return -1;
	}
	if (qcb != NULL && index_search_quotes(ix, query, match, limit, qcb,
	    ctx, err) == -1) {
		if (refused)
			*err = aerr;
		return -1;
	}
	return 0;
}

/*
 * Full-text search: articles by title and body (title words weigh more),
 * then quotes by their words and speaker, each ranked by BM25.  Either
 * callback may be NULL to skip that half.  Prefixes of a plain query are
 * spelled out as the words they begin (index_filter.c).
 */
int
index_search(struct index *ix, const char *query, int64_t limit,
    index_article_cb acb, index_quote_cb qcb, void *ctx, struct error *err)
{
	char	*spelled = index_expand_prefixes(ix, query);
	int	 rc;

	rc = index_search_with(ix, query, spelled != NULL ? spelled : query,
	    limit, acb, qcb, ctx, err);
	/* a query FTS5 refuses is refused in the words it was written in */
	if (rc == -1 && spelled != NULL)
		rc = index_search_with(ix, query, query, limit, acb, qcb, ctx,
		    err);
	free(spelled);
	return rc;
}

/*
 * What the index holds: kept in table totals from schema 13, and counted
 * (reading every article whole) before, or if the totals are gone.
 */
int
index_stats(struct index *ix, struct index_stats *s, struct error *err)
{
	sqlite3_stmt	*st;
	struct stat	 sb;
	int		 rc;

	memset(s, 0, sizeof *s);
	if (index_prepare(ix, &st, index_schema_version(ix) >=
	    INDEX_SCHEMA_STATS ? "SELECT articles, unread, quotes, denials,"
	    " sources FROM totals UNION ALL SELECT * FROM (" INDEX_TOTALS_SQL
	    ") WHERE NOT EXISTS (SELECT 1 FROM totals) LIMIT 1" :
	    INDEX_TOTALS_SQL, err) == -1)
		return -1;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->articles = sqlite3_column_int64(st, 0);
		s->unread = sqlite3_column_int64(st, 1);
		s->quotes = sqlite3_column_int64(st, 2);
		s->denials = sqlite3_column_int64(st, 3);
		s->sources = sqlite3_column_int64(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return index_db_error(ix, err, "counting");
	s->schema = index_schema_version(ix);
	s->segments = index_segments(ix);
	if (stat(ix->path, &sb) == 0)
		s->bytes = (int64_t)sb.st_size;
	return 0;
}

/* A copy of a row that outlives its callback; index_quote_free() it. */
struct quote_row *
index_quote_dup(const struct quote_row *r)
{
	struct quote_row	*c = xmalloc(sizeof *c);
	int			 i;

	*c = *r;
	c->file = index_dup_or_null(r->file);
	c->title = index_dup_or_null(r->title);
	c->text = index_dup_or_null(r->text);
	c->speaker = index_dup_or_null(r->speaker);
	c->mention = index_dup_or_null(r->mention);
	c->role = index_dup_or_null(r->role);
	c->cue = index_dup_or_null(r->cue);
	c->rule = index_dup_or_null(r->rule);
	c->context = index_dup_or_null(r->context);
	for (i = 0; i < r->nvia; i++)
		c->via[i] = xstrdup(r->via[i]);
	return c;
}

void
index_quote_free(struct quote_row *c)
{
	int	i;

	if (c == NULL)
		return;
	index_free_const(c->file);
	index_free_const(c->title);
	index_free_const(c->text);
	index_free_const(c->speaker);
	index_free_const(c->mention);
	index_free_const(c->role);
	index_free_const(c->cue);
	index_free_const(c->rule);
	index_free_const(c->context);
	for (i = 0; i < c->nvia; i++)
		index_free_const(c->via[i]);
	free(c);
}

/* Up to n article ids after after, in id order: walking the index by keys. */
int
index_article_ids(struct index *ix, int64_t after, int64_t *ids, int n,
    struct error *err)
{
	sqlite3_stmt	*st;
	int		 rc, k = 0;

	if (index_prepare(ix, &st, "SELECT id FROM articles WHERE id > ?"
	    " ORDER BY id LIMIT ?", err) == -1)
		return -1;
	sqlite3_bind_int64(st, 1, after);
	sqlite3_bind_int(st, 2, n);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && k < n)
		ids[k++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return index_db_error(ix, err, "walking the articles");
	return k;
}

/* The id of the newest article (0 in an empty index): one step of a b-tree. */
int64_t
index_last_id(struct index *ix)
{
	sqlite3_stmt	*st;
	int64_t		 id = 0;

	if (sqlite3_prepare_v2(ix->db, "SELECT max(id) FROM articles", -1, &st,
	    NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return id;
}

/* How many articles came after article id, up to article upto. */
int64_t
index_added_since(struct index *ix, int64_t id, int64_t upto,
    struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 n = 0;

	if (index_prepare(ix, &st, "SELECT count(*) FROM articles WHERE id > ?"
	    " AND id <= ?", err) == -1)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, upto);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/*
 * The rows of a full-text table (said_fts or articles_fts) that match,
 * ranked, in the newest window that holds enough of them.
 */
int64_t *
index_ranked(struct index *ix, const char *fts, const char *content,
    const char *query, int64_t limit, size_t *n, struct error *err)
{
	sqlite3_stmt	*st;
	char		 sql[160];
	int64_t		*ids, floors[INDEX_SEARCH_WINDOWS + 1];
	size_t		 i, nfloors;
	int		 rc = SQLITE_DONE;

	*n = 0;
	snprintf(sql, sizeof sql, "SELECT rowid FROM %s WHERE %s MATCH ?1"
	    " AND rank MATCH 'quoth_rank()' AND rowid > ?3 ORDER BY rank"
	    " LIMIT ?2", fts, fts);
	if (index_prepare(ix, &st, sql, err) == -1)
		return NULL;
	nfloors = index_search_floors(ix, content, query, floors);
	ids = xcalloc((size_t)limit + 1, sizeof *ids);
	sqlite3_bind_text(st, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit);
	/* the ranking itself tells whether a window holds enough */
	for (i = 0; i < nfloors && *n < (size_t)limit; i++) {
		*n = 0;
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 3, floors[i]);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW &&
		    *n < (size_t)limit)
			ids[(*n)++] = sqlite3_column_int64(st, 0);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		free(ids);
		index_query_error(ix, err, query);
		return NULL;
	}
	return ids;
}

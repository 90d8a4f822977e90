/*
 * Reading the index: article lists (windowed, so that the reader's first
 * screen costs the same at any size), articles, full-text search, quotes
 * and sources.  Every value from the user is a bound parameter; only
 * names from the fixed tables below are written into SQL.
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

static const struct {
	const char	*name;
	const char	*column;
} index_sorts[] = {
#define X(id, name, col) { name, col },
	INDEX_SORTS(X)
#undef X
};

#define INDEX_ARTICLE_COLUMNS \
	"a.id, a.file, a.title, a.byline, a.outlet, a.url, a.date, a.added," \
	" a.read, a.quotes, a.denials"

#define INDEX_QUOTE_COLUMNS \
	"q.id, q.article, a.file, a.title, q.text, q.direct, q.speaker," \
	" q.source, q.mention, q.role, q.cue, q.stance, q.start, q.stop," \
	" q.mention_start, q.mention_stop, q.cue_start, q.cue_stop, q.rule," \
	" q.confidence, (SELECT group_concat(name, char(30)) FROM" \
	"  (SELECT s.name FROM quote_via v JOIN sources s ON s.id = v.source" \
	"   WHERE v.quote = q.id ORDER BY v.ord)), q.context"

int
index_sort_parse(const char *name)
{
	int	i;

	for (i = 0; i < INDEX_SORT_COUNT; i++)
		if (strcmp(name, index_sorts[i].name) == 0)
			return i;
	return -1;
}

const char *
index_sort_name(enum index_sort s)
{
	return s < INDEX_SORT_COUNT ? index_sorts[s].name : "?";
}

/* FTS5 reports a bad query as a plain SQL error; say what to do about it. */
static int
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

static void
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
static int
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

static int
index_emit_article(sqlite3_stmt *st, void *cb, void *ctx)
{
	struct article_row	r;

	index_read_article(st, &r);
	return ((index_article_cb)cb)(ctx, &r);
}

static void
index_list_where(struct buf *sql, const struct index_list_query *q)
{
	const char	*and = " WHERE";

	if (q->match != NULL) {
		buf_printf(sql, "%s a.id IN (SELECT rowid FROM articles_fts"
		    " WHERE articles_fts MATCH ?1)", and);
		and = " AND";
	}
	if (q->unread_only)
		buf_printf(sql, "%s a.read = 0", and);
}

int
index_list(struct index *ix, const struct index_list_query *q,
    index_article_cb cb, void *ctx, struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	const char	*dir = q->ascending ? "ASC" : "DESC";
	int		 rc;

	buf_adds(&sql, "SELECT " INDEX_ARTICLE_COLUMNS " FROM articles a");
	index_list_where(&sql, q);
	buf_printf(&sql, " ORDER BY %s %s, a.id %s LIMIT ?2 OFFSET ?3",
	    index_sorts[q->sort < INDEX_SORT_COUNT ? q->sort : 0].column, dir, dir);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	if (q->match != NULL)
		sqlite3_bind_text(st, 1, q->match, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, q->limit > 0 ? q->limit : -1);
	sqlite3_bind_int64(st, 3, q->offset > 0 ? q->offset : 0);
	return index_each(ix, st, index_emit_article, (void *)cb, ctx, err,
	    q->match);
}

int
index_count(struct index *ix, const struct index_list_query *q, int64_t *n,
    struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	int		 rc;

	buf_adds(&sql, "SELECT count(*) FROM articles a");
	index_list_where(&sql, q);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	if (q->match != NULL)
		sqlite3_bind_text(st, 1, q->match, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (rc != SQLITE_ROW) {
		if (q->match != NULL)
			index_query_error(ix, err, q->match);
		else
			index_db_error(ix, err, "counting articles");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
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

/* Split the via column (names joined by char(30)) into the row. */
static void
index_split_via(char *names, struct quote_row *r)
{
	char	*p = names, *sep;

	r->nvia = 0;
	while (p != NULL && *p != '\0' && r->nvia < (int)(sizeof r->via /
	    sizeof r->via[0])) {
		if ((sep = strchr(p, '\x1e')) != NULL)
			*sep++ = '\0';
		r->via[r->nvia++] = p;
		p = sep;
	}
}

static void
index_read_quote(sqlite3_stmt *st, struct quote_row *r)
{
	const char	*stance;
	int		 k;

	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->article = sqlite3_column_int64(st, 1);
	r->file = index_column_text(st, 2);
	r->title = index_column_text(st, 3);
	r->text = index_column_text(st, 4);
	r->direct = sqlite3_column_int(st, 5) != 0;
	r->speaker = index_column_text(st, 6);
	r->speaker_source = sqlite3_column_int64(st, 7);
	r->mention = index_column_text(st, 8);
	r->role = index_column_text(st, 9);
	r->cue = index_column_text(st, 10);
	stance = index_column_text(st, 11);
	k = attrib_stance_parse(stance != NULL ? stance : "");
	r->stance = k >= 0 ? (enum stance)k : STANCE_CLAIM;
	r->start = (uint32_t)sqlite3_column_int(st, 12);
	r->end = (uint32_t)sqlite3_column_int(st, 13);
	r->mention_start = (uint32_t)sqlite3_column_int(st, 14);
	r->mention_end = (uint32_t)sqlite3_column_int(st, 15);
	r->cue_start = (uint32_t)sqlite3_column_int(st, 16);
	r->cue_end = (uint32_t)sqlite3_column_int(st, 17);
	r->rule = index_column_text(st, 18);
	r->confidence = sqlite3_column_double(st, 19);
	r->context = index_column_text(st, 21);
}

static int
index_emit_quote(sqlite3_stmt *st, void *cb, void *ctx)
{
	struct quote_row	 r;
	const char		*via = index_column_text(st, 20);
	char			*names = xstrdup(via != NULL ? via : "");
	int			 rc;

	index_read_quote(st, &r);
	index_split_via(names, &r);
	rc = ((index_quote_cb)cb)(ctx, &r);
	free(names);
	return rc;
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
 * articles (or quotes) first: the smallest window holding a screenful of
 * matches, found by cheap unranked probes, and the whole index only when
 * no window does.  News is read newest first; so are its best matches.
 */

static int64_t
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

/* Does the window above floor hold at least limit matches? */
static int
index_window_holds(struct index *ix, const char *fts, const char *query,
    int64_t floor, int64_t limit, struct error *err)
{
	sqlite3_stmt	*st;
	char		 sql[256];
	int		 rc, n = 0;

	snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT 1 FROM %s"
	    " WHERE %s MATCH ?1 AND rowid > ?2 LIMIT ?3)", fts, fts);
	if (index_prepare(ix, &st, sql, err) == -1)
		return -1;
	sqlite3_bind_text(st, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, floor);
	sqlite3_bind_int64(st, 3, limit);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return index_query_error(ix, err, query);
	return n >= limit;
}

/* The windows of the newest rows that searches rank first (for tests). */
void
index_set_search_windows(struct index *ix, int64_t small, int64_t large)
{
	ix->windows[0] = small;
	ix->windows[1] = large;
}

/* The rowid above which the ranked search runs (0: the whole index). */
static int
index_search_floor(struct index *ix, const char *fts, const char *content,
    const char *query, int64_t limit, int64_t *floor, struct error *err)
{
	int64_t	max = index_max_rowid(ix, content);
	size_t	i;
	int	rc;

	*floor = 0;
	for (i = 0; i < INDEX_SEARCH_WINDOWS; i++) {
		if (max <= ix->windows[i])
			return 0;
		rc = index_window_holds(ix, fts, query, max - ix->windows[i],
		    limit, err);
		if (rc != 0) {
			if (rc == 1)
				*floor = max - ix->windows[i];
			return rc == -1 ? -1 : 0;
		}
	}
	return 0;
}

static int
index_search_articles(struct index *ix, const char *query, int64_t limit,
    index_article_cb cb, void *ctx, struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 floor;

	if (limit <= 0)
		limit = 20;
	if (index_search_floor(ix, "articles_fts", "articles", query, limit,
	    &floor, err) == -1 ||
	    index_prepare(ix, &st, "SELECT " INDEX_ARTICLE_COLUMNS ","
	    " snippet(articles_fts, 1, '" INDEX_MARK_ON "', '" INDEX_MARK_OFF "',"
	    " '\xe2\x80\xa6', 16), bm25(articles_fts, 4.0, 1.0) AS rank"
	    " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
	    " WHERE articles_fts MATCH ?1 AND articles_fts.rowid > ?3"
	    " ORDER BY rank LIMIT ?2", err) == -1)
		return -1;
	sqlite3_bind_text(st, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit);
	sqlite3_bind_int64(st, 3, floor);
	return index_each(ix, st, index_emit_search_article, (void *)cb, ctx,
	    err, query);
}

static int
index_search_quotes(struct index *ix, const char *query, int64_t limit,
    index_quote_cb cb, void *ctx, struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 floor;

	if (limit <= 0)
		limit = 20;
	if (index_search_floor(ix, "quotes_fts", "quotes", query, limit, &floor,
	    err) == -1 ||
	    index_prepare(ix, &st, "SELECT " INDEX_QUOTE_COLUMNS
	    " FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid"
	    " JOIN articles a ON a.id = q.article"
	    " WHERE quotes_fts MATCH ?1 AND quotes_fts.rowid > ?3"
	    " ORDER BY bm25(quotes_fts) LIMIT ?2", err) == -1)
		return -1;
	sqlite3_bind_text(st, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit);
	sqlite3_bind_int64(st, 3, floor);
	return index_each(ix, st, index_emit_quote, (void *)cb, ctx, err, query);
}

/*
 * Full-text search: articles by title and body (title words weigh more),
 * then quotes by their words and speaker, each ranked by BM25.  Either
 * callback may be NULL to skip that half.
 */
int
index_search(struct index *ix, const char *query, int64_t limit,
    index_article_cb acb, index_quote_cb qcb, void *ctx, struct error *err)
{
	if (acb != NULL &&
	    index_search_articles(ix, query, limit, acb, ctx, err) == -1)
		return -1;
	if (qcb != NULL &&
	    index_search_quotes(ix, query, limit, qcb, ctx, err) == -1)
		return -1;
	return 0;
}

/*
 * A speaker filter is a phrase query on the speaker column of quotes_fts:
 * "ryabkov" finds "Sergei Ryabkov" through the index, at any size.
 */
static char *
index_speaker_phrase(const char *name)
{
	struct buf	b = BUF_INIT;

	buf_adds(&b, "speaker : \"");
	for (; *name != '\0'; name++) {
		if (*name == '"')
			buf_addc(&b, '"');
		buf_addc(&b, *name);
	}
	buf_addc(&b, '"');
	return buf_detach(&b);
}

static void
index_quotes_where(struct buf *sql, const struct index_quote_query *q)
{
	int	i;

	buf_adds(sql, " WHERE 1");
	if (q->articles != NULL) {
		buf_adds(sql, " AND q.article IN (");
		for (i = 0; i < q->narticles; i++)
			buf_printf(sql, "%s?%d", i ? ", " : "", i + 4);
		buf_adds(sql, ")");
	}
	if (q->speaker != NULL)
		buf_adds(sql, " AND q.id IN (SELECT rowid FROM quotes_fts"
		    " WHERE quotes_fts MATCH ?1)");
	if (q->stance >= 0)
		buf_adds(sql, " AND q.stance = ?2");
	if (q->source != 0)
		buf_adds(sql, " AND q.article = (SELECT article FROM sources"
		    " WHERE id = ?3) AND (q.source = ?3 OR q.id IN"
		    " (SELECT quote FROM quote_via WHERE source = ?3))");
	if (q->ids != NULL) {
		buf_adds(sql, " AND q.id IN (");
		for (i = 0; i < q->nids; i++)
			buf_printf(sql, "%s?%d", i ? ", " : "",
			    i + 4 + (q->articles != NULL ? q->narticles : 0));
		buf_adds(sql, ")");
	}
}

static void
index_quotes_bind(sqlite3_stmt *st, const struct index_quote_query *q)
{
	char	*phrase;
	int	 i;

	if (q->speaker != NULL) {
		phrase = index_speaker_phrase(q->speaker);
		sqlite3_bind_text(st, 1, phrase, -1, SQLITE_TRANSIENT);
		free(phrase);
	}
	if (q->stance >= 0)
		sqlite3_bind_text(st, 2, attrib_stance_name((enum stance)q->stance),
		    -1, SQLITE_STATIC);
	if (q->source != 0)
		sqlite3_bind_int64(st, 3, q->source);
	for (i = 0; q->articles != NULL && i < q->narticles; i++)
		sqlite3_bind_int64(st, i + 4, q->articles[i]);
	for (i = 0; q->ids != NULL && i < q->nids; i++)
		sqlite3_bind_int64(st, i + 4 + (q->articles != NULL ?
		    q->narticles : 0), q->ids[i]);
}

/* Quotes in article and text order, filtered as the query says. */
int
index_quotes(struct index *ix, const struct index_quote_query *q,
    index_quote_cb cb, void *ctx, struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	int		 rc;

	buf_adds(&sql, "SELECT " INDEX_QUOTE_COLUMNS
	    " FROM quotes q JOIN articles a ON a.id = q.article");
	index_quotes_where(&sql, q);
	buf_printf(&sql, " ORDER BY q.article, q.start LIMIT %lld",
	    (long long)(q->limit > 0 ? q->limit : -1));
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	index_quotes_bind(st, q);
	return index_each(ix, st, index_emit_quote, (void *)cb, ctx, err,
	    q->speaker);
}

static int
index_emit_source(sqlite3_stmt *st, void *cb, void *ctx)
{
	struct source_row	 r;
	const char		*kind = index_column_text(st, 3);
	int			 i;

	memset(&r, 0, sizeof r);
	r.id = sqlite3_column_int64(st, 0);
	r.article = sqlite3_column_int64(st, 1);
	r.name = index_column_text(st, 2);
	for (i = 0; i < SOURCE_KIND_COUNT; i++)
		if (kind != NULL && strcmp(kind, attrib_kind_name(i)) == 0)
			r.kind = (enum source_kind)i;
	r.role = index_column_text(st, 4);
	r.mentions = sqlite3_column_int(st, 5);
	r.quotes = sqlite3_column_int(st, 6);
	return ((index_source_cb)cb)(ctx, &r);
}

/* The sources of an article: speakers first, then by how often named. */
int
index_sources(struct index *ix, int64_t article, index_source_cb cb,
    void *ctx, struct error *err)
{
	sqlite3_stmt	*st;

	if (index_prepare(ix, &st, "SELECT id, article, name, kind, role,"
	    " mentions, quotes FROM sources WHERE article = ?"
	    " ORDER BY quotes DESC, mentions DESC, name", err) == -1)
		return -1;
	sqlite3_bind_int64(st, 1, article);
	return index_each(ix, st, index_emit_source, (void *)cb, ctx, err, NULL);
}

static int
index_emit_span(sqlite3_stmt *st, void *cb, void *ctx)
{
	return ((index_span_cb)cb)(ctx, (uint32_t)sqlite3_column_int(st, 0),
	    (uint32_t)sqlite3_column_int(st, 1));
}

/* Where the body names a source, in text order. */
int
index_mentions(struct index *ix, int64_t source, index_span_cb cb, void *ctx,
    struct error *err)
{
	sqlite3_stmt	*st;

	if (index_prepare(ix, &st, "SELECT start, stop FROM mentions"
	    " WHERE source = ? ORDER BY start", err) == -1)
		return -1;
	sqlite3_bind_int64(st, 1, source);
	return index_each(ix, st, index_emit_span, (void *)cb, ctx, err, NULL);
}

int
index_stats(struct index *ix, struct index_stats *s, struct error *err)
{
	sqlite3_stmt	*st;
	struct stat	 sb;
	int		 rc;

	memset(s, 0, sizeof *s);
	if (index_prepare(ix, &st, "SELECT (SELECT count(*) FROM articles),"
	    " (SELECT count(*) FROM articles WHERE read = 0),"
	    " (SELECT count(*) FROM quotes),"
	    " (SELECT count(*) FROM quotes WHERE stance = 'denial'),"
	    " (SELECT count(DISTINCT name) FROM sources)", err) == -1)
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
	if (stat(ix->path, &sb) == 0)
		s->bytes = (int64_t)sb.st_size;
	return 0;
}

static const char *
index_dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
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

static void
index_free_const(const char *s)
{
	free((char *)(uintptr_t)s);
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

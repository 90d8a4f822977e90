/*
 * Quotes by a full-text query.  A quote's words are its article's, so the
 * articles the query (made wider, index_widen.c) finds in articles_fts are
 * the ones whose quotes may match; the quotes of the best of them are then
 * asked the query as written, in small full-text tables of just them:
 * first all of an article's quotes together, then, one by one, those in
 * which FTS5 found the query's phrases (quoth_hits()).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index_private.h"
#include "xmalloc.h"

#define SAID_SEARCH_ARTICLES	80	/* articles a quote search reads at most */
#define SAID_SEARCH_CHUNK	8	/* articles whose quotes are asked at once */
#define SAID_SEARCH_MAX		30000	/* quotes a search shows at most */
#define SAID_FILL_IDS		500	/* articles read by one statement */

/*
 * Full-text search finds articles; which of their quotes match is asked of
 * small full-text tables of just them, so that every query the syntax
 * allows (phrases, NEAR, columns) means the same for a quote: first all
 * the quotes of each article found as one row (temp.said_text), then the
 * quotes one a row (temp.said_quote) of those articles that match.
 */
static int
index_said_scratch(struct index *ix, const char *table, struct error *err)
{
	char	sql[256];

	/* contentless, no sizes: a row costs its words, and none is ranked */
	snprintf(sql, sizeof sql, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.%s"
	    " USING fts5(text, speaker, source, content='', columnsize=0,"
	    " tokenize='unicode61 remove_diacritics 2');"
	    "INSERT INTO temp.%s(%s) VALUES ('delete-all');", table, table,
	    table);
	return index_exec(ix, sql, err);
}

/* A quote's words, speaker and relays into the row being made. */
static void
index_said_words(const struct said_row *row, size_t k, struct buf *text,
    struct buf *speaker, struct buf *source)
{
	const struct attribution	*a = &row->s.r.v[k];
	size_t				 i;

	buf_add(text, row->body + a->quote.start, a->quote.end - a->quote.start);
	buf_addc(text, '\n');
	if (a->speaker >= 0)
		buf_printf(speaker, "%s\n", row->s.r.src[a->speaker].name);
	for (i = 0; i < a->nvia; i++)
		buf_printf(source, "%s\n", row->s.r.src[a->via[i]].name);
}

struct said_rows {
	struct buf	 text, speaker, source;
};

static void
index_said_rows_clear(struct said_rows *b)
{
	buf_truncate(&b->text, 0);
	buf_truncate(&b->speaker, 0);
	buf_truncate(&b->source, 0);
}

static int
index_said_put(struct index *ix, sqlite3_stmt *ins, int64_t rowid,
    struct said_rows *b, struct error *err)
{
	int	rc = 0;

	sqlite3_bind_int64(ins, 1, rowid);
	sqlite3_bind_text(ins, 2, buf_str(&b->text), -1, SQLITE_STATIC);
	sqlite3_bind_text(ins, 3, buf_str(&b->speaker), -1, SQLITE_STATIC);
	sqlite3_bind_text(ins, 4, buf_str(&b->source), -1, SQLITE_STATIC);
	if (sqlite3_step(ins) != SQLITE_DONE)
		rc = index_db_error(ix, err, "matching quotes");
	sqlite3_reset(ins);
	index_said_rows_clear(b);
	return rc;
}

static void
index_said_rows_free(struct said_rows *b)
{
	buf_free(&b->text);
	buf_free(&b->speaker);
	buf_free(&b->source);
}

/*
 * Where the query's phrases were found in an article's row of
 * temp.said_text: the column and token offset of each hit, in columns
 * where the article's quotes follow one another (their words, speakers
 * and relays); or anywhere, when FTS5 did not say.  Only the quotes
 * holding a hit are then asked the query one by one: a quote that
 * matches holds one of its phrases.
 */
struct said_hits {
	int32_t		*v;		/* column, offset; column, offset ... */
	size_t		 n;		/* hits */
	bool		 any;
};

/* FTS5's tokenizer, to count the tokens of each quote as said_text did. */
struct said_counter {
	fts5_tokenizer	 fn;
	Fts5Tokenizer	*tok;		/* NULL: every quote is asked */
};

/*
 * A round of a quote search: the articles found, in rank order; each
 * article's quotes as one row of temp.said_text, its rowid the article's
 * place in ids.
 */
struct said_round {
	struct index	*ix;
	const int64_t	*ids;
	int64_t		*byid;		/* INDEX_SAID_ID(id, place), sorted */
	size_t		 n;
	sqlite3_stmt	*ins;
	struct said_rows b;
	bool		 quotes;	/* one a row, rowid INDEX_SAID_ID(place, k) */
	struct said_hits *hits;		/* by place, from said_text */
	struct said_counter *count;
	struct error	*err;
	int		 rc;
};

static int
index_said_cmp_id(const void *x, const void *y)
{
	int64_t	a = INDEX_SAID_ARTICLE(*(const int64_t *)x);
	int64_t	b = INDEX_SAID_ARTICLE(*(const int64_t *)y);

	return (a > b) - (a < b);
}

/* An article's place in the round, found by bisection. */
static int64_t
index_said_place(const struct said_round *w, int64_t id)
{
	int64_t	 key = INDEX_SAID_ID(id, 0), *hit;

	hit = bsearch(&key, w->byid, w->n, sizeof *w->byid, index_said_cmp_id);
	return hit != NULL ? (int64_t)INDEX_SAID_PLACE(*hit) : -1;
}

static int
index_said_count_token(void *ctx, int flags, const char *tok, int n, int start,
    int end)
{
	(void)flags;
	(void)tok;
	(void)n;
	(void)start;
	(void)end;
	(*(int32_t *)ctx)++;
	return SQLITE_OK;
}

/* Add the tokens of s to *n; -1 if they cannot be counted. */
static int
index_said_tokens(struct said_counter *c, const char *s, size_t len,
    int32_t *n)
{
	if (c->fn.xTokenize(c->tok, n, FTS5_TOKENIZE_DOCUMENT, s, (int)len,
	    index_said_count_token) != SQLITE_OK)
		return -1;
	return 0;
}

/* The tokens a quote's columns b hold, each as said_text holds them. */
static int
index_said_quote_tokens(struct said_counter *c, const struct said_rows *b,
    int32_t n[3])
{
	int	rc;

	n[0] = n[1] = n[2] = 0;
	rc = index_said_tokens(c, buf_str(&b->text), b->text.len, &n[0]);
	if (rc == 0)
		rc = index_said_tokens(c, buf_str(&b->speaker), b->speaker.len,
		    &n[1]);
	if (rc == 0)
		rc = index_said_tokens(c, buf_str(&b->source), b->source.len,
		    &n[2]);
	return rc;
}

/*
 * Does the quote whose columns are b, and whose tokens in each follow the
 * at[] before it in said_text's row, hold a hit?  Moves at[] past it.
 * Tokens that cannot be counted leave the places of the quotes after
 * unknown: all are asked.
 */
static bool
index_said_hit(const struct said_round *w, struct said_hits *h,
    const struct said_rows *b, int32_t at[3])
{
	int32_t	n[3], col, off;
	bool	hit = false;
	size_t	i;

	if (!h->any && (w->count->tok == NULL ||
	    index_said_quote_tokens(w->count, b, n) == -1))
		h->any = true;
	if (h->any)
		return true;
	for (i = 0; i < h->n && !hit; i++) {
		col = h->v[2 * i];
		off = h->v[2 * i + 1];
		hit = col < 0 || col > 2 || (off >= at[col] &&
		    off < at[col] + n[col]);
	}
	for (i = 0; i < 3; i++)
		at[i] += n[i];
	return hit;
}

static int
index_said_fill(void *ctx, struct said_row *row)
{
	struct said_round	*w = ctx;
	int64_t			 place = index_said_place(w, row->article);
	int32_t			 at[3] = { 0, 0, 0 };
	size_t			 k;

	if (place < 0)
		return 0;
	for (k = 0; k < row->s.r.n && k <= 0xffff && w->rc == 0; k++) {
		index_said_words(row, k, &w->b.text, &w->b.speaker, &w->b.source);
		if (!w->quotes)
			continue;	/* all of them, one row */
		if (index_said_hit(w, &w->hits[place], &w->b, at))
			w->rc = index_said_put(w->ix, w->ins,
			    INDEX_SAID_ID(place, k), &w->b, w->err);
		else
			index_said_rows_clear(&w->b);
	}
	if (!w->quotes && w->rc == 0)
		w->rc = index_said_put(w->ix, w->ins, place, &w->b, w->err);
	return w->rc != 0;
}

/*
 * The articles at places of the round into a scratch table: their quotes
 * as one row each (temp.said_text), or one a row (temp.said_quote).
 */
static int
index_said_fill_round(struct said_round *w, const int64_t *places, size_t n)
{
	struct said_filter	 f;
	int64_t			 ids[SAID_FILL_IDS];
	const char		*table = w->quotes ? "said_quote" : "said_text";
	char			 sql[128];
	size_t			 i, k;

	snprintf(sql, sizeof sql, "INSERT INTO temp.%s(rowid, text, speaker,"
	    " source) VALUES (?, ?, ?, ?)", table);
	w->rc = 0;
	if (index_said_scratch(w->ix, table, w->err) == -1 ||
	    index_prepare(w->ix, &w->ins, sql, w->err) == -1)
		return -1;
	memset(&f, 0, sizeof f);
	f.articles = ids;
	for (i = 0; i < n && w->rc == 0; i += (size_t)f.narticles) {
		for (k = 0; k < SAID_FILL_IDS && i + k < n; k++)
			ids[k] = w->ids[places[i + k]];
		f.narticles = (int)k;	/* one statement binds so many at most */
		if (index_said_each(w->ix, &f, index_said_fill, w, w->err) == -1)
			w->rc = -1;
	}
	sqlite3_finalize(w->ins);
	index_said_rows_free(&w->b);
	return w->rc;
}

/* A row's hits, as quoth_hits() gives them, into h. */
static void
index_said_keep_hits(struct said_hits *h, sqlite3_stmt *st)
{
	size_t	bytes = (size_t)sqlite3_column_bytes(st, 1);

	if (sqlite3_column_type(st, 1) != SQLITE_BLOB || bytes == 0) {
		h->any = true;
		return;
	}
	h->n = bytes / (2 * sizeof *h->v);
	h->v = xcalloc(2 * h->n + 1, sizeof *h->v);
	memcpy(h->v, sqlite3_column_blob(st, 1), 2 * h->n * sizeof *h->v);
}

/*
 * The rowids of a scratch table that match, in order; how many.  A query
 * the table cannot take (a title: column) matches none of its rows.
 * With hits (said_text only), where each row matched, by rowid (< nhits).
 */
static int64_t *
index_said_matching(struct index *ix, const char *table, const char *query,
    int64_t limit, struct said_hits *hits, size_t nhits, size_t *n,
    struct error *err)
{
	sqlite3_stmt	*st;
	char		 sql[160];
	int64_t		*v = NULL, id;
	size_t		 cap = 0;
	int		 rc;

	*n = 0;
	snprintf(sql, sizeof sql, "SELECT rowid%s FROM temp.%s WHERE %s MATCH ?"
	    " ORDER BY rowid LIMIT ?", hits != NULL ? ", quoth_hits(said_text)" :
	    "", table, table);
	if (index_prepare(ix, &st, sql, err) == -1)
		return NULL;
	sqlite3_bind_text(st, 1, query, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit);
	v = xcalloc(1, sizeof *v);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			v = xreallocarray(v, cap + 1, sizeof *v);
		}
		v[(*n)++] = id = sqlite3_column_int64(st, 0);
		if (hits != NULL && id >= 0 && (size_t)id < nhits)
			index_said_keep_hits(&hits[id], st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ERROR) {
		free(v);
		index_db_error(ix, err, "matching quotes");
		return NULL;
	}
	if (rc == SQLITE_ERROR)
		*n = 0;
	return v;
}

struct said_search {
	struct index	*ix;
	const char	*query;
	char		*wide;		/* the query made wider, for said_text */
	int64_t		 limit, emitted;
	index_quote_cb	 cb;
	void		*ctx;
	struct error	*err;
	int		 rc;
	const int64_t	*ks;		/* the quotes of one article to emit */
	size_t		 nk;
};

static int
index_said_emit_ks(void *ctx, struct said_row *row)
{
	struct said_search	*w = ctx;
	size_t			 i;

	for (i = 0; i < w->nk && w->emitted < w->limit; i++) {
		if ((size_t)w->ks[i] >= row->s.r.n)
			continue;	/* the record changed since it was asked */
		w->emitted++;
		if (index_said_emit(row, (size_t)w->ks[i], w->cb, w->ctx) != 0)
			w->emitted = w->limit;
	}
	return 1;
}

/* Hand on the quotes ks of the article id. */
static int
index_said_emit_article(struct said_search *w, int64_t id, const int64_t *ks,
    size_t nk)
{
	struct said_filter	f;

	memset(&f, 0, sizeof f);
	f.articles = &id;
	f.narticles = 1;
	w->ks = ks;
	w->nk = nk;
	return index_said_each(w->ix, &f, index_said_emit_ks, w, w->err);
}

/* The matching quotes (rowid INDEX_SAID_ID(place, k)), article by article. */
static int
index_said_emit_hits(struct said_search *w, const int64_t *ids,
    const int64_t *hits, size_t n)
{
	int64_t	*ks = xcalloc(n + 1, sizeof *ks);
	size_t	 i, j, nk;
	int	 rc = 0;

	for (i = 0; i < n && rc == 0 && w->emitted < w->limit; i = j) {
		for (j = i, nk = 0; j < n && INDEX_SAID_ARTICLE(hits[j]) ==
		    INDEX_SAID_ARTICLE(hits[i]); j++)
			ks[nk++] = (int64_t)INDEX_SAID_PLACE(hits[j]);
		rc = index_said_emit_article(w, ids[INDEX_SAID_ARTICLE(hits[i])],
		    ks, nk);
	}
	free(ks);
	return rc;
}

/* The round's articles by place: INDEX_SAID_ID(id, place), sorted by id. */
static void
index_said_round_start(struct said_round *r)
{
	size_t	i;

	r->byid = xcalloc(r->n + 1, sizeof *r->byid);
	for (i = 0; i < r->n; i++)
		r->byid[i] = INDEX_SAID_ID(r->ids[i], i);
	qsort(r->byid, r->n, sizeof *r->byid, index_said_cmp_id);
	r->hits = xcalloc(r->n + 1, sizeof *r->hits);
}

static void
index_said_round_end(struct said_round *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		free(r->hits[i].v);
	free(r->hits);
	free(r->byid);
}

/*
 * FTS5's tokenizer as the scratch tables have it; without it, every quote
 * of an article whose quotes match is asked.
 */
static void
index_said_counter_start(struct index *ix, struct said_counter *c)
{
	const char	*args[] = { "remove_diacritics", "2" };
	fts5_api	*api = index_fts5_api(ix->db);
	void		*ud;

	memset(c, 0, sizeof *c);
	if (api == NULL || api->xFindTokenizer(api, "unicode61", &ud,
	    &c->fn) != SQLITE_OK || c->fn.xCreate(ud, args, 2, &c->tok) !=
	    SQLITE_OK)
		c->tok = NULL;
}

static void
index_said_counter_end(struct said_counter *c)
{
	if (c->tok != NULL)
		c->fn.xDelete(c->tok);
}

/*
 * The quotes of a round's articles that match, in the order of their
 * articles and then of the text: first which articles' quotes, all
 * together, match; then which of those articles' quotes do, a few
 * articles at a time until there are enough.  A query the
 * quotes' tables cannot take (a title: column) matches none of them.
 */
static int
index_said_match_round(struct said_search *w, struct said_round *r)
{
	int64_t	*places = xcalloc(r->n + 1, sizeof *places), *hits = NULL;
	size_t	 i, n = 0, nhits, chunk = 0;
	int	 rc = -1;

	for (i = 0; i < r->n; i++)
		places[i] = (int64_t)i;
	r->quotes = false;
	if (index_said_fill_round(r, places, r->n) == -1)
		goto out;
	free(places);
	if ((places = index_said_matching(w->ix, "said_text", w->wide,
	    (int64_t)r->n, r->hits, r->n, &n, w->err)) == NULL)
		goto out;
	rc = 0;
	if (n == 0)
		goto out;
	r->quotes = true;
	for (i = 0; i < n && rc == 0 && w->emitted < w->limit; i += chunk) {
		chunk = n - i < SAID_SEARCH_CHUNK ? n - i : SAID_SEARCH_CHUNK;
		free(hits);
		hits = NULL;
		if ((rc = index_said_fill_round(r, places + i, chunk)) == -1 ||
		    (hits = index_said_matching(w->ix, "said_quote", w->query,
		    w->limit - w->emitted, NULL, 0, &nhits, w->err)) == NULL)
			rc = -1;
		else
			rc = index_said_emit_hits(w, r->ids, hits, nhits);
	}
out:
	free(places);
	free(hits);
	return rc;
}

/*
 * The articles a search for quotes reads, best first (in the newest window
 * first): a quote's words are its article's, so articles_fts finds them,
 * asked the query made wider (index_widen.c), with the quotes' column
 * filters dropped if it must.  A query it cannot take at all asks
 * said_fts, which has the quotes' names.
 */
static int64_t *
index_said_ranked(struct index *ix, const char *query, int64_t limit,
    size_t *n, struct error *err)
{
	struct error	 mine;
	int64_t		*ids;
	char		*wide = index_query_widen(query, false);

	if ((ids = index_ranked(ix, "articles_fts", "articles", wide, limit, n,
	    err)) == NULL) {
		free(wide);
		wide = index_query_widen(query, true);
		ids = index_ranked(ix, "articles_fts", "articles", wide, limit, n,
		    &mine);
	}
	if (ids == NULL)
		ids = index_ranked(ix, "said_fts", "said", query, limit, n, &mine);
	free(wide);
	return ids;	/* if none will, what articles_fts said first stands */
}

/*
 * A search runs in a savepoint: the scratch tables' rows are then kept
 * by FTS5 until the end, not written out as an index segment each, and
 * the articles and their quotes are read from one snapshot of the index.
 */
static int
index_said_search_end(struct index *ix, int rc, struct error *err)
{
	struct error	mine;

	if (rc != -1 && index_exec(ix, "RELEASE said_search", err) == 0)
		return 0;
	/* left open, it would hold the snapshot and block the next writer */
	index_exec(ix, "ROLLBACK TO said_search; RELEASE said_search", &mine);
	return -1;
}

/*
 * Quotes matching a full-text query: their articles ranked (by match, the
 * query with its prefixes spelled out), then they.  Not every article
 * whose words match has a quote that does: the best SAID_SEARCH_ARTICLES
 * are ranked at once (a word of the pages' furniture, in no quote, costs
 * no more than that), and read in rounds, each four times the one
 * before, until enough quotes are found.
 */
int
index_search_quotes(struct index *ix, const char *query, const char *match,
    int64_t limit, index_quote_cb cb, void *ctx, struct error *err)
{
	struct said_search	 w = { ix, query, NULL, limit > 0 ? limit : 20,
				    0, cb, ctx, err, 0, NULL, 0 };
	struct said_round	 r;
	struct said_counter	 count;
	int64_t			*ids, want = SAID_SEARCH_ARTICLES;
	size_t			 n, done = 0, round = 2 * (size_t)w.limit;

	if (w.limit > SAID_SEARCH_MAX)
		w.limit = SAID_SEARCH_MAX;
	if (want < 2 * w.limit)
		want = 2 * w.limit;	/* a place in a round is 16 bits */
	if (index_exec(ix, "SAVEPOINT said_search", err) == -1)
		return -1;
	if ((ids = index_said_ranked(ix, match, want, &n, err)) == NULL) {
		index_said_search_end(ix, -1, err);
		return -1;
	}
	w.wide = index_query_widen(query, false);
	index_said_counter_start(ix, &count);
	while (done < n && w.rc == 0 && w.emitted < w.limit) {
		memset(&r, 0, sizeof r);
		r.ix = ix;
		r.ids = ids + done;
		r.n = n - done < round ? n - done : round;
		r.count = &count;
		r.err = err;
		index_said_round_start(&r);
		if (index_said_match_round(&w, &r) == -1)
			w.rc = -1;
		index_said_round_end(&r);
		done += r.n;
		round *= 4;
	}
	index_said_counter_end(&count);
	free(ids);
	free(w.wide);
	return index_said_search_end(ix, w.rc, err);
}

/*
 * quoth_hits(table): where the query's phrases were found in a row, as a
 * blob of int32 pairs, the column and the token offset of each hit; NULL
 * when FTS5 knows of none.
 */
static void
index_said_hits_fn(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	int32_t	*v;
	int	 i, n = 0, phrase, col, off, rc;

	(void)nval;
	(void)val;
	if ((rc = api->xInstCount(fts, &n)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	if (n == 0)
		return;
	if ((v = sqlite3_malloc64(2 * (size_t)n * sizeof *v)) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	for (i = 0; i < n; i++) {
		if ((rc = api->xInst(fts, i, &phrase, &col, &off)) != SQLITE_OK) {
			sqlite3_free(v);
			sqlite3_result_error_code(ctx, rc);
			return;
		}
		v[2 * i] = col;
		v[2 * i + 1] = off;
	}
	sqlite3_result_blob(ctx, v, 2 * n * (int)sizeof *v, sqlite3_free);
}

int
index_said_hits_register(fts5_api *api)
{
	return api->xCreateFunction(api, "quoth_hits", NULL, index_said_hits_fn,
	    NULL);
}

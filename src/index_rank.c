/*
 * quoth_rank(): FTS5's BM25, reckoned as its bm25() does, but for the
 * weight of each phrase.  bm25() weighs a phrase by its rarity (IDF),
 * and counts for that every row that holds it before the first row is
 * ranked: the whole doclist of a common word, or every row that holds
 * all the words of a phrase, read to check their places.  At a million
 * articles that walk is most of a search, and it grows with the index.
 *
 * Here a query of one phrase, whose rarity weighs every row alike and so
 * cannot change the order, or of more than INDEX_RANK_IDF_MAX phrases (a
 * prefix spelled out as the words it begins, which the reader means as
 * one), weighs each phrase 1.  Any other query is weighed as bm25()
 * weighs it, but the count of the rows holding a phrase stops past
 * INDEX_RANK_IDF_ROWS: the phrase is then taken to be as frequent among
 * all the articles as among the oldest, up to the last one counted.
 * (Both tables ranked, articles_fts and said_fts, are keyed by article
 * id; said_fts has rows only for the articles that name someone.)
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "index_private.h"

#define INDEX_RANK_K1		1.2
#define INDEX_RANK_B		0.75
#define INDEX_RANK_IDF_MAX	16	/* phrases whose rarity is counted */
#define INDEX_RANK_IDF_ROWS	2000	/* rows counted for it at most */

/* What a query's ranking needs once, kept by FTS5 for the query. */
struct index_rank {
	int	 phrases;
	double	 avgdl;		/* tokens in a row, on average */
	double	*idf;
	double	*freq;		/* the current row's, per phrase */
};

/* The rows holding a phrase, oldest first, up to INDEX_RANK_IDF_ROWS. */
struct index_rank_hits {
	sqlite3_int64	n;
	sqlite3_int64	last;		/* the rowid of the last one counted */
};

static int
index_rank_count(const Fts5ExtensionApi *api, Fts5Context *fts, void *arg)
{
	struct index_rank_hits	*h = arg;

	if (++h->n <= INDEX_RANK_IDF_ROWS)
		return SQLITE_OK;
	h->last = api->xRowid(fts);
	return SQLITE_DONE;		/* more than enough: the walk stops */
}

/* The table's rows, and the newest article's id (see above). */
struct index_rank_span {
	sqlite3_int64	rows, newest;
};

/*
 * How many rows hold phrase i: counted, or reckoned from the articles up
 * to the last one counted, the rows' ids being given in order.
 */
static int
index_rank_hits(const Fts5ExtensionApi *api, Fts5Context *fts, int i,
    const struct index_rank_span *s, double *hits)
{
	struct index_rank_hits	h = { 0, 0 };
	int			rc;

	rc = api->xQueryPhrase(fts, i, &h, index_rank_count);
	*hits = (double)h.n;
	if (h.last > 0 && h.last < s->newest)
		*hits = (double)h.n * (double)s->newest / (double)h.last;
	if (*hits > (double)s->rows)
		*hits = (double)s->rows;
	return rc;
}

/* The rarity of phrase i among the rows, as bm25() reckons it. */
static int
index_rank_idf(const Fts5ExtensionApi *api, Fts5Context *fts, int i,
    const struct index_rank_span *s, double *idf)
{
	double	hits;
	int	rc;

	rc = index_rank_hits(api, fts, i, s, &hits);
	*idf = log(((double)s->rows - hits + 0.5) / (hits + 0.5));
	if (*idf <= 0.0)
		*idf = 1e-6;
	return rc;
}

static int
index_rank_start(const Fts5ExtensionApi *api, Fts5Context *fts,
    struct index_rank **out)
{
	struct index_rank	*r;
	struct index_rank_span	 s = { 0, 0 };
	sqlite3_int64		 tokens = 0;
	int			 i, n = api->xPhraseCount(fts), rc;
	bool			 weigh = n > 1 && n <= INDEX_RANK_IDF_MAX;

	if ((r = sqlite3_malloc64(sizeof *r + 2 * (size_t)n *
	    sizeof(double))) == NULL)
		return SQLITE_NOMEM;
	r->phrases = n;
	r->idf = (double *)(r + 1);
	r->freq = r->idf + n;
	rc = api->xRowCount(fts, &s.rows);
	if (rc == SQLITE_OK)
		rc = api->xColumnTotalSize(fts, -1, &tokens);
	r->avgdl = s.rows > 0 ? (double)tokens / (double)s.rows : 1.0;
	if (weigh)	/* the index FTS5 was given with the function */
		s.newest = index_max_rowid(api->xUserData(fts), "articles");
	for (i = 0; i < n && rc == SQLITE_OK; i++) {
		r->idf[i] = 1.0;
		if (weigh)
			rc = index_rank_idf(api, fts, i, &s, &r->idf[i]);
	}
	if (rc != SQLITE_OK) {
		sqlite3_free(r);
		return rc;
	}
	/* kept for the query; on failure FTS5 frees it itself */
	if ((rc = api->xSetAuxdata(fts, r, sqlite3_free)) == SQLITE_OK)
		*out = r;
	return rc;
}

/* How often each phrase occurs in the row, each column by its weight. */
static int
index_rank_freq(const Fts5ExtensionApi *api, Fts5Context *fts,
    struct index_rank *r, int nval, sqlite3_value **val)
{
	int	i, n = 0, phrase, col, off, rc;

	memset(r->freq, 0, (size_t)r->phrases * sizeof *r->freq);
	rc = api->xInstCount(fts, &n);
	for (i = 0; i < n && rc == SQLITE_OK; i++)
		if ((rc = api->xInst(fts, i, &phrase, &col, &off)) == SQLITE_OK)
			r->freq[phrase] += col < nval ?
			    sqlite3_value_double(val[col]) : 1.0;
	return rc;
}

/* quoth_rank(table [, weight of each column]): lower ranks first. */
static void
index_rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	struct index_rank	*r = api->xGetAuxdata(fts, 0);
	double			 score = 0.0, norm;
	int			 i, tokens = 0, rc = SQLITE_OK;

	if (r == NULL)
		rc = index_rank_start(api, fts, &r);
	if (rc == SQLITE_OK)
		rc = index_rank_freq(api, fts, r, nval, val);
	if (rc == SQLITE_OK)
		rc = api->xColumnSize(fts, -1, &tokens);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	norm = INDEX_RANK_K1 * (1 - INDEX_RANK_B + INDEX_RANK_B *
	    (double)tokens / r->avgdl);
	for (i = 0; i < r->phrases; i++)
		score += r->idf[i] * (r->freq[i] * (INDEX_RANK_K1 + 1.0)) /
		    (r->freq[i] + norm);
	sqlite3_result_double(ctx, -score);
}

/* FTS5's API of the connection, through the pointer its fts5() hands out. */
fts5_api *
index_fts5_api(sqlite3 *db)
{
	sqlite3_stmt	*st;
	fts5_api	*api = NULL;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK)
		return NULL;	/* no fts5(): this SQLite was built without it */
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api;
}

int
index_rank_register(struct index *ix, struct error *err)
{
	fts5_api	*api = index_fts5_api(ix->db);

	if (api == NULL || api->iVersion < 2)
		return error_set(err, "%s: this SQLite has no FTS5, which the"
		    " index needs", ix->path);
	if (api->xCreateFunction(api, "quoth_rank", ix, index_rank_fn,
	    NULL) != SQLITE_OK || index_said_hits_register(api) != SQLITE_OK)
		return index_db_error(ix, err, "setting up search");
	return 0;
}

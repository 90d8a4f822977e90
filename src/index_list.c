/*
 * Lists of articles: windowed, so that the reader's first screen costs
 * the same at any size, in the order asked for, unread only or not, and
 * filtered by the matches index_filter.c finds.  Only names of columns
 * from the table of orders below are written into SQL.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "index_private.h"

static const struct {
	const char	*name;
	const char	*column;
	bool		 made;	/* its index is made on first use */
} index_sorts[] = {
#define X(id, name, col, made) { name, col, made },
	INDEX_SORTS(X)
#undef X
};

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

const char *
index_sort_column(enum index_sort s)
{
	return index_sorts[s < INDEX_SORT_COUNT ? s : 0].column;
}

/*
 * Whether a list in order s reads only the rows it shows: the order has
 * an index, or needs none made.  Without one, each window of a list by
 * title, outlet or count reads every article: a second at a million, far
 * more from disk, since the counts are stored after the body.
 */
bool
index_sort_ready(struct index *ix, enum index_sort s)
{
	sqlite3_stmt	*st;
	char		 name[64];
	bool		 ready;

	if (s >= INDEX_SORT_COUNT || !index_sorts[s].made)
		return true;
	snprintf(name, sizeof name, "articles_%s", index_sorts[s].name);
	if (sqlite3_prepare_v2(ix->db, "SELECT 1 FROM sqlite_master WHERE"
	    " type = 'index' AND name = ?", -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	ready = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return ready;
}

/*
 * Make the index a list in order s walks, if it has none: once, reading
 * every article (2 to 3.5 s at a million).  Imports keep it from then on,
 * at 3 to 6% of their time each.  An index another connection is writing
 * to is waited for a second (a round of merging ends within it, an
 * import may not): then the list is had by a scan.
 */
int
index_sort_prepare(struct index *ix, enum index_sort s, struct error *err)
{
	char	sql[160];
	int	rc;

	if (index_sort_ready(ix, s))
		return 0;
	ix->sorts_tried |= 1u << s;
	/* read too, so that an unread-only list is filtered in the index */
	snprintf(sql, sizeof sql, "CREATE INDEX IF NOT EXISTS articles_%s ON"
	    " articles(%s, id, read)", index_sorts[s].name,
	    index_sorts[s].column + 2);
	sqlite3_busy_timeout(ix->db, INDEX_SORT_BUSY_MS);
	rc = index_exec(ix, sql, err);
	sqlite3_busy_timeout(ix->db, INDEX_BUSY_MS);
	return rc;
}

/*
 * Whether a list in order s would try to make its index: it has none,
 * and this connection has not tried.  A list tries once (the reader
 * asks again when the order is chosen): without the index it is had by a
 * scan, and a busy index is not waited for at every window.
 */
bool
index_sort_due(struct index *ix, enum index_sort s)
{
	return s < INDEX_SORT_COUNT && !(ix->sorts_tried & (1u << s)) &&
	    !index_sort_ready(ix, s);
}

static void
index_list_where(struct buf *sql, const struct index_list_query *q)
{
	const char	*and = " WHERE";

	if (q->match != NULL) {
		buf_printf(sql, "%s " INDEX_FILTER_SQL, and);
		and = " AND";
	}
	if (q->unread_only)
		buf_printf(sql, "%s a.read = 0", and);
}

/* The one number st counts, into *n; st is finalized. */
static int
index_count_of(struct index *ix, sqlite3_stmt *st, int64_t *n,
    struct error *err)
{
	int	rc = sqlite3_step(st);

	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (rc != SQLITE_ROW)
		index_db_error(ix, err, "counting articles");
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* The articles, or unread articles, as table totals keeps them. */
static int
index_totals_read(struct index *ix, bool unread, int64_t *n,
    struct error *err)
{
	sqlite3_stmt	*st;

	if (index_prepare(ix, &st, unread ? "SELECT unread FROM totals" :
	    "SELECT articles FROM totals", err) == -1)
		return -1;
	return index_count_of(ix, st, n, err);
}

/*
 * A filtered list by date: the window is chosen among the articles found
 * by their dates alone, and only its rows are read whole.  The dates are
 * had one of two ways:
 *
 * - each article found looks its date up in the index articles_list
 *   (schema 12): a seek each, 3,000 of them 4 ms warm, 98 ms cold, at a
 *   million articles;
 * - or the index of dates (articles_date, articles_unread) is walked from
 *   the end the list begins at, keeping the articles found: about window
 *   x all / found entries if they are spread over the dates, read in
 *   order, 17,000 of them (a window of 50 among those 3,000) in 0.9 ms.
 *
 * The walk is tried when it should read less, and goes no further than
 * the lookups would cost: articles found all long ago (an old archive
 * imported last) cut it short, and the dates are then looked up.
 */
#define INDEX_WALK_RATIO	16	/* entries walked for the cost of a seek */

/* How many entries of the index of dates to walk at most; 0: none. */
static int64_t
index_walk_budget(struct index *ix, const struct index_list_query *q,
    int64_t found)
{
	struct error	mine;
	int64_t		all, window = q->offset > 0 ? q->offset : 0;

	window += q->limit > 0 ? q->limit : found;
	if (ix->list_walk == 0 || found == 0 ||
	    index_totals_read(ix, q->unread_only, &all, &mine) == -1)
		return 0;	/* the lookups work without the count */
	if (ix->list_walk == 1)
		return INT64_MAX;
	if ((double)window * (double)all >=
	    INDEX_WALK_RATIO * (double)found * (double)found)
		return 0;
	return INDEX_WALK_RATIO * found;
}

static void
index_list_by_date(struct buf *sql, const struct index_list_query *q,
    const char *dir, bool walk)
{
	buf_printf(sql, "SELECT " INDEX_ARTICLE_COLUMNS " FROM articles a JOIN"
	    " (SELECT d.id AS id, d.date AS date FROM ");
	if (walk)	/* the partial index implies read = 0: no row is read */
		buf_printf(sql, "articles d INDEXED BY %s WHERE d.id IN"
		    " temp.filter_hits%s", q->unread_only ? "articles_unread" :
		    "articles_date", q->unread_only ? " AND d.read = 0" : "");
	else
		buf_printf(sql, "temp.filter_hits h CROSS JOIN articles d"
		    " INDEXED BY articles_list ON d.id = h.id%s",
		    q->unread_only ? " WHERE d.read = 0" : "");
	buf_printf(sql, " ORDER BY d.date %s, d.id %s LIMIT ?2 OFFSET ?3) w"
	    " ON a.id = w.id ORDER BY w.date %s, w.id %s", dir, dir, dir, dir);
}

/* A list's statement, with its window bound. */
static int
index_list_prepare(struct index *ix, const struct buf *sql,
    const struct index_list_query *q, sqlite3_stmt **st, struct error *err)
{
	if (index_prepare(ix, st, buf_str(sql), err) == -1)
		return -1;
	sqlite3_bind_int64(*st, 2, q->limit > 0 ? q->limit : -1);
	sqlite3_bind_int64(*st, 3, q->offset > 0 ? q->offset : 0);
	return 0;
}

/* A walk, stopped by SQLite's progress handler once past its budget. */
struct index_walk {
	sqlite3_stmt	*st;
	int64_t		 budget;	/* entries of the index of dates */
	bool		 cut;
};

#define INDEX_WALK_CHECK	1024	/* VM steps between looks: 250 entries */

static int
index_walk_progress(void *ctx)
{
	struct index_walk	*w = ctx;

	if (sqlite3_stmt_status(w->st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0) <=
	    w->budget)
		return 0;
	w->cut = true;
	return 1;
}

/*
 * The window of a filtered list by date, walking the index of dates: 0
 * when its rows went to cb, 1 when the dates are to be looked up instead
 * (the walk would cost more, or was cut short).
 */
static int
index_list_walked(struct index *ix, const struct index_list_query *q,
    int64_t found, index_article_cb cb, void *ctx, struct error *err)
{
	struct index_found	 f = { NULL, 0, 0 };
	struct index_walk	 w = { NULL, 0, false };
	struct buf		 sql = BUF_INIT;
	int			 rc;

	if ((w.budget = index_walk_budget(ix, q, found)) == 0)
		return 1;
	index_list_by_date(&sql, q, q->ascending ? "ASC" : "DESC", true);
	rc = index_list_prepare(ix, &sql, q, &w.st, err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	sqlite3_progress_handler(ix->db, INDEX_WALK_CHECK, index_walk_progress,
	    &w);
	rc = index_each(ix, w.st, index_emit_article, (void *)index_keep_found,
	    &f, err, NULL);
	sqlite3_progress_handler(ix->db, 0, NULL, NULL);
	if (w.cut)
		rc = 1;
	return index_found_give(&f, rc, cb, ctx);
}

/* A list's statement, run: its rows to cb. */
static int
index_list_run(struct index *ix, const struct buf *sql,
    const struct index_list_query *q, index_article_cb cb, void *ctx,
    struct error *err)
{
	sqlite3_stmt	*st;

	if (index_list_prepare(ix, sql, q, &st, err) == -1)
		return -1;
	/* the filter's search ran in index_filter_hits: no query to blame */
	return index_each(ix, st, index_emit_article, (void *)cb, ctx, err,
	    NULL);
}

/* A list in q's order by one column of the articles, and its window. */
static int
index_list_plain(struct index *ix, const struct index_list_query *q,
    index_article_cb cb, void *ctx, struct error *err)
{
	struct buf	 sql = BUF_INIT;
	const char	*dir = q->ascending ? "ASC" : "DESC";
	int		 rc;

	buf_adds(&sql, "SELECT " INDEX_ARTICLE_COLUMNS " FROM articles a");
	/*
	 * By id, SQLite walks the table, whose rows hold the start of each
	 * body: the rows an offset passes read 2 GB at a million (0.9-2 s).
	 * Their entries in articles_list are a few bytes.
	 */
	if (q->sort == INDEX_SORT_ID &&
	    index_schema_version(ix) >= INDEX_SCHEMA_LIST)
		buf_adds(&sql, " INDEXED BY articles_list");
	index_list_where(&sql, q);
	buf_printf(&sql, " ORDER BY %s %s, a.id %s LIMIT ?2 OFFSET ?3",
	    index_sort_column(q->sort), dir, dir);
	rc = index_list_run(ix, &sql, q, cb, ctx, err);
	buf_free(&sql);
	return rc;
}

/*
 * An unfiltered window past the middle of its list, as the same list the
 * other way round sees it, into *r: an offset costs every row it passes
 * (25 ms at a million), so the end of a list is read as fast as its
 * start.  False when the window is to be read as asked.
 */
static bool
index_list_reversed(struct index *ix, const struct index_list_query *q,
    struct index_list_query *r)
{
	struct error	mine;
	int64_t		all;

	if (q->match != NULL || q->limit <= 0 || q->offset <= 0 ||
	    index_schema_version(ix) < INDEX_SCHEMA_TOTALS ||
	    index_totals_read(ix, q->unread_only, &all, &mine) == -1 ||
	    q->offset + q->limit / 2 <= all / 2 || q->offset >= all)
		return false;
	*r = *q;
	r->ascending = !q->ascending;
	r->limit = all - q->offset < q->limit ? all - q->offset : q->limit;
	r->offset = all - q->offset - r->limit;
	return true;
}

/* The rows kept, last first: a reversed window put right. */
static void
index_found_reverse(struct index_found *f)
{
	struct article_row	t;
	size_t			i;

	for (i = 0; i < f->n / 2; i++) {
		t = f->v[i];
		f->v[i] = f->v[f->n - 1 - i];
		f->v[f->n - 1 - i] = t;
	}
}

int
index_list(struct index *ix, const struct index_list_query *q,
    index_article_cb cb, void *ctx, struct error *err)
{
	struct index_list_query	 r;
	struct index_found	 f = { NULL, 0, 0 };
	struct buf		 sql = BUF_INIT;
	int64_t			 n;
	int			 rc;

	if (q->match != NULL && index_filter_hits(ix, q->match, &n, err) == -1)
		return -1;
	if (index_sort_due(ix, q->sort))
		(void)index_sort_prepare(ix, q->sort, NULL);
	if (q->match == NULL || q->sort != INDEX_SORT_DATE ||
	    index_schema_version(ix) < INDEX_SCHEMA_LIST) {
		if (!index_list_reversed(ix, q, &r))
			return index_list_plain(ix, q, cb, ctx, err);
		rc = index_list_plain(ix, &r, index_keep_found, &f, err);
		index_found_reverse(&f);
		return index_found_give(&f, rc, cb, ctx);
	}
	if ((rc = index_list_walked(ix, q, n, cb, ctx, err)) != 1)
		return rc;
	index_list_by_date(&sql, q, q->ascending ? "ASC" : "DESC", false);
	rc = index_list_run(ix, &sql, q, cb, ctx, err);
	buf_free(&sql);
	return rc;
}

/*
 * How a filtered list by date has its dates: walked (1), looked up (0),
 * or whichever reads less (-1, as opened).  For tests.
 */
void
index_set_list_walk(struct index *ix, int walk)
{
	ix->list_walk = walk;
}

/*
 * With no filter, the count is kept (table totals, from schema 11): a
 * million articles are not counted again at each opening of the library.
 */
int
index_count(struct index *ix, const struct index_list_query *q, int64_t *n,
    struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	int		 rc;

	if (q->match != NULL) {
		if (index_filter_hits(ix, q->match, n, err) == -1)
			return -1;
		if (!q->unread_only)
			return 0;	/* the articles found are the count */
	}
	if (q->match == NULL && index_schema_version(ix) >= INDEX_SCHEMA_TOTALS)
		return index_totals_read(ix, q->unread_only, n, err);
	buf_adds(&sql, "SELECT count(*) FROM articles a");
	index_list_where(&sql, q);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	return index_count_of(ix, st, n, err);
}

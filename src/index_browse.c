/*
 * Queries the reader browses with, beyond those of the command line:
 * where an article stands in a sorted, filtered list.  (One source across
 * the whole index is in index_said.c, with the records it reads.)
 */
#include "config.h"

#include "buf.h"
#include "index_private.h"

static const char *const index_browse_columns[] = {
#define X(id, name, col, made) col,
	INDEX_SORTS(X)
#undef X
};

/* The list's filter, as index_list() applies it. */
static void
index_position_filter(struct buf *sql, const struct index_list_query *q)
{
	if (q->match != NULL)
		buf_adds(sql, " AND " INDEX_FILTER_SQL);
	if (q->unread_only)
		buf_adds(sql, " AND a.read = 0");
}

/*
 * Rows before article id in the list's order: those sorting earlier,
 * and among equals those with a lower (or, descending, higher) id.
 * NULLs come first ascending and last descending, as SQLite sorts them.
 * The second column says whether the list holds the article at all.
 */
static void
index_position_sql(struct buf *sql, const struct index_list_query *q)
{
	const char	*col = index_browse_columns[q->sort < INDEX_SORT_COUNT ?
			    q->sort : 0];

	buf_adds(sql, "SELECT count(*), (SELECT count(*) FROM articles a"
	    " WHERE a.id = ?2");
	index_position_filter(sql, q);
	buf_printf(sql, ") FROM articles a, (SELECT %s AS c FROM articles a"
	    " WHERE a.id = ?2) x WHERE 1", col);
	index_position_filter(sql, q);
	if (q->ascending)
		buf_printf(sql, " AND (%s < x.c OR (%s IS x.c AND a.id < ?2) OR"
		    " (x.c IS NOT NULL AND %s IS NULL))", col, col, col);
	else
		buf_printf(sql, " AND (%s > x.c OR (%s IS x.c AND a.id > ?2) OR"
		    " (x.c IS NULL AND %s IS NOT NULL))", col, col, col);
}

/*
 * Where article id stands in the list index_list() would give for q:
 * *pos from 0.  Returns 1 if the list does not hold it.
 */
int
index_list_position(struct index *ix, const struct index_list_query *q,
    int64_t id, int64_t *pos, struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	int64_t		 n;
	int		 rc, in;

	if (q->match != NULL && index_filter_hits(ix, q->match, &n, err) == -1)
		return -1;
	index_position_sql(&sql, q);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	sqlite3_bind_int64(st, 2, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*pos = sqlite3_column_int64(st, 0);
		in = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return index_db_error(ix, err, "finding an article in the list");
	return in ? 0 : 1;
}

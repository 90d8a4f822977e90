/*
 * Queries the reader browses with, beyond those of the command line:
 * where an article stands in a sorted, filtered list.  (One source across
 * the whole index is in index_said.c, with the records it reads.)
 */
#include "config.h"

#include "buf.h"
#include "index_private.h"

/* The list's filter, as index_list() applies it. */
static void
index_position_filter(struct buf *sql, const struct index_list_query *q)
{
	if (q->match != NULL)
		buf_adds(sql, " AND " INDEX_FILTER_SQL);
	if (q->unread_only)
		buf_adds(sql, " AND a.read = 0");
}

/* One range of the list's order, counted: "+ (SELECT count(*) ...)". */
static void
index_position_range(struct buf *sql, const struct index_list_query *q,
    const char *range)
{
	/* by id, the table's rows hold the start of each body: not those */
	buf_printf(sql, " + (SELECT count(*) FROM articles a%s WHERE %s %s",
	    q->sort == INDEX_SORT_ID ? " INDEXED BY articles_list" : "",
	    index_sort_column(q->sort), range);
	index_position_filter(sql, q);
	buf_adds(sql, ")");
}

/*
 * The rows before an article whose sort value is ?1 (null or not) and id
 * ?2: those sorting earlier, and among equals those with a lower (or,
 * descending, higher) id.  NULLs come first ascending and last
 * descending, as SQLite sorts them.  Each part is a range of the order's
 * index: counting the whole list with an OR on every row cost 160 ms at
 * a million articles.
 */
static void
index_position_sql(struct buf *sql, const struct index_list_query *q,
    bool null)
{
	buf_adds(sql, "SELECT 0");
	if (q->ascending && null)
		index_position_range(sql, q, "IS NULL AND a.id < ?2");
	else if (q->ascending) {
		index_position_range(sql, q, "IS NULL");
		index_position_range(sql, q, "< ?1");
		index_position_range(sql, q, "= ?1 AND a.id < ?2");
	} else if (null) {
		index_position_range(sql, q, "IS NOT NULL");
		index_position_range(sql, q, "IS NULL AND a.id > ?2");
	} else {
		index_position_range(sql, q, "> ?1");
		index_position_range(sql, q, "= ?1 AND a.id > ?2");
	}
}

/*
 * Article id's sort value, into *value (sqlite3_value_free it); 1 if the
 * list does not hold it.
 */
static int
index_position_value(struct index *ix, const struct index_list_query *q,
    int64_t id, sqlite3_value **value, struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	int		 rc;

	buf_printf(&sql, "SELECT %s FROM articles a WHERE a.id = ?1",
	    index_sort_column(q->sort));
	index_position_filter(&sql, q);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW &&
	    (*value = sqlite3_value_dup(sqlite3_column_value(st, 0))) == NULL)
		rc = SQLITE_NOMEM;
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 1;
	return rc == SQLITE_ROW ? 0 :
	    index_db_error(ix, err, "finding an article in the list");
}

/*
 * Where article id stands in the list index_list() would give for q:
 * *pos from 0.  Returns 1 if the list does not hold it.
 */
int
index_list_position(struct index *ix, const struct index_list_query *q0,
    int64_t id, int64_t *pos, struct error *err)
{
	struct index_list_query	 q = *q0;
	struct buf		 sql = BUF_INIT;
	sqlite3_stmt		*st;
	sqlite3_value		*value = NULL;
	int64_t			 n;
	int			 rc;

	if (q.sort >= INDEX_SORT_COUNT)
		q.sort = INDEX_SORT_DATE;
	if (q.match != NULL && index_filter_hits(ix, q.match, &n, err) == -1)
		return -1;
	if ((rc = index_position_value(ix, &q, id, &value, err)) != 0)
		return rc;
	index_position_sql(&sql, &q, sqlite3_value_type(value) == SQLITE_NULL);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == 0) {
		sqlite3_bind_value(st, 1, value);
		sqlite3_bind_int64(st, 2, id);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW)
			*pos = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		rc = rc == SQLITE_ROW ? 0 :
		    index_db_error(ix, err, "finding an article in the list");
	}
	sqlite3_value_free(value);
	return rc;
}

/*
 * Queries the reader browses with, beyond those of the command line:
 * one source across the whole index.
 */
#include "config.h"

#include "index_private.h"

/*
 * Every source row named name (any case), in article order: the same
 * person or outlet as each article names it.  cb gets the source's id
 * and its article; a non-zero return stops.
 */
int
index_sources_named(struct index *ix, const char *name, int64_t limit,
    index_source_id_cb cb, void *ctx, struct error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (index_prepare(ix, &st, "SELECT id, article FROM sources"
	    " WHERE name = ? COLLATE NOCASE ORDER BY article, id LIMIT ?",
	    err) == -1)
		return -1;
	index_bind_text(st, 1, name);
	sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (cb(ctx, sqlite3_column_int64(st, 0),
		    sqlite3_column_int64(st, 1)) != 0)
			break;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return index_db_error(ix, err, "reading sources");
	return 0;
}

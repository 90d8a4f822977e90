/*
 * Feed subscriptions in the index: the URL, and what the last fetch
 * learned (title, validators for conditional requests, errors).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "index_private.h"

static int
index_feeds_step(struct index *ix, sqlite3_stmt *st, struct error *err,
    const char *what)
{
	int	rc = sqlite3_step(st);

	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return index_db_error(ix, err, what);
	return 0;
}

/*
 * Subscribe to url, with a title until a fetch gives one (NULL: none);
 * *existed tells whether it was already there.
 */
int
index_feed_add(struct index *ix, const char *url, const char *title,
    int64_t *id, bool *existed, struct error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (index_prepare(ix, &st, "INSERT INTO feeds (url, added, title)"
	    " VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING", err) == -1)
		return -1;
	index_bind_text(st, 1, url);
	sqlite3_bind_int64(st, 2, (int64_t)time(NULL));
	index_bind_text(st, 3, title);
	if (index_feeds_step(ix, st, err, "adding a feed") == -1)
		return -1;
	*existed = sqlite3_changes(ix->db) == 0;
	if (index_prepare(ix, &st, "SELECT id FROM feeds WHERE url = ?", err) == -1)
		return -1;
	index_bind_text(st, 1, url);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return index_db_error(ix, err, "adding a feed");
	return 0;
}

/* Unsubscribe by URL or by id; the articles stay. */
int
index_feed_remove(struct index *ix, const char *which, bool *found,
    struct error *err)
{
	sqlite3_stmt	*st;

	if (index_prepare(ix, &st, "DELETE FROM feeds WHERE url = ?1 OR"
	    " CAST(id AS TEXT) = ?1", err) == -1)
		return -1;
	index_bind_text(st, 1, which);
	if (index_feeds_step(ix, st, err, "removing a feed") == -1)
		return -1;
	*found = sqlite3_changes(ix->db) > 0;
	return 0;
}

static void
index_feed_row(sqlite3_stmt *st, struct feed_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->url = index_column_text(st, 1);
	r->title = index_column_text(st, 2);
	r->etag = index_column_text(st, 3);
	r->last_modified = index_column_text(st, 4);
	r->added = sqlite3_column_int64(st, 5);
	r->fetched = sqlite3_column_int64(st, 6);
	r->ok = sqlite3_column_int64(st, 7);
	r->error = index_column_text(st, 8);
	r->errors = sqlite3_column_int(st, 9);
	r->articles = sqlite3_column_int64(st, 10);
}

/* Every subscription, oldest first; cb returning non-zero stops. */
int
index_feeds(struct index *ix, index_feed_cb cb, void *ctx, struct error *err)
{
	sqlite3_stmt	*st;
	struct feed_row	 r;
	int		 rc;

	if (index_prepare(ix, &st, "SELECT id, url, title, etag, last_modified,"
	    " added, fetched, ok, error, errors, articles FROM feeds ORDER BY id",
	    err) == -1)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		index_feed_row(st, &r);
		if (cb(ctx, &r) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return index_db_error(ix, err, "listing the feeds");
	return 0;
}

/* Record a fetch: its validators and title on success, its error if not. */
int
index_feed_update(struct index *ix, int64_t id, const struct feed_update *u,
    struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 now = (int64_t)time(NULL);

	if (index_prepare(ix, &st, u->error != NULL ?
	    "UPDATE feeds SET fetched = ?2, error = ?3, errors = errors + 1"
	    " WHERE id = ?1" :
	    "UPDATE feeds SET fetched = ?2, ok = ?2, error = NULL, errors = 0,"
	    " title = coalesce(?4, title), etag = coalesce(?5, etag),"
	    " last_modified = coalesce(?6, last_modified),"
	    " articles = articles + ?7 WHERE id = ?1", err) == -1)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, now);
	index_bind_text(st, 3, u->error);
	if (u->error == NULL) {
		index_bind_text(st, 4, u->title);
		index_bind_text(st, 5, u->etag);
		index_bind_text(st, 6, u->last_modified);
		sqlite3_bind_int(st, 7, u->articles);
	}
	return index_feeds_step(ix, st, err, "recording a fetch");
}

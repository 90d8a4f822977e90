/*
 * Writing to the index: an article, and what the attribution engine found
 * in it as one record (index_said.c).  The caller holds a transaction
 * (ingest.c): either all of an article's rows are written or none.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "index_private.h"
#include "xmalloc.h"

static int
index_step_done(struct index *ix, sqlite3_stmt *st, struct error *err,
    const char *what)
{
	if (sqlite3_step(st) != SQLITE_DONE)
		return index_db_error(ix, err, what);
	return 0;
}

/*
 * Is this article new, an update of one imported from the same origin,
 * unchanged, or the same content as another article?  *id receives the
 * existing article's id (0 when new).
 */
int
index_lookup(struct index *ix, const struct article *a, int64_t *id,
    enum index_status *status, struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 hash = (int64_t)article_hash(a);
	int		 rc;

	*id = 0;
	*status = INDEX_NEW;
	if (a->origin != NULL) {
		if ((st = index_stmt(ix, INDEX_STMT_BY_ORIGIN, err)) == NULL)
			return -1;
		index_bind_text(st, 1, a->origin);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			*id = sqlite3_column_int64(st, 0);
			*status = sqlite3_column_int64(st, 1) == hash ?
			    INDEX_UNCHANGED : INDEX_CHANGED;
			return 0;
		}
		if (rc != SQLITE_DONE)
			return index_db_error(ix, err, "looking up an article");
	}
	if ((st = index_stmt(ix, INDEX_STMT_BY_HASH, err)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, hash);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		*status = INDEX_DUPLICATE;
	} else if (rc != SQLITE_DONE)
		return index_db_error(ix, err, "looking up an article");
	return 0;
}

static int
index_count_denials(const struct attrib_result *r)
{
	size_t	i;
	int	n = 0;

	for (i = 0; r != NULL && i < r->n; i++)
		n += r->v[i].stance == STANCE_DENIAL;
	return n;
}

/* The counts the library shows without reading any record. */
static void
index_bind_counts(sqlite3_stmt *st, int col, const struct attrib_result *r)
{
	sqlite3_bind_int(st, col, r != NULL ? (int)r->n : 0);
	sqlite3_bind_int(st, col + 1, index_count_denials(r));
	sqlite3_bind_int(st, col + 2, r != NULL ? (int)r->nsrc : 0);
}

static void
index_bind_article(sqlite3_stmt *st, const struct article *a,
    const struct attrib_result *r)
{
	sqlite3_bind_text(st, 1, a->file != NULL ? a->file : "-", -1,
	    SQLITE_TRANSIENT);
	index_bind_text(st, 2, a->origin);
	sqlite3_bind_text(st, 3, a->title != NULL ? a->title : "", -1,
	    SQLITE_TRANSIENT);
	index_bind_text(st, 4, a->byline);
	index_bind_text(st, 5, a->outlet);
	index_bind_text(st, 6, a->url);
	index_bind_text(st, 7, a->date);
	sqlite3_bind_text(st, 8, buf_str(&a->body), (int)a->body.len,
	    SQLITE_STATIC);
	sqlite3_bind_int64(st, 9, (int64_t)article_hash(a));
	sqlite3_bind_int64(st, 10, (int64_t)time(NULL));
	index_bind_counts(st, 11, r);
}

/* A new article's words, into its full-text index (migration 4). */
static int
index_put_article_fts(struct index *ix, int64_t id, const struct article *a,
    struct error *err)
{
	sqlite3_stmt	*st;

	if ((st = index_stmt(ix, INDEX_STMT_INSERT_ARTICLE_FTS, err)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, a->title != NULL ? a->title : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 3, buf_str(&a->body), (int)a->body.len,
	    SQLITE_STATIC);
	return index_step_done(ix, st, err, "indexing an article's words");
}

/*
 * The index's totals of quotes, denials and sources, told that article
 * id's are about to become r's: before its row changes, from which they
 * are taken away.  (A new article is counted by INDEX_STMT_COUNT_NEW.)
 */
static int
index_move_counts(struct index *ix, int64_t id, const struct attrib_result *r,
    struct error *err)
{
	sqlite3_stmt	*st;

	if ((st = index_stmt(ix, INDEX_STMT_COUNTS_MOVE, err)) == NULL)
		return -1;
	index_bind_counts(st, 1, r);
	sqlite3_bind_int64(st, 4, id);
	return index_step_done(ix, st, err, "counting quotes");
}

/* Insert, or update in place (keeping the id) when *id is not 0. */
static int
index_put_row(struct index *ix, const struct article *a,
    const struct attrib_result *r, int64_t *id, struct error *err)
{
	sqlite3_stmt	*st;

	if (*id != 0 && index_move_counts(ix, *id, r, err) == -1)
		return -1;
	st = index_stmt(ix, *id ? INDEX_STMT_UPDATE_ARTICLE :
	    INDEX_STMT_INSERT_ARTICLE, err);
	if (st == NULL)
		return -1;
	index_bind_article(st, a, r);
	if (*id)
		sqlite3_bind_int64(st, 14, *id);
	if (index_step_done(ix, st, err, "storing an article") == -1 ||
	    index_words_add(ix, a, err) == -1)
		return -1;
	if (*id != 0)
		return 0;	/* an update: its trigger renews the search index */
	*id = sqlite3_last_insert_rowid(ix->db);
	if ((st = index_stmt(ix, INDEX_STMT_COUNT_NEW, err)) == NULL)
		return -1;
	index_bind_counts(st, 1, r);
	if (index_step_done(ix, st, err, "counting an article") == -1)
		return -1;
	return index_put_article_fts(ix, *id, a, err);
}

/*
 * Store an article, what the engine found in it and the pairs of claims
 * among its quotes (a and b index r->v).  *id is 0 for a new article, or
 * the id of the one it replaces; it receives the stored article's id.
 */
int
index_store(struct index *ix, const struct article *a,
    const struct attrib_result *r, const struct claim_pair *pairs,
    size_t npairs, int64_t *id, struct error *err)
{
	if (*id != 0 && index_clear_said(ix, *id, err) == -1)
		return -1;
	if (index_put_row(ix, a, r, id, err) == -1)
		return -1;
	return index_put_said(ix, *id, r, pairs, npairs, err);
}

/*
 * Store again what the engine finds in an article the index has, its
 * text unchanged (quoth reindex).
 */
int
index_restore_said(struct index *ix, int64_t id, const struct attrib_result *r,
    const struct claim_pair *pairs, size_t npairs, struct error *err)
{
	sqlite3_stmt	*st;

	if (index_clear_said(ix, id, err) == -1 ||
	    index_move_counts(ix, id, r, err) == -1 ||
	    (st = index_stmt(ix, INDEX_STMT_SET_COUNTS, err)) == NULL)
		return -1;
	index_bind_counts(st, 1, r);
	sqlite3_bind_int64(st, 4, id);
	if (index_step_done(ix, st, err, "counting quotes") == -1)
		return -1;
	return index_put_said(ix, id, r, pairs, npairs, err);
}

int
index_set_read(struct index *ix, int64_t id, bool read, struct error *err)
{
	sqlite3_stmt	*st;

	if ((st = index_stmt(ix, INDEX_STMT_SET_READ, err)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, read);
	sqlite3_bind_int64(st, 2, id);
	return index_step_done(ix, st, err, "marking an article read");
}

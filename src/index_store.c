/*
 * Writing to the index: an article with everything the attribution engine
 * found in it.  The caller holds a transaction (ingest.c): either all of
 * an article's rows are written or none.
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
	sqlite3_bind_int(st, 11, r != NULL ? (int)r->n : 0);
	sqlite3_bind_int(st, 12, index_count_denials(r));
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

/* Insert, or update in place (keeping the id) when *id is not 0. */
static int
index_put_row(struct index *ix, const struct article *a,
    const struct attrib_result *r, int64_t *id, struct error *err)
{
	sqlite3_stmt	*st;

	st = index_stmt(ix, *id ? INDEX_STMT_UPDATE_ARTICLE :
	    INDEX_STMT_INSERT_ARTICLE, err);
	if (st == NULL)
		return -1;
	index_bind_article(st, a, r);
	if (*id)
		sqlite3_bind_int64(st, 13, *id);
	if (index_step_done(ix, st, err, "storing an article") == -1)
		return -1;
	if (*id != 0)
		return 0;	/* an update: its trigger renews the search index */
	*id = sqlite3_last_insert_rowid(ix->db);
	return index_put_article_fts(ix, *id, a, err);
}

/* An update replaces everything the engine found in the old text. */
static int
index_clear_attributions(struct index *ix, int64_t id, struct error *err)
{
	static const enum index_stmt which[] = {
		INDEX_STMT_DELETE_QUOTES, INDEX_STMT_DELETE_SOURCES
	};
	sqlite3_stmt	*st;
	size_t		 i;

	for (i = 0; i < sizeof which / sizeof which[0]; i++) {
		if ((st = index_stmt(ix, which[i], err)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		if (index_step_done(ix, st, err, "replacing quotes") == -1)
			return -1;
	}
	return 0;
}

static int
index_put_mentions(struct index *ix, int64_t source, const struct source *s,
    struct error *err)
{
	sqlite3_stmt	*st;
	size_t		 i;

	for (i = 0; i < s->nmentions; i++) {
		if ((st = index_stmt(ix, INDEX_STMT_INSERT_MENTION, err)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, source);
		sqlite3_bind_int(st, 2, (int)s->mentions[i].start);
		sqlite3_bind_int(st, 3, (int)s->mentions[i].end);
		if (index_step_done(ix, st, err, "storing a mention") == -1)
			return -1;
	}
	return 0;
}

/* Sources first: quotes refer to them.  ids[] maps result index to row id. */
static int
index_put_sources(struct index *ix, int64_t article,
    const struct attrib_result *r, int64_t *ids, struct error *err)
{
	sqlite3_stmt		*st;
	const struct source	*s;
	size_t			 i;

	for (i = 0; i < r->nsrc; i++) {
		s = &r->src[i];
		if ((st = index_stmt(ix, INDEX_STMT_INSERT_SOURCE, err)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, article);
		index_bind_text(st, 2, s->name);
		index_bind_text(st, 3, attrib_kind_name(s->kind));
		index_bind_text(st, 4, s->role);
		sqlite3_bind_int(st, 5, (int)s->nmentions);
		sqlite3_bind_int(st, 6, (int)s->quotes);
		if (index_step_done(ix, st, err, "storing a source") == -1)
			return -1;
		ids[i] = sqlite3_last_insert_rowid(ix->db);
		if (index_put_mentions(ix, ids[i], s, err) == -1)
			return -1;
	}
	return 0;
}

/* Bind the text of a span of the body, or NULL for an empty span. */
static void
index_bind_span(sqlite3_stmt *st, int col, const char *body, struct span sp)
{
	if (sp.end <= sp.start)
		sqlite3_bind_null(st, col);
	else
		sqlite3_bind_text(st, col, body + sp.start,
		    (int)(sp.end - sp.start), SQLITE_STATIC);
}

static void
index_bind_offsets(sqlite3_stmt *st, int col, struct span sp)
{
	if (sp.end <= sp.start)
		return;		/* left NULL */
	sqlite3_bind_int(st, col, (int)sp.start);
	sqlite3_bind_int(st, col + 1, (int)sp.end);
}

static void
index_bind_quote(sqlite3_stmt *st, int64_t article, const char *body,
    size_t len, const struct attrib_result *r, const struct attribution *q,
    const int64_t *ids)
{
	const struct source	*who = q->speaker >= 0 ? &r->src[q->speaker] : NULL;

	sqlite3_bind_int64(st, 1, article);
	index_bind_span(st, 2, body, q->quote);
	if (q->quote.end <= q->quote.start)	/* an empty quote: "" */
		sqlite3_bind_text(st, 2, "", 0, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, q->direct);
	index_bind_text(st, 4, who != NULL ? who->name : NULL);
	if (who != NULL)
		sqlite3_bind_int64(st, 5, ids[q->speaker]);
	index_bind_span(st, 6, body, q->mention);
	index_bind_text(st, 7, q->role != NULL ? q->role :
	    who != NULL ? who->role : NULL);
	index_bind_span(st, 8, body, q->cue);
	index_bind_text(st, 9, attrib_stance_name(q->stance));
	sqlite3_bind_int(st, 10, (int)q->quote.start);
	sqlite3_bind_int(st, 11, (int)q->quote.end);
	index_bind_offsets(st, 12, q->mention);
	index_bind_offsets(st, 14, q->cue);
	index_bind_text(st, 16, q->rule != NULL ? q->rule : "unknown");
	sqlite3_bind_double(st, 17, (double)q->confidence);
	/* the sentence around it, for pairing across articles */
	index_bind_span(st, 18, body, article_sentence(body, len, q->quote));
}

static int
index_put_via(struct index *ix, int64_t quote, const struct attribution *q,
    const int64_t *ids, struct error *err)
{
	sqlite3_stmt	*st;
	size_t		 i;

	for (i = 0; i < q->nvia; i++) {
		if ((st = index_stmt(ix, INDEX_STMT_INSERT_VIA, err)) == NULL)
			return -1;
		sqlite3_bind_int64(st, 1, quote);
		sqlite3_bind_int(st, 2, (int)i);
		sqlite3_bind_int64(st, 3, ids[q->via[i]]);
		if (index_step_done(ix, st, err, "storing a relay") == -1)
			return -1;
	}
	return 0;
}

static int
index_put_quote_fts(struct index *ix, int64_t quote, const char *body,
    const struct attrib_result *r, const struct attribution *q,
    struct error *err)
{
	sqlite3_stmt	*st;

	if ((st = index_stmt(ix, INDEX_STMT_INSERT_QUOTE_FTS, err)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, quote);
	index_bind_span(st, 2, body, q->quote);
	index_bind_text(st, 3, q->speaker >= 0 ? r->src[q->speaker].name : NULL);
	return index_step_done(ix, st, err, "indexing a quote's words");
}

static int
index_put_quotes(struct index *ix, int64_t article, const char *body,
    size_t len, const struct attrib_result *r, const int64_t *ids,
    struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 quote;
	size_t		 i;

	for (i = 0; i < r->n; i++) {
		if ((st = index_stmt(ix, INDEX_STMT_INSERT_QUOTE, err)) == NULL)
			return -1;
		index_bind_quote(st, article, body, len, r, &r->v[i], ids);
		if (index_step_done(ix, st, err, "storing a quote") == -1)
			return -1;
		quote = sqlite3_last_insert_rowid(ix->db);
		if (index_put_quote_fts(ix, quote, body, r, &r->v[i], err) == -1 ||
		    index_put_via(ix, quote, &r->v[i], ids, err) == -1)
			return -1;
	}
	return 0;
}

/*
 * Store an article and its attributions.  *id is 0 for a new article, or
 * the id of the one it replaces; it receives the stored article's id.
 */
int
index_store(struct index *ix, const struct article *a,
    const struct attrib_result *r, int64_t *id, struct error *err)
{
	int64_t	*ids;
	int	 rc;

	if (*id != 0 && index_clear_attributions(ix, *id, err) == -1)
		return -1;
	if (index_put_row(ix, a, r, id, err) == -1)
		return -1;
	if (r == NULL || (r->n == 0 && r->nsrc == 0))
		return 0;
	ids = xcalloc(r->nsrc + 1, sizeof *ids);
	rc = index_put_sources(ix, *id, r, ids, err);
	if (rc == 0)
		rc = index_put_quotes(ix, *id, buf_str(&a->body), a->body.len, r,
		    ids, err);
	free(ids);
	return rc;
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

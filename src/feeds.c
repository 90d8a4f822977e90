/*
 * Fetching subscribed feeds: one conditional request each (ETag and
 * Last-Modified from the last answer), the items imported through the
 * ingest pipeline (so only new or changed items are written, by their
 * origins), and the outcome recorded on the feed.  A feed that fails is
 * reported and the others go on.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "feeds.h"
#include "fetch.h"
#include "import.h"
#include "xmalloc.h"

struct feeds_one {
	struct index		*ix;
	const struct feeds_opts	*opts;
	struct feeds_totals	*totals;
	struct feeds_progress	 p;
	struct ingest_stats	 stats;
	char			*title;
	struct error		 ferr;		/* why this feed failed */
};

/* A snapshot of a feed row: its strings outlive the query. */
struct feeds_entry {
	int64_t	 id;
	char	*url, *etag, *last_modified, *title;
};

struct feeds_list {
	struct feeds_entry	*v;
	size_t			 n, cap;
};

static void
feeds_report(struct feeds_one *f)
{
	if (f->opts->progress != NULL)
		f->opts->progress(f->opts->ctx, &f->p);
}

static char *
feeds_dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* Keep why the feed was refused, for the feed's record. */
static void
feeds_ingest_report(void *ctx, const struct ingest_event *ev)
{
	struct error	*ferr = ctx;

	if (ev->what == INGEST_FILE_FAILED && ev->msg != NULL)
		error_set(ferr, "%s", ev->msg);
}

/* Import a downloaded feed; a page or other document is refused. */
static int
feeds_import(struct feeds_one *f, const struct fetch_result *res,
    struct error *ferr, struct error *err)
{
	struct ingest_opts	io;
	const char		*body = res->body.s != NULL ? res->body.s : "";

	if (import_detect(body, res->body.len) != IMPORT_FEED &&
	    !(res->body.len >= 2 && memcmp(body, "\x1f\x8b", 2) == 0)) {
		error_set(ferr, "not a feed (the URL gives %s)",
		    import_detect(body, res->body.len) == IMPORT_HTML ?
		    "a web page: find its feed link" : "something else");
		return 1;
	}
	f->title = import_feed_title(body, res->body.len);
	memset(&io, 0, sizeof io);
	io.format = IMPORT_FEED;
	io.report = feeds_ingest_report;
	io.ctx = ferr;
	if (ingest_memory(f->ix, f->p.url, body, res->body.len, &io, &f->stats,
	    err) == -1)
		return -1;
	return f->stats.failed > 0 ? 1 : 0;
}

/* Fetch and import one feed; -1 only when the index fails. */
static int
feeds_fetch_one(struct feeds_one *f, const struct feeds_entry *e,
    struct error *err)
{
	struct fetch_opts	 fo = { e->etag, e->last_modified,
	    f->opts->timeout, 0, f->opts->stop, f->opts->ctx };
	struct fetch_result	 res;
	struct feed_update	 u;
	int			 rc = 0;

	memset(&u, 0, sizeof u);
	memset(&f->stats, 0, sizeof f->stats);
	f->ferr.msg[0] = '\0';
	if (fetch_url(e->url, &fo, &res, &f->ferr) == -1)
		rc = 1;
	else if (!res.not_modified)
		rc = feeds_import(f, &res, &f->ferr, err);
	if (rc == -1) {
		fetch_result_free(&res);
		return -1;
	}
	u.error = rc == 1 ? f->ferr.msg : NULL;
	u.title = f->title;
	u.etag = res.etag;
	u.last_modified = res.last_modified;
	u.articles = (int)(f->stats.added + f->stats.updated);
	f->p.not_modified = res.not_modified;
	f->p.error = u.error;
	f->p.added = f->stats.added;
	f->p.updated = f->stats.updated;
	rc = index_feed_update(f->ix, e->id, &u, err);
	fetch_result_free(&res);
	return rc;
}

static void
feeds_count(struct feeds_totals *t, const struct feeds_progress *p)
{
	t->feeds++;
	t->failed += p->error != NULL;
	t->not_modified += p->not_modified;
	t->added += p->added;
	t->updated += p->updated;
}

static int
feeds_refresh_entry(struct feeds_one *f, const struct feeds_entry *e,
    struct error *err)
{
	int	rc;

	f->p.url = e->url;
	f->p.title = e->title;
	f->p.finished = false;
	f->p.error = NULL;
	f->p.not_modified = false;
	f->p.added = f->p.updated = 0;
	feeds_report(f);
	rc = feeds_fetch_one(f, e, err);
	if (f->title != NULL)
		f->p.title = f->title;
	f->p.finished = true;
	f->p.done++;
	if (rc == 0) {
		feeds_count(f->totals, &f->p);
		feeds_report(f);
	}
	free(f->title);
	f->title = NULL;
	return rc;
}

static int
feeds_collect(void *ctx, const struct feed_row *r)
{
	struct feeds_list	*l = ctx;
	struct feeds_entry	*e;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	e = &l->v[l->n++];
	e->id = r->id;
	e->url = xstrdup(r->url);
	e->etag = feeds_dup(r->etag);
	e->last_modified = feeds_dup(r->last_modified);
	e->title = feeds_dup(r->title);
	return 0;
}

static void
feeds_list_free(struct feeds_list *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].etag);
		free(l->v[i].last_modified);
		free(l->v[i].title);
	}
	free(l->v);
}

static int
feeds_run(struct index *ix, struct feeds_list *l, const struct feeds_opts *o,
    struct feeds_totals *t, struct error *err)
{
	struct feeds_one	f;
	size_t			i;
	int			rc = 0;

	memset(&f, 0, sizeof f);
	f.ix = ix;
	f.opts = o;
	f.totals = t;
	f.p.total = l->n;
	for (i = 0; i < l->n && rc == 0; i++) {
		if (o->stop != NULL && o->stop(o->ctx))
			break;
		rc = feeds_refresh_entry(&f, &l->v[i], err);
	}
	return rc;
}

/*
 * Fetch every subscribed feed.  Returns -1 only when the index itself
 * fails; a feed that cannot be fetched or read is reported, recorded on
 * the feed, and counted in t->failed.
 */
int
feeds_refresh(struct index *ix, const struct feeds_opts *o,
    struct feeds_totals *t, struct error *err)
{
	struct feeds_list	l = { NULL, 0, 0 };
	int			rc;

	memset(t, 0, sizeof *t);
	if ((rc = index_feeds(ix, feeds_collect, &l, err)) == 0)
		rc = feeds_run(ix, &l, o, t, err);
	feeds_list_free(&l);
	return rc;
}

static int
feeds_find(void *ctx, const struct feed_row *r)
{
	struct feeds_entry	*e = ctx;

	if (r->id != e->id)
		return 0;
	e->url = xstrdup(r->url);
	e->etag = feeds_dup(r->etag);
	e->last_modified = feeds_dup(r->last_modified);
	e->title = feeds_dup(r->title);
	return 1;
}

/*
 * Subscribe to a feed and fetch it at once.  A new URL that does not
 * give a feed is not kept (t->failed is 1, and the progress callback
 * had the reason).
 */
int
feeds_subscribe(struct index *ix, const char *url, const struct feeds_opts *o,
    struct feeds_totals *t, struct error *err)
{
	struct feeds_list	l = { NULL, 0, 0 };
	struct feeds_entry	e;
	bool			existed, found;
	int			rc;

	memset(t, 0, sizeof *t);
	memset(&e, 0, sizeof e);
	if (!fetch_is_url(url))
		return error_set(err, "%s: not an http or https URL", url);
	if (index_feed_add(ix, url, NULL, &e.id, &existed, err) == -1 ||
	    index_feeds(ix, feeds_find, &e, err) == -1)
		return -1;
	l.v = &e;
	l.n = 1;
	rc = feeds_run(ix, &l, o, t, err);
	if (rc == 0 && t->failed > 0 && !existed)
		index_feed_remove(ix, url, &found, NULL);
	free(e.url);
	free(e.etag);
	free(e.last_modified);
	free(e.title);
	return rc;
}

/*
 * quoth feeds (add, list, remove, import, export) and quoth fetch:
 * subscriptions, kept or exchanged with other readers as OPML, and
 * fetching them with a progress line on a terminal.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli_private.h"
#include "feeds.h"
#include "fetch.h"
#include "opml.h"
#include "utf8.h"

struct fetch_view {
	struct cli	*c;
	bool		 tty;
	bool		 shown;		/* a progress line is on the screen */
};

static void
fetch_clear(struct fetch_view *v)
{
	if (v->shown)
		fputs("\r\033[K", stderr);
	v->shown = false;
}

/* A line on stderr, made safe for the terminal. */
static void
fetch_line(struct fetch_view *v, const char *status, const char *url,
    const char *msg)
{
	struct buf	raw = BUF_INIT, safe = BUF_INIT;

	buf_printf(&raw, "%-9s %s%s%s", status, url, msg != NULL ? ": " : "",
	    msg != NULL ? msg : "");
	utf8_sanitize(&safe, raw.s, raw.len, false);
	fetch_clear(v);
	fprintf(stderr, "%s\n", buf_str(&safe));
	buf_free(&raw);
	buf_free(&safe);
}

static void
fetch_progress(void *ctx, const struct feeds_progress *p)
{
	struct fetch_view	*v = ctx;
	char			 msg[160];

	if (!p->finished) {
		if (v->tty) {
			fetch_clear(v);
			fprintf(stderr, "[%zu/%zu] fetching %.60s", p->done + 1,
			    p->total, p->url);
			v->shown = true;
		}
		return;
	}
	if (p->error != NULL) {
		fetch_line(v, "failed", p->url, p->error);
		return;
	}
	if (v->c->quiet)
		return;
	if (p->not_modified)
		snprintf(msg, sizeof msg, "not modified");
	else
		snprintf(msg, sizeof msg, "%u new, %u updated%s%s", p->added,
		    p->updated, p->title != NULL ? " - " : "",
		    p->title != NULL ? p->title : "");
	fetch_line(v, "fetched", p->url, msg);
}

static void
fetch_summary(struct fetch_view *v, const struct feeds_totals *t)
{
	fetch_clear(v);
	fprintf(stderr, "%u feed%s: %u new, %u updated, %u not modified, "
	    "%u failed\n", t->feeds, t->feeds == 1 ? "" : "s", t->added,
	    t->updated, t->not_modified, t->failed);
}

static void
fetch_setup(struct cli *c, struct fetch_view *v, struct feeds_opts *o)
{
	memset(v, 0, sizeof *v);
	v->c = c;
	v->tty = isatty(STDERR_FILENO);
	memset(o, 0, sizeof *o);
	o->timeout = c->timeout;
	o->progress = fetch_progress;
	o->ctx = v;
}

int
cli_fetch(struct cli *c, int argc, char **argv)
{
	struct fetch_view	v;
	struct feeds_opts	o;
	struct feeds_totals	t;

	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s' (subscribe with "
		    "'quoth feeds add URL')", argv[0]);
	fetch_setup(c, &v, &o);
	if (feeds_refresh(c->ix, &o, &t, &c->err) == -1)
		return -1;
	fetch_summary(&v, &t);
	return t.failed > 0 ? 1 : 0;
}

static int
feeds_add(struct cli *c, int argc, char **argv)
{
	struct fetch_view	v;
	struct feeds_opts	o;
	struct feeds_totals	t;
	int			i, failed = 0;

	if (argc == 0)
		return cli_fail(c, "%s", "name the URL of a feed to subscribe to");
	fetch_setup(c, &v, &o);
	for (i = 0; i < argc; i++) {
		if (!fetch_is_url(argv[i])) {
			fetch_line(&v, "failed", argv[i], "not an http or https URL");
			failed++;
			continue;
		}
		if (feeds_subscribe(c->ix, argv[i], &o, &t, &c->err) == -1)
			return -1;
		failed += t.failed > 0;
	}
	return failed > 0 ? 1 : 0;
}

static void
feeds_time(struct out *o, const char *name, int64_t t)
{
	char		when[32];
	struct tm	tm;
	time_t		tt = (time_t)t;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL) {
		out_str(o, name, NULL);
		return;
	}
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	out_str(o, name, when);
}

static int
feeds_row(void *ctx, const struct feed_row *r)
{
	struct out	*o = ctx;

	out_row(o);
	out_int(o, "id", r->id);
	out_str(o, "title", r->title);
	out_int(o, "articles", r->articles);
	feeds_time(o, "fetched", r->fetched);
	if (o->format != OUT_TEXT) {
		feeds_time(o, "ok", r->ok);
		out_int(o, "errors", r->errors);
	}
	out_str(o, "error", r->error);
	out_str(o, "url", r->url);
	out_end_row(o);
	return 0;
}

static int
feeds_list(struct cli *c, int argc, char **argv)
{
	struct out	o;
	int		rc;

	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	out_init(&o, c->format, stdout);
	rc = index_feeds(c->ix, feeds_row, &o, &c->err);
	out_finish(&o);
	return rc;
}

static int
feeds_remove(struct cli *c, int argc, char **argv)
{
	bool	found;
	int	i, missing = 0;

	if (argc == 0)
		return cli_fail(c, "%s", "name the feeds to remove, by URL or id "
		    "(see 'quoth feeds list')");
	for (i = 0; i < argc; i++) {
		if (index_feed_remove(c->ix, argv[i], &found, &c->err) == -1)
			return -1;
		if (!found) {
			fprintf(stderr, "quoth feeds: no feed '%s' (see 'quoth "
			    "feeds list')\n", argv[i]);
			missing++;
		}
	}
	return missing > 0 ? 1 : 0;
}

/* A list of subscriptions, whole, from a file or "-"; at most a limit. */
static int
feeds_slurp(const char *path, struct buf *b, struct error *err)
{
	FILE	*fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char	 chunk[65536];
	size_t	 n;
	int	 failed;

	if (fp == NULL)
		return error_set(err, "%s", strerror(errno));
	while (b->len <= OPML_MAX_BYTES &&
	    (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(b, chunk, n);
	failed = ferror(fp);
	if (fp != stdin)
		fclose(fp);
	if (failed)
		return error_set(err, "%s", "could not be read");
	return 0;
}

struct feeds_import {
	struct fetch_view	*v;
	int			 added, existed, refused;
	bool			 failed;
};

static int
feeds_import_one(void *ctx, const struct opml_feed *f)
{
	struct feeds_import	*im = ctx;
	struct cli		*c = im->v->c;
	int64_t			 id;
	bool			 existed;

	if (!fetch_is_url(f->url)) {
		fetch_line(im->v, "refused", f->url, "not an http or https URL");
		im->refused++;
		return 0;
	}
	if (index_feed_add(c->ix, f->url, f->title, &id, &existed,
	    &c->err) == -1) {
		im->failed = true;
		return 1;
	}
	if (existed)
		im->existed++;
	else
		im->added++;
	if (!c->quiet)
		fetch_line(im->v, existed ? "already" : "subscribed", f->url,
		    f->title);
	return 0;
}

/* Subscribe to the feeds of OPML files; the next fetch reads them. */
static int
feeds_import(struct cli *c, int argc, char **argv)
{
	struct fetch_view	v;
	struct feeds_opts	o;
	struct feeds_import	im = { &v, 0, 0, 0, false };
	struct buf		b = BUF_INIT;
	struct error		err;
	int			i, bad = 0;

	if (argc == 0)
		return cli_fail(c, "%s", "name an OPML file of subscriptions "
		    "(or - for standard input)");
	fetch_setup(c, &v, &o);
	for (i = 0; i < argc && !im.failed; i++, buf_truncate(&b, 0)) {
		if (feeds_slurp(argv[i], &b, &err) == -1 ||
		    opml_read(b.s, b.len, feeds_import_one, &im, &err) == -1) {
			fetch_line(&v, "failed", argv[i], err.msg);
			bad++;
		}
	}
	buf_free(&b);
	if (im.failed)
		return -1;
	fprintf(stderr, "%d feed%s: %d subscribed, %d already, %d refused; "
	    "'quoth fetch' reads them\n", im.added + im.existed + im.refused,
	    im.added + im.existed + im.refused == 1 ? "" : "s", im.added,
	    im.existed, im.refused);
	return bad > 0 || im.refused > 0 ? 1 : 0;
}

static int
feeds_export_one(void *ctx, const struct feed_row *r)
{
	struct opml_feed	f = { r->url, r->title };

	opml_put(ctx, &f);
	return 0;
}

/* The subscriptions as OPML on standard output, for another reader. */
static int
feeds_export(struct cli *c, int argc, char **argv)
{
	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	opml_begin(stdout, "quoth subscriptions");
	if (index_feeds(c->ix, feeds_export_one, stdout, &c->err) == -1)
		return -1;
	opml_end(stdout);
	return fflush(stdout) == 0 ? 0 : cli_fail(c, "writing: %s",
	    strerror(errno));
}

static const struct {
	const char	*name;
	int		(*run)(struct cli *, int, char **);
} feeds_commands[] = {
	{ "add", feeds_add },
	{ "list", feeds_list },
	{ "remove", feeds_remove },
	{ "import", feeds_import },
	{ "export", feeds_export },
};

int
cli_feeds(struct cli *c, int argc, char **argv)
{
	size_t	i;

	if (argc == 0)
		return feeds_list(c, 0, argv);
	for (i = 0; i < sizeof feeds_commands / sizeof feeds_commands[0]; i++)
		if (strcmp(argv[0], feeds_commands[i].name) == 0)
			return feeds_commands[i].run(c, argc - 1, argv + 1);
	c->err.msg[0] = '\0';
	cli_fail(c, "unknown subcommand '%s' (add, list, remove, import or "
	    "export)", argv[0]);
	return -2;
}

/*
 * quoth add: import files, folders and standard input, one status line a
 * file on stderr, a progress line while it runs on a terminal, and a
 * summary at the end.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_private.h"
#include "ingest.h"
#include "utf8.h"
#include "xmalloc.h"

#define ADD_PROGRESS_NS	100000000LL	/* redraw the progress line at 10 Hz */

struct add_state {
	bool			 quiet;		/* failures and the summary only */
	struct ingest_stats	 stats;
	bool			 tty;
	bool			 progress_shown;
	int64_t			 start_ns, drawn_ns;
	/* the file being imported */
	unsigned		 narticles;
	enum ingest_what	 last;
	int64_t			 last_id;
	char			*last_title;
	int			 quotes, denials;
	unsigned		 by_what[INGEST_FILE_DONE];
};

static unsigned
add_articles(const struct ingest_stats *s)
{
	return s->added + s->updated + s->unchanged + s->duplicates;
}

static void
add_clear_progress(struct add_state *st)
{
	if (st->progress_shown)
		fputs("\r\033[K", stderr);
	st->progress_shown = false;
}

static void
add_draw_progress(struct add_state *st)
{
	int64_t	now = cli_now_ns();
	double	secs = (double)(now - st->start_ns) / 1e9;

	if (!st->tty || now - st->drawn_ns < ADD_PROGRESS_NS)
		return;
	st->drawn_ns = now;
	fprintf(stderr, "\r\033[K%u files, %u articles (%u new), %.0f articles/s",
	    st->stats.files, add_articles(&st->stats), st->stats.added,
	    secs > 0 ? add_articles(&st->stats) / secs : 0.0);
	st->progress_shown = true;
}

/* One line on stderr, the file name and any message made terminal-safe. */
static void
add_line(struct add_state *st, const char *status, const char *file,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
add_line(struct add_state *st, const char *status, const char *file,
    const char *fmt, ...)
{
	struct buf	raw = BUF_INIT, safe = BUF_INIT;
	va_list		ap;

	buf_printf(&raw, "%-9s %s", status, file);
	va_start(ap, fmt);
	buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	utf8_sanitize(&safe, raw.s, raw.len, false);
	add_clear_progress(st);
	fprintf(stderr, "%s\n", buf_str(&safe));
	buf_free(&raw);
	buf_free(&safe);
}

static const char *
add_title(const struct add_state *st)
{
	return st->last_title != NULL ? st->last_title : "(untitled)";
}

static void
add_file_done(struct add_state *st, const char *file)
{
	static const char *const word[] = {
#define X(id, name) name,
		INGEST_EVENTS(X)
#undef X
	};

	if (st->quiet)
		return;
	if (st->narticles == 1 && st->last == INGEST_DUPLICATE)
		add_line(st, "duplicate", file, "  same as #%lld",
		    (long long)st->last_id);
	else if (st->narticles == 1 && st->last == INGEST_UNCHANGED)
		add_line(st, word[st->last], file, "  #%lld %s",
		    (long long)st->last_id, add_title(st));
	else if (st->narticles == 1)
		add_line(st, word[st->last], file, "  #%lld %s (%d quote%s, %d denial%s)",
		    (long long)st->last_id, add_title(st),
		    st->quotes, st->quotes == 1 ? "" : "s", st->denials,
		    st->denials == 1 ? "" : "s");
	else
		add_line(st, "added", file, "  %u articles: %u new, %u updated, "
		    "%u unchanged, %u duplicates", st->narticles,
		    st->by_what[INGEST_ADDED], st->by_what[INGEST_UPDATED],
		    st->by_what[INGEST_UNCHANGED], st->by_what[INGEST_DUPLICATE]);
}

static void
add_reset_file(struct add_state *st)
{
	free(st->last_title);
	st->last_title = NULL;
	st->narticles = 0;
	memset(st->by_what, 0, sizeof st->by_what);
}

static void
add_article(struct add_state *st, const struct ingest_event *ev)
{
	st->narticles++;
	st->by_what[ev->what]++;
	st->last = ev->what;
	st->last_id = ev->id;
	st->quotes = ev->quotes;
	st->denials = ev->denials;
	free(st->last_title);
	st->last_title = ev->title != NULL ? xstrdup(ev->title) : NULL;
}

static void
add_report(void *ctx, const struct ingest_event *ev)
{
	struct add_state	*st = ctx;

	switch (ev->what) {
	case INGEST_ADDED: case INGEST_UPDATED:
	case INGEST_UNCHANGED: case INGEST_DUPLICATE:
		add_article(st, ev);
		break;
	case INGEST_SKIPPED:
		add_line(st, "skipped", ev->file, ": %s", ev->msg);
		break;
	case INGEST_NOTE:
		if (!st->quiet)
			add_line(st, "note", ev->file, ": %s", ev->msg);
		break;
	case INGEST_FILE_DONE:
		add_file_done(st, ev->file);
		add_reset_file(st);
		break;
	case INGEST_FILE_FAILED:
		add_line(st, "failed", ev->file, ": %s", ev->msg);
		add_reset_file(st);
		break;
	case INGEST_FILE_IGNORED:
		break;
	}
	add_draw_progress(st);
}

static void
add_summary(struct add_state *st)
{
	const struct ingest_stats	*s = &st->stats;
	double				 secs;

	secs = (double)(cli_now_ns() - st->start_ns) / 1e9;
	add_clear_progress(st);
	fprintf(stderr, "%u file%s: %u added, %u updated, %u unchanged, "
	    "%u duplicate%s folded, %u failed", s->files, s->files == 1 ? "" : "s",
	    s->added, s->updated, s->unchanged, s->duplicates,
	    s->duplicates == 1 ? "" : "s", s->failed);
	if (s->ignored > 0)
		fprintf(stderr, ", %u not articles passed over", s->ignored);
	fprintf(stderr, " (%.1f s, %.0f articles/s)\n", secs,
	    secs > 0 ? add_articles(s) / secs : 0.0);
}

int
cli_add(struct cli *c, int argc, char **argv)
{
	struct add_state	st;
	struct ingest_opts	opts;
	int			i, rc = 0;

	if (argc == 0)
		return cli_fail(c, "%s", "name files, folders, URLs or - (standard "
		    "input) to import; see 'quoth add --help'");
	memset(&st, 0, sizeof st);
	st.quiet = c->quiet;
	st.tty = isatty(STDERR_FILENO);
	st.start_ns = st.drawn_ns = cli_now_ns();
	opts.format = c->import_format;
	opts.timeout = c->timeout;
	opts.report = add_report;
	opts.ctx = &st;
	for (i = 0; i < argc && rc == 0; i++)
		rc = ingest_path(c->ix, argv[i], &opts, &st.stats, &c->err);
	add_summary(&st);
	add_reset_file(&st);
	if (rc == -1)
		return -1;
	return st.stats.failed > 0 ? 1 : 0;
}

/*
 * Find who said what again in every article of the index: when the index
 * asks for it (after an upgrade of its schema) or, with always, because
 * the user did (quoth reindex).  Progress as an import shows it.
 */
int
cli_reattribute(struct index *ix, bool always, struct error *err)
{
	struct add_state	st;
	struct ingest_opts	opts;
	double			secs;
	int			rc;

	if (!always && !index_reattribute_pending(ix))
		return 0;
	if (!always)
		fprintf(stderr, "quoth: %s was written by an older quoth: finding "
		    "who said what in its articles again, once\n", index_path(ix));
	memset(&st, 0, sizeof st);
	memset(&opts, 0, sizeof opts);
	st.quiet = true;
	st.tty = isatty(STDERR_FILENO);
	st.start_ns = st.drawn_ns = cli_now_ns();
	opts.report = add_report;
	opts.ctx = &st;
	rc = ingest_reattribute(ix, &opts, &st.stats, err);
	secs = (double)(cli_now_ns() - st.start_ns) / 1e9;
	add_clear_progress(&st);
	fprintf(stderr, "%u article%s read again (%.1f s)\n", st.stats.updated,
	    st.stats.updated == 1 ? "" : "s", secs);
	add_reset_file(&st);
	return rc;
}

int
cli_reindex(struct cli *c, int argc, char **argv)
{
	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	if (index_words_renew(c->ix, &c->err) == -1 ||
	    index_totals_renew(c->ix, &c->err) == -1)
		return -1;
	return cli_reattribute(c->ix, true, &c->err);
}

/*
 * The reader's main loop: start the display, read the config file, open
 * the library, then turn each key into an action of the view on top.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commands.h"
#include "display.h"
#include "feeds.h"
#include "ingest.h"
#include "keys.h"
#include "theme.h"
#include "utf8.h"
#include "view.h"
#include "xmalloc.h"

#define UI_PROGRESS_EVERY	16	/* articles between progress redraws */
#define UI_QUIET_MS		2000	/* no key for this long: merge (ui_merge) */
/* a round of merging: 25 ms typically at a million articles, rarely 0.2-0.7 s */
#define UI_MERGE_PAGES		500
#define UI_MERGE_EVERY_MS	100	/* between rounds while quiet */

static bool	ui_running;		/* the display is up */

static void ui_vmessage(struct ui *, bool, const char *, va_list)
    __attribute__((format(printf, 3, 0)));

static void
ui_vmessage(struct ui *ui, bool error, const char *fmt, va_list ap)
{
	buf_truncate(&ui->msg, 0);
	buf_vprintf(&ui->msg, fmt, ap);
	ui->msg_error = error;
}

void
ui_message(struct ui *ui, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	ui_vmessage(ui, false, fmt, ap);
	va_end(ap);
}

void
ui_error(struct ui *ui, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	ui_vmessage(ui, true, fmt, ap);
	va_end(ap);
}

void
ui_draw(struct ui *ui)
{
	view_layout(ui);
	view_draw(ui);
}

int
ui_command(struct ui *ui, const char *line)
{
	return commands_run(ui, line);
}

static void
ui_relayout(struct ui *ui)
{
	int	i;

	for (i = 0; i < ui->nviews; i++)
		ui->views[i]->width = 0;	/* lay out again at any width */
	view_layout(ui);
}

static void
ui_reload_library(struct ui *ui)
{
	struct view	*lib = view_find(ui, VIEW_LIBRARY);

	if (lib != NULL)
		library_reload(lib);
}

static void
ui_mouse_changed(struct ui *ui)
{
	display_set_mouse(ui->opt[OPTION_MOUSE] != 0);
}

static void
ui_color_changed(struct ui *ui)
{
	theme_start(ui->opt[OPTION_COLOR] != 0);
}

/* What a setting changes once the reader runs. */
static const struct {
	enum ui_option	  o;
	void		(*apply)(struct ui *);
} ui_option_effects[] = {
	{ OPTION_SPLIT_LINES, view_layout },
	{ OPTION_WRAP_WIDTH, ui_relayout },
	{ OPTION_MOUSE, ui_mouse_changed },
	{ OPTION_COLOR, ui_color_changed },
	{ OPTION_SORT, ui_reload_library },
	{ OPTION_ASCENDING, ui_reload_library },
	{ OPTION_UNREAD_ONLY, ui_reload_library },
};

void
ui_option_changed(struct ui *ui, enum ui_option o)
{
	size_t	i;

	if (!ui_running)
		return;
	for (i = 0; i < sizeof ui_option_effects / sizeof ui_option_effects[0];
	    i++)
		if (ui_option_effects[i].o == o)
			ui_option_effects[i].apply(ui);
}

/*
 * Show article id in the reader: the reader already open (closing the
 * views above it), or a new one over the library.
 */
struct view *
ui_read(struct ui *ui, int64_t id)
{
	struct view	*reader = view_find(ui, VIEW_READER);

	if (reader != NULL) {
		while (view_top(ui) != reader)
			view_pop(ui);
		return reader_load(reader, id) == 0 ? reader : NULL;
	}
	while (ui->nviews > 1)
		view_pop(ui);
	if ((reader = reader_new(ui, id)) == NULL)
		return NULL;
	view_push(ui, reader);
	return reader;
}

struct ui_import {
	struct ui	*ui;
	unsigned	 articles;
};

static void
ui_import_progress(void *ctx, const struct ingest_event *ev)
{
	struct ui_import	*im = ctx;

	if (ev->what != INGEST_ADDED && ev->what != INGEST_UPDATED)
		return;
	if (++im->articles % UI_PROGRESS_EVERY != 1)
		return;
	ui_message(im->ui, "Importing: %u articles ...", im->articles);
	ui_draw(im->ui);
}

/* Import files or folders, with progress on the message line. */
int
ui_import(struct ui *ui, const char *path)
{
	struct ui_import	im = { ui, 0 };
	struct ingest_opts	opts = { .format = IMPORT_AUTO,
	    .report = ui_import_progress, .ctx = &im };
	struct ingest_stats	st;
	struct error		err;

	memset(&st, 0, sizeof st);
	if (ingest_path(ui->ix, path, &opts, &st, &err) == -1) {
		ui_error(ui, "%s", err.msg);
		return -1;
	}
	ui->merge_pending = true;
	ui_reload_library(ui);
	if (st.failed > 0)
		ui_error(ui, "Imported %u new articles; %u files failed "
		    "(quoth add %s says why)", st.added, st.failed, path);
	else if (st.unchanged + st.duplicates > 0)
		ui_message(ui, "Imported %u new articles (%u already there)",
		    st.added, st.unchanged + st.duplicates);
	else
		ui_message(ui, "Imported %u new articles", st.added);
	return 0;
}

struct ui_fetch {
	struct ui	*ui;
	bool		 stopped;
};

/* Ctrl-C stops the fetch (not the reader): checked between feeds too. */
static bool
ui_fetch_stop(void *ctx)
{
	struct ui_fetch	*f = ctx;

	if (display_interrupted())
		f->stopped = true;
	return f->stopped;
}

/* "fetching 3/12: example.org ..." as each feed starts. */
static void
ui_fetch_progress(void *ctx, const struct feeds_progress *p)
{
	struct ui_fetch	*f = ctx;
	const char	*host = strstr(p->url, "://");

	if (p->finished)
		return;
	host = host != NULL ? host + 3 : p->url;
	ui_message(f->ui, "Fetching %zu/%zu: %.*s ... (Ctrl-C stops)",
	    p->done + 1, p->total, (int)strcspn(host, "/?#"), host);
	ui_draw(f->ui);
}

static int
ui_count_feed(void *ctx, const struct feed_row *r)
{
	(*(size_t *)ctx)++;
	return 0;
}

static const char *
ui_plural(unsigned n)
{
	return n == 1 ? "" : "s";
}

static void
ui_fetch_summary(struct ui *ui, const struct ui_fetch *f,
    const struct feeds_totals *t, size_t feeds)
{
	if (f->stopped)
		ui_error(ui, "Stopped after %u of %zu feeds: %u new article%s, "
		    "%u updated", t->feeds, feeds, t->added, ui_plural(t->added),
		    t->updated);
	else if (t->failed > 0)
		ui_error(ui, "Fetched %u feed%s: %u new article%s, %u updated; "
		    "%u failed (quoth feeds list says why)", t->feeds,
		    ui_plural(t->feeds), t->added, ui_plural(t->added),
		    t->updated, t->failed);
	else
		ui_message(ui, "Fetched %u feed%s: %u new article%s, %u updated, "
		    "%u not modified", t->feeds, ui_plural(t->feeds), t->added,
		    ui_plural(t->added), t->updated, t->not_modified);
}

/*
 * R: fetch every subscribed feed, then read the library again.  The
 * reader waits for it, drawing progress between feeds; Ctrl-C stops it
 * (each feed is imported in its own transactions, so what was fetched
 * stays and nothing is left half-written).
 */
int
ui_fetch(struct ui *ui)
{
	struct ui_fetch		f = { ui, false };
	struct feeds_opts	o = { .progress = ui_fetch_progress,
	    .stop = ui_fetch_stop, .ctx = &f };
	struct feeds_totals	t;
	struct error		err;
	size_t			feeds = 0;

	if (index_feeds(ui->ix, ui_count_feed, &feeds, &err) == -1) {
		ui_error(ui, "%s", err.msg);
		return -1;
	}
	if (feeds == 0) {
		ui_error(ui, "No feeds to fetch: subscribe to one with "
		    "quoth feeds add URL");
		return 0;
	}
	if (feeds_refresh(ui->ix, &o, &t, &err) == -1) {
		ui_error(ui, "%s", err.msg);
		return -1;
	}
	ui->merge_pending = true;
	ui_reload_library(ui);
	ui_fetch_summary(ui, &f, &t, feeds);
	return 0;
}

/* v: the library above the reader, or the reader alone. */
void
ui_toggle_split(struct ui *ui)
{
	int	*split = &ui->opt[OPTION_SPLIT_LINES];

	if (*split > 0)
		ui->split_before = *split;
	*split = *split > 0 ? 0 : ui->split_before > 0 ? ui->split_before :
	    UI_SPLIT_LINES;
	ui_message(ui, *split ? "The library stays above the reader" :
	    "The reader takes the whole window");
	view_layout(ui);
}

/* Keys that still work when the window is too small to draw in. */
static bool
ui_small_action(enum action a)
{
	return a == ACTION_QUIT || a == ACTION_BACK || a == ACTION_REDRAW;
}

/* Remember the index as it is now, to see later what others wrote. */
static void
ui_note_index(struct ui *ui)
{
	ui->data_version = index_data_version(ui->ix);
	ui->stamp = index_library_stamp(ui->ix);
	ui->last_id = index_last_id(ui->ix);
	ui->merge_pending = true;
}

static int64_t
ui_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * A script, which never waits, merges a round at each <Idle>, in the
 * reader's own thread, so that what it shows does not depend on timing.
 */
static void
ui_merge_round(struct ui *ui)
{
	struct error	err;

	ui->merge_pending = index_merge_some(ui->ix, UI_MERGE_PAGES, &err) == 1;
}

/*
 * The merging thread, told to go, and again after a key paused it or
 * another quoth's write stopped it; once it stopped by itself with
 * nothing left (or the index busy or read-only), merging is no longer
 * pending, until the next news.
 */
static void
ui_merge_thread(struct ui *ui)
{
	struct error	err;

	if (ui->merger == NULL && index_merger_start(&ui->merger, ui->ix,
	    UI_MERGE_PAGES, UI_MERGE_EVERY_MS, &err) == -1) {
		ui->merge_pending = false;
		return;
	}
	if (!ui->merging) {
		index_merger_go(ui->merger);
		ui->merging = true;
		return;
	}
	switch (index_merger_state(ui->merger)) {
	case INDEX_MERGER_WAITING:
		index_merger_go(ui->merger);
		break;
	case INDEX_MERGER_MERGING:
		break;
	case INDEX_MERGER_DONE:
	case INDEX_MERGER_BLOCKED:
		ui->merging = false;
		ui->merge_pending = false;
		break;
	}
}

/*
 * Quiet for a while: merge the full-text indexes a round at a time, a
 * round every UI_MERGE_EVERY_MS on a thread of its own (index_merger.c)
 * until there is nothing to merge, so that searches stay fast with no
 * quoth optimize.  Quiet means no key, and no other quoth writing
 * either: not an import's segments while it writes them, nor another
 * reader's merging.  A busy or read-only index is left alone until
 * another quoth writes to it.
 */
static void
ui_merge(struct ui *ui)
{
	int64_t	now = ui_now_ms();

	if (!ui->merge_pending || !ui->opt[OPTION_IDLE_MERGE])
		return;
	if (display_scripted())
		ui_merge_round(ui);
	else if (now - ui->key_ms >= UI_QUIET_MS &&
	    now - ui->written_ms >= UI_QUIET_MS)
		ui_merge_thread(ui);
}

/*
 * Another quoth has written to the index: unless that only merged its
 * full-text indexes (the articles' stamp is as it was), read the library
 * again, the same article still selected, and say how many articles
 * came.  version and stamp are those read before the library, so that a
 * write while it is read is seen at the next <Idle>.
 */
static void
ui_take_news(struct ui *ui, int64_t version, int64_t stamp)
{
	struct view	*lib = view_find(ui, VIEW_LIBRARY);
	struct error	 err;
	int64_t		 id, added, last;
	bool		 merged = stamp != -1 && stamp == ui->stamp;

	ui->data_version = version;
	ui->stamp = stamp;
	ui->merge_pending = true;
	if (merged && ui->merging)
		return;		/* most likely its own merging thread */
	ui->written_ms = ui_now_ms();
	if (merged)
		return;
	last = index_last_id(ui->ix);
	added = index_added_since(ui->ix, ui->last_id, last, &err);
	ui->last_id = last;
	if (lib == NULL)
		return;
	id = library_selected(lib);
	ui_reload_library(ui);
	library_follow(lib, id);
	if (added > 0)
		ui_message(ui, "%lld new article%s in the library",
		    (long long)added, added == 1 ? "" : "s");
}

/* Nothing typed for a while: news from another quoth, then merging. */
static void
ui_idle(struct ui *ui)
{
	int64_t	version = index_data_version(ui->ix);

	if (version != ui->data_version)
		ui_take_news(ui, version, index_library_stamp(ui->ix));
	ui_merge(ui);
}

static void
ui_key(struct ui *ui, const struct input *in)
{
	struct view	*top = view_top(ui);
	enum action	 a;
	char		 name[32];

	if (in->key == KEYC_IDLE) {
		ui_idle(ui);
		return;
	}
	ui->key_ms = ui_now_ms();	/* no merging until quiet again */
	if (ui->merger != NULL)
		index_merger_pause(ui->merger);
	if (in->key == KEYC_RESIZE) {
		view_layout(ui);
		return;
	}
	if (in->key == KEYC_CLICK || in->key == KEYC_WHEEL_UP ||
	    in->key == KEYC_WHEEL_DOWN) {
		if (ui->opt[OPTION_MOUSE] && !view_too_small())
			view_mouse(ui, in);
		return;
	}
	a = keys_lookup(top->ops->kind, in->key);
	if (view_too_small() && !ui_small_action(a))
		return;
	if (a != ACTION_NONE) {
		view_action(top, a);
		return;
	}
	keys_name(in->key, name, sizeof name);
	ui_error(ui, "%s does nothing here; ? shows the keys", name);
}

static void
ui_input(struct ui *ui, const struct input *in)
{
	switch (in->type) {
	case INPUT_END:
		ui->quit = true;
		break;
	case INPUT_COMMAND:
		ui_command(ui, in->command);
		break;
	case INPUT_KEY:
		if (in->key != KEYC_IDLE) {	/* a message stays until a key */
			buf_truncate(&ui->msg, 0);
			ui->msg_error = false;
		}
		ui_key(ui, in);
		break;
	}
}

static void
ui_loop(struct ui *ui)
{
	struct input	in;

	while (!ui->quit) {
		ui_draw(ui);
		if (display_read(&in) == -1)
			ui->status = 1;
		ui_input(ui, &in);
	}
}

static void
ui_init(struct ui *ui, struct index *ix, const struct ui_start *start)
{
	memset(ui, 0, sizeof *ui);
	ui->ix = ix;
	ui->start = start;
	options_defaults(ui->opt);
	keys_init();
	theme_reset();
	buf_adds(&ui->msg, "");
	buf_adds(&ui->conf_errors, "");
	ui_note_index(ui);
}

static void
ui_free(struct ui *ui)
{
	index_merger_end(ui->merger);
	view_close_all(ui);
	buf_free(&ui->msg);
	buf_free(&ui->conf_errors);
	free(ui->search);
	keys_free();
}

/* The config's errors on stderr, each line made safe for the terminal. */
static void
ui_print_conf_errors(const struct ui *ui)
{
	struct buf	safe = BUF_INIT;

	utf8_sanitize(&safe, buf_str(&ui->conf_errors), ui->conf_errors.len,
	    true);
	fputs(buf_str(&safe), stderr);
	buf_free(&safe);
}

static void
ui_open_first(struct ui *ui)
{
	view_push(ui, library_new(ui));
	if (ui->start->article != 0)
		ui_read(ui, ui->start->article);
	else if (ui->start->demo)
		ui_message(ui, "Sample articles in a temporary index: "
		    "Enter reads one, ? shows the keys");
}

/* Whether the reader can run here, before anything is opened for it. */
int
ui_usable(struct error *err)
{
	return display_usable(err);
}

/* Run the reader on an index until the user quits; the exit status. */
int
ui_run(struct index *ix, const struct ui_start *start)
{
	struct ui	ui;
	struct error	err;

	ui_init(&ui, ix, start);
	commands_load_config(&ui);
	if (display_init(ui.opt[OPTION_COLOR] != 0, &err) == -1) {
		fprintf(stderr, "quoth: %s\n", err.msg);
		ui_print_conf_errors(&ui);
		ui_free(&ui);
		return 1;
	}
	ui_running = true;
	display_set_mouse(ui.opt[OPTION_MOUSE] != 0);
	ui_open_first(&ui);
	ui_loop(&ui);
	ui_running = false;
	display_end();
	ui_print_conf_errors(&ui);
	ui_free(&ui);
	return ui.status;
}

/*
 * The library: every article of the index, newest first.  Only a window
 * of rows around what is shown is read (index_list with an offset), so
 * the first screen costs the same for a hundred articles or a hundred
 * thousand.  An empty index shows how to add articles instead.
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "prompt.h"
#include "samples.h"
#include "view.h"
#include "xmalloc.h"

#define LIB_MIN_WINDOW	64	/* rows read at once, at least */
#define LIB_DATE_W	10
#define LIB_OUTLET_W	16
#define LIB_COUNTS_W	9	/* " 12q  1d" */
#define LIB_OUTLET_MIN_WIDTH 64	/* narrower windows show no outlet */
#define LIB_DATE_MIN_WIDTH 44	/* nor a date */

struct lib_row {
	int64_t	 id;
	char	*title, *outlet, *date;
	int	 quotes, denials;
	bool	 read;
};

struct library {
	char		*filter;	/* an FTS5 query, or NULL */
	char		*typed;		/* the filter as the user wrote it */
	struct lib_row	*win;		/* rows win_start .. win_start + win_n */
	int64_t		 win_start;
	size_t		 win_n, win_cap;
	struct buf	 welcome;	/* lines shown when the index is empty */
	size_t		*welcome_at;
};

static const struct view_ops library_ops, library_empty_ops;

static void
library_free_window(struct library *lib)
{
	size_t	i;

	for (i = 0; i < lib->win_n; i++) {
		free(lib->win[i].title);
		free(lib->win[i].outlet);
		free(lib->win[i].date);
	}
	lib->win_n = 0;
}

/* Text articles have no outlet: show their file's name instead. */
static char *
library_outlet(const struct article_row *r)
{
	const char	*base, *dot;

	if (r->outlet != NULL && *r->outlet != '\0')
		return xstrdup(r->outlet);
	if (r->file == NULL)
		return xstrdup("");
	base = strrchr(r->file, '/') != NULL ? strrchr(r->file, '/') + 1 :
	    r->file;
	dot = strrchr(base, '.');
	return xstrndup(base, dot != NULL && dot > base ? (size_t)(dot - base) :
	    strlen(base));
}

static int
library_add_row(void *ctx, const struct article_row *r)
{
	struct library	*lib = ctx;
	struct lib_row	*row;

	if (lib->win_n == lib->win_cap)
		return 1;
	row = &lib->win[lib->win_n++];
	row->id = r->id;
	row->title = xstrdup(r->title != NULL && *r->title != '\0' ? r->title :
	    "(no title)");
	row->outlet = library_outlet(r);
	row->date = xstrndup(r->date != NULL ? r->date : "", r->date != NULL ?
	    strnlen(r->date, LIB_DATE_W) : 0);
	row->quotes = r->quotes;
	row->denials = r->denials;
	row->read = r->read;
	return 0;
}

static void
library_query(struct view *v, struct index_list_query *q)
{
	struct library	*lib = v->data;

	memset(q, 0, sizeof *q);
	q->sort = (enum index_sort)v->ui->opt[OPTION_SORT];
	q->ascending = v->ui->opt[OPTION_ASCENDING] != 0;
	q->unread_only = v->ui->opt[OPTION_UNREAD_ONLY] != 0;
	q->match = lib->filter;
}

/* Read the rows from start on: twice a screen, so scrolling reads rarely. */
static void
library_fetch(struct view *v, int64_t start)
{
	struct library		*lib = v->data;
	struct index_list_query	 q;
	struct error		 err;
	size_t			 want = (size_t)display_lines() * 2;

	library_free_window(lib);
	if (want < LIB_MIN_WINDOW)
		want = LIB_MIN_WINDOW;
	if (want != lib->win_cap) {
		lib->win_cap = want;
		lib->win = xreallocarray(lib->win, want, sizeof *lib->win);
	}
	library_query(v, &q);
	q.offset = start > 0 ? start : 0;
	q.limit = (int64_t)lib->win_cap;
	lib->win_start = q.offset;
	if (index_list(v->ui->ix, &q, library_add_row, lib, &err) == -1)
		ui_error(v->ui, "%s", err.msg);
}

/* Row i of the list, reading the window around it if need be. */
static struct lib_row *
library_row(struct view *v, int64_t i)
{
	struct library	*lib = v->data;

	if (i < 0 || i >= v->nlines)
		return NULL;
	if (i < lib->win_start || i >= lib->win_start + (int64_t)lib->win_n)
		library_fetch(v, i < lib->win_start ?
		    i - (int64_t)display_lines() : i - v->height);
	if (i < lib->win_start || i >= lib->win_start + (int64_t)lib->win_n)
		return NULL;
	return &lib->win[i - lib->win_start];
}

/* A narrow window keeps the title and drops the outlet, then the date. */
static void
library_draw(struct view *v, int64_t lineno, bool sel)
{
	struct lib_row	*r = library_row(v, lineno);
	bool		 outlet = v->width >= LIB_OUTLET_MIN_WIDTH;
	bool		 date = v->width >= LIB_DATE_MIN_WIDTH;
	int		 title_w = v->width - 2 - LIB_COUNTS_W -
			     (date ? LIB_DATE_W + 2 : 0) -
			     (outlet ? LIB_OUTLET_W + 2 : 0);
	enum theme_role	 meta = sel ? ROLE_SELECTION : ROLE_META;

	if (r == NULL)
		return;
	display_put_col(sel ? ROLE_SELECTION : r->read ? ROLE_DEFAULT :
	    ROLE_UNREAD, r->read ? "" : "N", 2);
	if (date) {
		display_put_col(meta, r->date, LIB_DATE_W);
		display_put_col(meta, "", 2);
	}
	if (outlet) {
		display_put_col(meta, r->outlet, LIB_OUTLET_W);
		display_put_col(meta, "", 2);
	}
	display_put_col(sel ? ROLE_SELECTION : r->read ? ROLE_DEFAULT :
	    ROLE_UNREAD, r->title, title_w > 1 ? title_w : 1);
	display_printf(meta, " %3dq", r->quotes);
	display_printf(sel ? ROLE_SELECTION : r->denials ? ROLE_DENIAL : meta,
	    " %2dd", r->denials);
}

static void
library_title(struct view *v, struct buf *left, struct buf *right)
{
	struct library	*lib = v->data;
	const int	*o = v->ui->opt;

	buf_printf(left, "[library] %lld%s %sarticle%s", (long long)v->nlines,
	    lib->typed != NULL && v->nlines >= INDEX_FILTER_CAP ? "+ newest" : "",
	    o[OPTION_UNREAD_ONLY] ? "unread " : "", v->nlines == 1 ? "" : "s");
	buf_printf(left, ", by %s%s", index_sort_name((enum index_sort)
	    o[OPTION_SORT]), o[OPTION_ASCENDING] ? " (ascending)" : "");
	if (lib->typed != NULL)
		buf_printf(left, ", matching %s", lib->typed);
	if (v->ui->start->demo)
		buf_adds(left, " (demo)");
	if (v->nlines > 0)
		buf_printf(right, "%lld/%lld", (long long)v->lineno + 1,
		    (long long)v->nlines);
}

static bool
library_match(struct view *v, int64_t lineno, const char *q)
{
	struct lib_row	*r = library_row(v, lineno);

	return r != NULL && (view_text_match(r->title, strlen(r->title), q) ||
	    view_text_match(r->outlet, strlen(r->outlet), q));
}

int64_t
library_selected(struct view *v)
{
	struct lib_row	*r;

	if (v->ops != &library_ops || (r = library_row(v, v->lineno)) == NULL)
		return 0;
	return r->id;
}

/* Move the cursor by delta and say which article it is on (J and K). */
int
library_step(struct view *v, int delta, int64_t *id)
{
	int64_t	to = v->lineno + delta;

	if (v->ops != &library_ops || to < 0 || to >= v->nlines)
		return -1;
	view_goto(v, to);
	*id = library_selected(v);
	return *id != 0 ? 0 : -1;
}

/*
 * Put the cursor on article id, wherever the order and filter put it,
 * so that the library above the reader shows what is being read.  An
 * article the list does not hold leaves the cursor where it is.
 */
void
library_follow(struct view *v, int64_t id)
{
	struct index_list_query	q;
	struct error		err;
	int64_t			pos = 0;
	int			rc;

	if (v->ops != &library_ops || library_selected(v) == id)
		return;
	library_query(v, &q);
	if ((rc = index_list_position(v->ui->ix, &q, id, &pos, &err)) == -1)
		ui_error(v->ui, "%s", err.msg);
	else if (rc == 0 && pos < v->nlines)
		view_goto(v, pos);
}

void
library_set_read(struct view *v, int64_t id, bool read)
{
	struct library	*lib = v->data;
	size_t		 i;

	for (i = 0; i < lib->win_n; i++)
		if (lib->win[i].id == id)
			lib->win[i].read = read;
}

static void
library_welcome_line(struct library *lib, size_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
library_welcome_line(struct library *lib, size_t *n, const char *fmt, ...)
{
	va_list	ap;

	lib->welcome_at = xreallocarray(lib->welcome_at, *n + 2,
	    sizeof *lib->welcome_at);
	lib->welcome_at[(*n)++] = lib->welcome.len;
	va_start(ap, fmt);
	buf_vprintf(&lib->welcome, fmt, ap);
	va_end(ap);
	buf_addc(&lib->welcome, '\0');
	lib->welcome_at[*n] = lib->welcome.len;
}

/* What to do with an empty index, with the keys as they are bound. */
static int64_t
library_make_welcome(struct view *v)
{
	struct library	*lib = v->data;
	char		*samples = samples_dir(), key[32] = "i";
	keycode		 k;
	size_t		 n = 0;

	buf_truncate(&lib->welcome, 0);
	if (keys_bound(VIEW_LIBRARY, ACTION_IMPORT_SAMPLES, &k, 1) == 1)
		keys_name(k, key, sizeof key);
	library_welcome_line(lib, &n, "Your library is empty.");
	library_welcome_line(lib, &n, "%s", "");
	library_welcome_line(lib, &n, "Add articles from a shell:");
	library_welcome_line(lib, &n, "    quoth add FILE...   text: a title line, "
	    "a blank line, paragraphs");
	library_welcome_line(lib, &n, "    quoth add FOLDER    every article in "
	    "a folder");
	library_welcome_line(lib, &n, "%s", "");
	if (samples != NULL) {
		library_welcome_line(lib, &n, "Or press %s to import the sample "
		    "articles that come with quoth,", key);
		library_welcome_line(lib, &n, "or run quoth --demo to read them "
		    "without changing this index.");
		library_welcome_line(lib, &n, "%s", "");
	}
	library_welcome_line(lib, &n, "? shows every key; q quits.");
	free(samples);
	return (int64_t)n;
}

/*
 * The index of the order chosen, made the first time it is used, with a
 * word on the message line, drawn over the rows read in the order before
 * (at a million articles it takes seconds).  Without it (another quoth
 * writing) the list is had by a scan, and the error says why.
 */
static void
library_prepare_sort(struct view *v, enum index_sort s)
{
	struct error	err;

	if (index_sort_ready(v->ui->ix, s))
		return;
	ui_message(v->ui, "Ordering the articles by %s, once ...",
	    index_sort_name(s));
	ui_draw(v->ui);
	if (index_sort_prepare(v->ui->ix, s, &err) == -1)
		ui_error(v->ui, "%s", err.msg);
}

/* Count the rows again (and read them lazily); an empty index welcomes. */
void
library_reload(struct view *v)
{
	struct library		*lib = v->data;
	struct index_list_query	 q;
	struct error		 err;
	int64_t			 n = 0, all;

	library_query(v, &q);
	/* a new order, by :set; not before the view is shown (its rows try) */
	if (view_find(v->ui, VIEW_LIBRARY) == v &&
	    index_sort_due(v->ui->ix, q.sort))
		library_prepare_sort(v, q.sort);
	library_free_window(lib);
	if (index_count(v->ui->ix, &q, &n, &err) == -1)
		ui_error(v->ui, "%s", err.msg);
	all = n;
	if (n == 0 && (q.match != NULL || q.unread_only)) {
		memset(&q, 0, sizeof q);
		index_count(v->ui->ix, &q, &all, &err);
	}
	v->ops = n == 0 && all == 0 ? &library_empty_ops : &library_ops;
	v->nlines = v->ops == &library_empty_ops ? library_make_welcome(v) : n;
	if (v->lineno >= v->nlines)
		v->lineno = v->nlines > 0 ? v->nlines - 1 : 0;
}

/*
 * Show only the articles matching text: an FTS5 query as written (raw),
 * or words as typed.  A query FTS5 refuses leaves the filter as it was.
 */
int
library_filter(struct view *v, const char *text, bool raw)
{
	struct library		*lib = v->data;
	struct index_list_query	 q;
	struct error		 err;
	char			*f = NULL;
	int64_t			 n;

	if (text != NULL && raw)
		f = xstrdup(text);
	else if (text != NULL && index_filter_query(v->ui->ix, text, &f,
	    &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		return -1;
	}
	library_query(v, &q);
	q.match = f;
	if (f != NULL && index_count(v->ui->ix, &q, &n, &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		free(f);
		return -1;
	}
	free(lib->filter);
	free(lib->typed);
	lib->filter = f;
	lib->typed = text != NULL ? xstrdup(text) : NULL;
	v->lineno = 0;
	v->offset = 0;
	library_reload(v);	/* counts the articles the check found, kept */
	return 0;
}

/* The filter prompt changes the list at each key; Esc puts it back. */
static void
library_filter_changed(void *ctx, const char *text)
{
	library_filter(ctx, *text != '\0' ? text : NULL, false);
}

static int
library_act_filter(struct view *v)
{
	struct library	*lib = v->data;
	char		*filter = lib->filter ? xstrdup(lib->filter) : NULL;
	char		*typed = lib->typed ? xstrdup(lib->typed) : NULL;
	char		*text;

	if (prompt_read(v->ui, "filter: ", typed, library_filter_changed, v,
	    &text) == -1) {
		library_filter(v, filter, true);
		free(lib->typed);
		lib->typed = typed;
		typed = NULL;
	}
	free(text);
	free(filter);
	free(typed);
	return 1;
}

static int
library_act_open(struct view *v)
{
	int64_t	id = library_selected(v);

	if (id != 0)
		ui_read(v->ui, id);
	return 1;
}

static int
library_act_sort(struct view *v)
{
	int	*o = v->ui->opt;

	o[OPTION_SORT] = (o[OPTION_SORT] + 1) % INDEX_SORT_COUNT;
	/* Words read best from A; dates and counts from the most. */
	o[OPTION_ASCENDING] = o[OPTION_SORT] == INDEX_SORT_TITLE ||
	    o[OPTION_SORT] == INDEX_SORT_OUTLET || o[OPTION_SORT] == INDEX_SORT_ID;
	library_prepare_sort(v, (enum index_sort)o[OPTION_SORT]);
	library_reload(v);
	if (!v->ui->msg_error)	/* else it says why there is no index */
		ui_message(v->ui, "Sorted by %s", index_sort_name(
		    (enum index_sort)o[OPTION_SORT]));
	return 1;
}

static int
library_act_reverse(struct view *v)
{
	v->ui->opt[OPTION_ASCENDING] = !v->ui->opt[OPTION_ASCENDING];
	library_reload(v);
	return 1;
}

static int
library_act_unread(struct view *v)
{
	v->ui->opt[OPTION_UNREAD_ONLY] = !v->ui->opt[OPTION_UNREAD_ONLY];
	library_reload(v);
	return 1;
}

static int
library_act_read(struct view *v)
{
	struct lib_row	*r = library_row(v, v->lineno);
	struct error	 err;

	if (r == NULL)
		return 1;
	if (index_set_read(v->ui->ix, r->id, !r->read, &err) == -1)
		ui_error(v->ui, "%s", err.msg);
	else
		r->read = !r->read;
	if (v->ui->opt[OPTION_UNREAD_ONLY])
		library_reload(v);
	return 1;
}

static int
library_act_samples(struct view *v)
{
	char	*dir = samples_dir();

	if (dir == NULL)
		ui_error(v->ui, "The sample articles are not installed");
	else
		ui_import(v->ui, dir);
	free(dir);
	return 1;
}

/* C: the suggested pairs of claims of the selected article. */
static int
library_act_pairs(struct view *v)
{
	struct pairs_query	 q = { .article = library_selected(v) };
	struct view		*pv;

	if (q.article != 0 && (pv = pairs_new(v->ui, &q)) != NULL)
		view_push(v->ui, pv);
	return 1;
}

static int
library_act_fetch(struct view *v)
{
	ui_fetch(v->ui);
	return 1;
}

static const struct view_action library_actions[] = {
	{ ACTION_OPEN_ARTICLE, library_act_open },
	{ ACTION_SORT_NEXT, library_act_sort },
	{ ACTION_SORT_REVERSE, library_act_reverse },
	{ ACTION_FILTER, library_act_filter },
	{ ACTION_UNREAD_ONLY, library_act_unread },
	{ ACTION_TOGGLE_READ, library_act_read },
	{ ACTION_IMPORT_SAMPLES, library_act_samples },
	{ ACTION_COMPARE_SUGGEST, library_act_pairs },
	{ ACTION_FETCH_FEEDS, library_act_fetch },
};

static void
library_close(struct view *v)
{
	struct library	*lib = v->data;

	library_free_window(lib);
	free(lib->win);
	free(lib->filter);
	free(lib->typed);
	buf_free(&lib->welcome);
	free(lib->welcome_at);
	free(lib);
}

static void
library_empty_draw(struct view *v, int64_t lineno, bool sel)
{
	struct library	*lib = v->data;
	const char	*line = lib->welcome.s + lib->welcome_at[lineno];

	display_puts(ROLE_DEFAULT, "  ");
	display_puts(lineno == 0 ? ROLE_HEADER : ROLE_DEFAULT, line);
}

static void
library_empty_title(struct view *v, struct buf *left, struct buf *right)
{
	buf_adds(left, "[library] no articles yet");
}

static bool
library_empty_match(struct view *v, int64_t lineno, const char *q)
{
	struct library	*lib = v->data;
	const char	*line = lib->welcome.s + lib->welcome_at[lineno];

	return view_text_match(line, strlen(line), q);
}

static const struct view_ops library_ops = {
	.kind = VIEW_LIBRARY, .cursor = true, .draw = library_draw,
	.title = library_title, .actions = VIEW_ACTIONS(library_actions),
	.match = library_match, .article = library_selected,
	.close = library_close
};

static const struct view_ops library_empty_ops = {
	.kind = VIEW_LIBRARY, .draw = library_empty_draw,
	.title = library_empty_title, .actions = VIEW_ACTIONS(library_actions),
	.match = library_empty_match, .close = library_close
};

struct view *
library_new(struct ui *ui)
{
	struct library	*lib = xcalloc(1, sizeof *lib);
	struct view	*v = view_new(ui, &library_ops, lib);

	buf_adds(&lib->welcome, "");
	library_reload(v);
	return v;
}

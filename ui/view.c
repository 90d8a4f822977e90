/*
 * The view machinery: the stack, the layout, drawing, and what every
 * view does alike (moving, paging, searching, the mouse, going back).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "prompt.h"
#include "utf8.h"
#include "view.h"
#include "xmalloc.h"

#define VIEW_READER_MIN	4	/* rows of text the reader keeps in a split */

struct view *
view_new(struct ui *ui, const struct view_ops *ops, void *data)
{
	struct view	*v = xcalloc(1, sizeof *v);

	v->ops = ops;
	v->ui = ui;
	v->data = data;
	return v;
}

static void
view_free(struct view *v)
{
	if (v->ops->close != NULL)
		v->ops->close(v);
	free(v);
}

/* A full stack drops the view just above the library to make room. */
void
view_push(struct ui *ui, struct view *v)
{
	if (ui->nviews == UI_MAX_VIEWS) {
		view_free(ui->views[1]);
		memmove(&ui->views[1], &ui->views[2],
		    (size_t)(ui->nviews - 2) * sizeof ui->views[0]);
		ui->nviews--;
	}
	ui->views[ui->nviews++] = v;
	view_layout(ui);
}

void
view_pop(struct ui *ui)
{
	if (ui->nviews == 0)
		return;
	view_free(ui->views[--ui->nviews]);
	if (ui->nviews > 0)
		view_layout(ui);
}

void
view_close_all(struct ui *ui)
{
	while (ui->nviews > 0)
		view_free(ui->views[--ui->nviews]);
}

struct view *
view_top(struct ui *ui)
{
	return ui->nviews > 0 ? ui->views[ui->nviews - 1] : NULL;
}

/* The topmost view of a kind, or NULL. */
struct view *
view_find(struct ui *ui, enum view_kind kind)
{
	int	i;

	for (i = ui->nviews - 1; i >= 0; i--)
		if (ui->views[i]->ops->kind == kind)
			return ui->views[i];
	return NULL;
}

bool
view_too_small(void)
{
	return display_cols() < UI_MIN_COLS || display_lines() < UI_MIN_LINES;
}

/* Keep the cursor (lists) or the page (pagers) inside the lines. */
static void
view_clamp(struct view *v)
{
	int64_t	last_top = v->nlines - v->height;

	if (last_top < 0)
		last_top = 0;
	if (v->ops->cursor) {
		if (v->lineno >= v->nlines)
			v->lineno = v->nlines - 1;
		if (v->lineno < 0)
			v->lineno = 0;
		if (v->lineno < v->offset)
			v->offset = v->lineno;
		if (v->height > 0 && v->lineno >= v->offset + v->height)
			v->offset = v->lineno - v->height + 1;
	}
	if (v->offset > last_top)
		v->offset = last_top;
	if (v->offset < 0)
		v->offset = 0;
}

static void
view_place(struct view *v, int y, int height)
{
	int	width = display_cols();

	v->y = y;
	v->height = height > 0 ? height : 0;
	v->shown = true;
	if (width != v->width) {
		v->width = width;
		if (v->ops->layout != NULL)
			v->ops->layout(v);
	}
	view_clamp(v);
}

/*
 * The top view fills the screen above its title bar and the message
 * line; a reader over the library shares it, the library above.
 */
void
view_layout(struct ui *ui)
{
	struct view	*top = view_top(ui), *below;
	int		 lines = display_lines(), split = ui->opt[OPTION_SPLIT_LINES];
	int		 i;

	for (i = 0; i < ui->nviews; i++)
		ui->views[i]->shown = false;
	if (top == NULL || view_too_small())
		return;
	below = ui->nviews > 1 ? ui->views[ui->nviews - 2] : NULL;
	if (top->ops->kind == VIEW_READER && below != NULL &&
	    below->ops->kind == VIEW_LIBRARY && split > 0 &&
	    lines - 3 - split >= VIEW_READER_MIN) {
		view_place(below, 0, split);
		view_place(top, split + 1, lines - 3 - split);
	} else
		view_place(top, 0, lines - 2);
}

static void
view_draw_title(struct view *v)
{
	struct buf	left = BUF_INIT, right = BUF_INIT;
	int		rw, room;

	v->ops->title(v, &left, &right);
	display_line(v->y + v->height);
	rw = utf8_width(buf_str(&right), right.len);
	room = display_cols() - rw - 3;
	display_puts(ROLE_TITLE, " ");
	if (room > 0)
		display_put(ROLE_TITLE, buf_str(&left), utf8_fit(buf_str(&left),
		    left.len, room, NULL));
	display_fill(ROLE_TITLE, display_cols() - rw - 1);
	display_put(ROLE_TITLE, buf_str(&right), right.len);
	display_fill(ROLE_TITLE, -1);
	buf_free(&left);
	buf_free(&right);
}

static void
view_draw_one(struct view *v)
{
	int64_t	lineno;
	bool	sel;
	int	r;

	for (r = 0; r < v->height; r++) {
		lineno = v->offset + r;
		display_line(v->y + r);
		if (lineno >= v->nlines)
			continue;
		sel = v->ops->cursor && lineno == v->lineno;
		v->ops->draw(v, lineno, sel);
		if (sel)
			display_fill(ROLE_SELECTION, -1);
	}
	view_draw_title(v);
}

static void
view_draw_too_small(void)
{
	int	y;

	for (y = 0; y < display_lines(); y++)
		display_line(y);
	display_line(0);
	display_printf(ROLE_ERROR, "Too small: %dx%d", display_cols(),
	    display_lines());
	display_line(1);
	display_printf(ROLE_ERROR, "Needs %dx%d", UI_MIN_COLS, UI_MIN_LINES);
}

/* Draw every shown view and the message line; show the result. */
void
view_draw(struct ui *ui)
{
	int	i, cy = -1, cx = 0;

	if (view_too_small()) {
		view_draw_too_small();
		display_update(-1, 0);
		return;
	}
	for (i = 0; i < ui->nviews; i++)
		if (ui->views[i]->shown)
			view_draw_one(ui->views[i]);
	display_line(display_lines() - 1);
	if (!prompt_draw(&cx))
		display_puts(ui->msg_error ? ROLE_ERROR : ROLE_STATUS,
		    buf_str(&ui->msg));
	else
		cy = display_lines() - 1;
	display_update(cy, cx);
}

/* Put the cursor (lists) or the top (pagers) on a line. */
void
view_goto(struct view *v, int64_t lineno)
{
	if (v->ops->cursor)
		v->lineno = lineno;
	else
		v->offset = lineno;
	view_clamp(v);
}

/*
 * Scroll a pager so that lines first..first+n are in view, with some
 * context above when it has to move.
 */
void
view_show_line(struct view *v, int64_t first, int n)
{
	int64_t	context = v->height / 4;

	if (first >= v->offset && first + n <= v->offset + v->height)
		return;
	v->offset = first - (n < v->height - context ? context : 0);
	view_clamp(v);
}

static int64_t
view_page(const struct view *v, enum action a)
{
	int64_t	page = v->height > 1 ? v->height : 1;

	if (a == ACTION_HALF_DOWN || a == ACTION_HALF_UP)
		page = page / 2 > 0 ? page / 2 : 1;
	return page;
}

/* Lists move the cursor (and the page with it); pagers the page. */
static int
view_move(struct view *v, enum action a)
{
	static const struct {
		enum action	a;
		int		sign;		/* -1 up, 1 down */
		int		pages;		/* 0: a line */
	} moves[] = {
		{ ACTION_MOVE_DOWN, 1, 0 }, { ACTION_MOVE_UP, -1, 0 },
		{ ACTION_PAGE_DOWN, 1, 1 }, { ACTION_PAGE_UP, -1, 1 },
		{ ACTION_HALF_DOWN, 1, 1 }, { ACTION_HALF_UP, -1, 1 },
	};
	int64_t	delta;
	size_t	i;

	for (i = 0; i < sizeof moves / sizeof moves[0] && moves[i].a != a; i++)
		;
	if (i == sizeof moves / sizeof moves[0])
		return 0;
	delta = moves[i].sign * (moves[i].pages ? view_page(v, a) : 1);
	if (v->ops->cursor)
		v->lineno += delta;
	if (!v->ops->cursor || moves[i].pages)
		v->offset += delta;
	view_clamp(v);
	return 1;
}

static int
view_act_first(struct view *v)
{
	view_goto(v, 0);
	return 1;
}

static int
view_act_last(struct view *v)
{
	view_goto(v, v->nlines - 1);
	return 1;
}

static int
view_search_prompt(struct view *v, bool back)
{
	char	*q;

	if (prompt_read(v->ui, back ? "?" : "/", NULL, NULL, NULL, &q) == -1)
		return 1;
	if (*q != '\0') {
		free(v->ui->search);
		v->ui->search = q;
		v->ui->search_back = back;
		view_search(v, q, back, false);
	} else
		free(q);
	return 1;
}

static int
view_act_search(struct view *v)
{
	return view_search_prompt(v, false);
}

static int
view_act_search_back(struct view *v)
{
	return view_search_prompt(v, true);
}

static int
view_find_again(struct view *v, bool reverse)
{
	if (v->ui->search == NULL) {
		ui_error(v->ui, "Nothing to find yet: search with /");
		return 1;
	}
	view_search(v, v->ui->search, v->ui->search_back != reverse, true);
	return 1;
}

static int
view_act_find_next(struct view *v)
{
	return view_find_again(v, false);
}

static int
view_act_find_prev(struct view *v)
{
	return view_find_again(v, true);
}

static int
view_act_prompt(struct view *v)
{
	char	*line;

	if (prompt_read(v->ui, ":", NULL, NULL, NULL, &line) == 0) {
		ui_command(v->ui, line);
		free(line);
	}
	return 1;
}

static int
view_act_back(struct view *v)
{
	if (v->ui->nviews <= 1)
		v->ui->quit = true;
	else
		view_pop(v->ui);
	return 1;
}

static int
view_act_quit(struct view *v)
{
	v->ui->quit = true;
	return 1;
}

static int
view_act_redraw(struct view *v)
{
	display_redraw();
	return 1;
}

static int
view_act_help(struct view *v)
{
	view_push(v->ui, help_new(v->ui, v->ops->kind));
	return 1;
}

/* The quotes of an article, or (article 0) of a speaker across the index. */
void
view_open_quotes(struct ui *ui, int64_t article, const char *name)
{
	struct quotes_query	 q = { article, name };
	struct view		*v;

	if (article == 0 && (name == NULL || *name == '\0'))
		ui_error(ui, "Nobody is named as saying this");
	else if ((v = quotes_new(ui, &q)) != NULL)
		view_push(ui, v);
}

void
view_open_sources(struct ui *ui, int64_t article)
{
	view_push(ui, sources_new(ui, article));
}

static int64_t
view_article(struct view *v)
{
	return v->ops->article != NULL ? v->ops->article(v) : 0;
}

static int
view_act_quotes(struct view *v)
{
	if (view_article(v) != 0)
		view_open_quotes(v->ui, view_article(v), NULL);
	return 1;
}

static int
view_act_sources(struct view *v)
{
	if (view_article(v) != 0)
		view_open_sources(v->ui, view_article(v));
	return 1;
}

static int
view_act_split(struct view *v)
{
	ui_toggle_split(v->ui);
	return 1;
}

/* What every view does the same way, unless it has a way of its own. */
static const struct view_action view_generic[] = {
	{ ACTION_FIRST, view_act_first },
	{ ACTION_LAST, view_act_last },
	{ ACTION_SEARCH, view_act_search },
	{ ACTION_SEARCH_BACK, view_act_search_back },
	{ ACTION_FIND_NEXT, view_act_find_next },
	{ ACTION_FIND_PREV, view_act_find_prev },
	{ ACTION_PROMPT, view_act_prompt },
	{ ACTION_BACK, view_act_back },
	{ ACTION_QUIT, view_act_quit },
	{ ACTION_REDRAW, view_act_redraw },
	{ ACTION_HELP, view_act_help },
	{ ACTION_ARTICLE_QUOTES, view_act_quotes },
	{ ACTION_ARTICLE_SOURCES, view_act_sources },
	{ ACTION_TOGGLE_SPLIT, view_act_split },
};

static int
view_run(struct view *v, const struct view_action *t, size_t n,
    enum action a)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (t[i].action == a)
			return t[i].fn(v);
	return 0;
}

/* The view's own way of doing a, else the way of every view. */
int
view_action(struct view *v, enum action a)
{
	return view_run(v, v->ops->actions, v->ops->nactions, a) ||
	    view_run(v, VIEW_ACTIONS(view_generic), a) || view_move(v, a);
}

/* ASCII letters match in any case; other text as written. */
bool
view_text_match(const char *s, size_t n, const char *q)
{
	size_t	qn = strlen(q), i;

	if (qn == 0 || qn > n)
		return false;
	for (i = 0; i + qn <= n; i++)
		if (strncasecmp(s + i, q, qn) == 0)
			return true;
	return false;
}

/*
 * Where a search starts: the cursor in a list; in a pager the last line
 * found while it is on screen (the last page cannot scroll to the top,
 * so n would find the same line again), else the top line.
 */
static int64_t
view_search_from(const struct view *v)
{
	if (v->ops->cursor)
		return v->lineno;
	if (v->found >= v->offset && v->found < v->offset + v->height)
		return v->found;
	return v->offset;
}

/*
 * Find the next line containing q, from the cursor (lists) or the top
 * line (pagers), wrapping around the end.  again: start past the
 * current line, as n and N do.
 */
int
view_search(struct view *v, const char *q, bool back, bool again)
{
	int64_t	from = view_search_from(v), i, line;

	if (v->ops->match == NULL || v->nlines == 0) {
		ui_error(v->ui, "Nothing to search here");
		return -1;
	}
	for (i = again ? 1 : 0; i <= v->nlines; i++) {
		line = back ? from - i : from + i;
		line = ((line % v->nlines) + v->nlines) % v->nlines;
		if (!v->ops->match(v, line, q))
			continue;
		view_goto(v, line);
		v->found = line;
		if (back ? line > from : line < from)
			ui_message(v->ui, "Search wrapped around: %s", q);
		return 0;
	}
	ui_error(v->ui, "No match for: %s", q);
	return -1;
}

static struct view *
view_at(struct ui *ui, int y)
{
	int	i;

	for (i = ui->nviews - 1; i >= 0; i--)
		if (ui->views[i]->shown && y >= ui->views[i]->y &&
		    y < ui->views[i]->y + ui->views[i]->height)
			return ui->views[i];
	return NULL;
}

static void
view_wheel(struct view *v, int lines)
{
	int64_t	last_top = v->nlines - v->height;

	/* The page moves; the cursor stays on screen, as in tig. */
	v->offset += lines;
	if (v->offset > last_top)
		v->offset = last_top;
	if (v->offset < 0)
		v->offset = 0;
	if (v->ops->cursor && v->lineno < v->offset)
		v->lineno = v->offset;
	if (v->ops->cursor && v->lineno >= v->offset + v->height)
		v->lineno = v->offset + v->height - 1;
	view_clamp(v);
}

/* A click selects (a second click opens); the wheel scrolls. */
static void
view_click(struct view *v, int64_t line, int x)
{
	enum action	enter = keys_lookup(v->ops->kind, KEYC_ENTER);
	bool		again = v->ops->cursor && line == v->lineno;

	if (line >= v->nlines)
		return;
	if (v->ops->click != NULL)
		v->ops->click(v, line, x);
	else
		view_goto(v, line);
	if (again && enter != ACTION_NONE)
		view_action(v, enter);
}

void
view_mouse(struct ui *ui, const struct input *in)
{
	struct view	*v = view_at(ui, in->y);
	int		 n = ui->opt[OPTION_WHEEL_LINES];

	if (v == NULL)
		return;
	if (in->key == KEYC_WHEEL_UP || in->key == KEYC_WHEEL_DOWN)
		view_wheel(v, in->key == KEYC_WHEEL_UP ? -n : n);
	else if (v != view_top(ui)) {
		/* The library above the reader: read the clicked article. */
		view_goto(v, v->offset + (in->y - v->y));
		reader_load(view_top(ui), library_selected(v));
	} else
		view_click(v, v->offset + (in->y - v->y), in->x);
}

/*
 * The reader: one article, wrapped to the window, with every quote in
 * the colour of its stance, the speaker and the cue where the text
 * names them, and the outlets that relay quotes.  ] [ move between
 * quotes, } { between denials; the title bar says who said the current
 * quote, in what role, with which verb, through whom, and its stance.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mark.h"
#include "utf8.h"
#include "view.h"
#include "wrap.h"
#include "xmalloc.h"

enum reader_src { SRC_TITLE, SRC_META, SRC_BLANK, SRC_BODY };

struct reader_line {
	uint32_t	start, end;	/* bytes of its source text */
	enum reader_src	src;
};

struct reader_quote {
	int64_t		 id;
	uint32_t	 start, end;
	enum stance	 stance;
	char		*speaker, *mention, *role, *cue, *via;
};

struct reader {
	int64_t			 id;
	bool			 read;
	char			*title, *meta, *body;
	size_t			 len;
	unsigned char		*roles;		/* a theme role per body byte */
	struct reader_quote	*q;
	size_t			 nq;
	struct reader_line	*lines;
	size_t			 nlines, cap, first_body;
	uint32_t		 sel_start, sel_end;	/* the current quote or place */
	bool			 has_sel;
	struct walk		 walk;
};

static const struct view_ops reader_ops;

static void
reader_free_article(struct reader *r)
{
	size_t	i;

	for (i = 0; i < r->nq; i++) {
		free(r->q[i].speaker);
		free(r->q[i].mention);
		free(r->q[i].role);
		free(r->q[i].cue);
		free(r->q[i].via);
	}
	free(r->q);
	free(r->title);
	free(r->meta);
	free(r->body);
	free(r->roles);
	r->q = NULL;
	r->nq = 0;
	r->title = r->meta = r->body = NULL;
	r->roles = NULL;
	r->has_sel = false;
}

void
walk_free(struct walk *w)
{
	free(w->what);
	free(w->v);
	memset(w, 0, sizeof *w);
}

static char *
reader_dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* "Outlet · date · By byline", or the file an article came from. */
char *
reader_meta(const struct article_row *a)
{
	struct buf	b = BUF_INIT;

	buf_adds(&b, "");
	if (a->outlet != NULL)
		buf_printf(&b, "%s", a->outlet);
	if (a->date != NULL)
		buf_printf(&b, "%s%s", b.len ? " \xc2\xb7 " : "", a->date);
	if (a->byline != NULL)
		buf_printf(&b, "%sBy %s", b.len ? " \xc2\xb7 " : "", a->byline);
	if (b.len == 0 && a->file != NULL)
		buf_adds(&b, strrchr(a->file, '/') != NULL ?
		    strrchr(a->file, '/') + 1 : a->file);
	return buf_detach(&b);
}

static int
reader_take_article(void *ctx, const struct article_row *a)
{
	struct reader	*r = ctx;

	r->title = xstrdup(a->title != NULL && *a->title ? a->title :
	    "(no title)");
	r->meta = reader_meta(a);
	r->body = xstrdup(a->body != NULL ? a->body : "");
	r->len = strlen(r->body);
	r->read = a->read;
	return 0;
}

static char *
reader_join_via(const struct quote_row *q)
{
	struct buf	b = BUF_INIT;
	int		i;

	if (q->nvia == 0)
		return NULL;
	for (i = 0; i < q->nvia; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", q->via[i]);
	return buf_detach(&b);
}

static void
reader_paint(struct reader *r, uint32_t start, uint32_t end,
    enum theme_role role)
{
	if (end > r->len)
		end = (uint32_t)r->len;
	if (start < end)
		memset(r->roles + start, (int)role, end - start);
}

/* Each quote: who (at the cue), the cue, then its words in its stance. */
static int
reader_take_quote(void *ctx, const struct quote_row *row)
{
	struct reader		*r = ctx;
	struct reader_quote	*q;

	r->q = xreallocarray(r->q, r->nq + 1, sizeof *r->q);
	q = &r->q[r->nq++];
	q->id = row->id;
	q->start = row->start;
	q->end = row->end;
	q->stance = row->stance < STANCE_COUNT ? row->stance : STANCE_CLAIM;
	q->speaker = reader_dup(row->speaker);
	q->mention = reader_dup(row->mention);
	q->role = reader_dup(row->role);
	q->cue = reader_dup(row->cue);
	q->via = reader_join_via(row);
	reader_paint(r, row->mention_start, row->mention_end, ROLE_SPEAKER);
	reader_paint(r, row->cue_start, row->cue_end, ROLE_CUE);
	return 0;
}

static int
reader_paint_relay(void *ctx, uint32_t start, uint32_t end)
{
	reader_paint(ctx, start, end, ROLE_RELAY);
	return 0;
}

struct reader_sources {
	struct reader	*r;
	int64_t		*ids;
	size_t		 n;
};

/* Is this source named in some quote's via? */
static bool
reader_relays(const struct reader *r, const char *name)
{
	size_t	i, n = strlen(name);
	char	*p;

	for (i = 0; i < r->nq; i++)
		for (p = r->q[i].via; p != NULL && (p = strstr(p, name)) != NULL;
		    p += n)
			if ((p == r->q[i].via || p[-1] == ' ') &&
			    (p[n] == '\0' || p[n] == ','))
				return true;
	return false;
}

static int
reader_take_source(void *ctx, const struct source_row *s)
{
	struct reader_sources	*rs = ctx;

	if (s->name == NULL || !reader_relays(rs->r, s->name))
		return 0;
	rs->ids = xreallocarray(rs->ids, rs->n + 1, sizeof *rs->ids);
	rs->ids[rs->n++] = s->id;
	return 0;
}

/* Outlets and documents that relay a quote, wherever the text names them. */
static int
reader_paint_relays(struct view *v, struct error *err)
{
	struct reader		*r = v->data;
	struct reader_sources	 rs = { r, NULL, 0 };
	size_t			 i;
	int			 rc;

	rc = index_sources(v->ui->ix, r->id, reader_take_source, &rs, err);
	for (i = 0; rc == 0 && i < rs.n; i++)
		rc = index_mentions(v->ui->ix, rs.ids[i], reader_paint_relay, r,
		    err);
	free(rs.ids);
	return rc;
}

static void
reader_paint_quotes(struct reader *r)
{
	size_t	i;

	for (i = 0; i < r->nq; i++)
		reader_paint(r, r->q[i].start, r->q[i].end,
		    theme_stance(r->q[i].stance));
}

static int
reader_fetch(struct view *v, int64_t id, struct error *err)
{
	struct reader		*r = v->data;
	struct index_quote_query q = { .articles = &id, .narticles = 1,
	    .stance = -1 };

	reader_free_article(r);
	r->id = id;
	if (index_article(v->ui->ix, id, reader_take_article, r, err) == -1)
		return -1;
	r->roles = xcalloc(r->len + 1, 1);
	if (index_quotes(v->ui->ix, &q, reader_take_quote, r, err) == -1 ||
	    reader_paint_relays(v, err) == -1)
		return -1;
	reader_paint_quotes(r);
	return 0;
}

static void
reader_add_line(struct reader *r, uint32_t start, uint32_t end,
    enum reader_src src)
{
	if (r->nlines == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 256;
		r->lines = xreallocarray(r->lines, r->cap, sizeof *r->lines);
	}
	r->lines[r->nlines++] = (struct reader_line){ start, end, src };
}

/* Lines of one source text, from byte base on. */
struct reader_wrapping {
	struct reader	*r;
	enum reader_src	 src;
	size_t		 base;
};

static void
reader_emit(void *ctx, size_t start, size_t end)
{
	struct reader_wrapping	*w = ctx;

	reader_add_line(w->r, (uint32_t)(w->base + start),
	    (uint32_t)(w->base + end), w->src);
}

static void
reader_wrap(struct reader *r, const char *s, size_t base, size_t n,
    int width, enum reader_src src)
{
	struct reader_wrapping	w = { r, src, base };

	wrap_text(s + base, n, width, reader_emit, &w);
}

/* The body's lines: paragraphs wrapped, a blank line between them. */
static void
reader_wrap_body(struct reader *r, int width)
{
	size_t	pos = 0, eol;

	r->first_body = r->nlines;
	while (pos < r->len) {
		eol = pos + strcspn(r->body + pos, "\n");
		if (eol == pos)
			reader_add_line(r, (uint32_t)pos, (uint32_t)pos, SRC_BODY);
		else
			reader_wrap(r, r->body, pos, eol - pos, width, SRC_BODY);
		pos = eol + 1;
	}
}

static int
reader_width(const struct view *v)
{
	int	w = v->width - 1, max = v->ui->opt[OPTION_WRAP_WIDTH];

	return max > 0 && max < w ? max : w;
}

/* The line holding body byte off (the first at or after it). */
static int64_t
reader_line_of(const struct reader *r, uint32_t off)
{
	size_t	lo = r->first_body, hi = r->nlines, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (r->lines[mid].end < off ||
		    (r->lines[mid].end == off && r->lines[mid].start < off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nlines ? (int64_t)lo : (int64_t)r->nlines - 1;
}

/* Wrap again; the body text at the top stays at the top. */
static void
reader_layout(struct view *v)
{
	struct reader	*r = v->data;
	int		 width = reader_width(v);
	uint32_t	 anchor = 0;
	bool		 in_body = false;

	if (r->nlines > 0 && (size_t)v->offset >= r->first_body &&
	    (size_t)v->offset < r->nlines) {
		anchor = r->lines[v->offset].start;
		in_body = true;
	}
	r->nlines = 0;
	reader_wrap(r, r->title, 0, strlen(r->title), width, SRC_TITLE);
	if (*r->meta != '\0')
		reader_wrap(r, r->meta, 0, strlen(r->meta), width, SRC_META);
	reader_add_line(r, 0, 0, SRC_BLANK);
	reader_wrap_body(r, width);
	v->nlines = (int64_t)r->nlines;
	if (in_body)
		v->offset = reader_line_of(r, anchor);
	if (r->has_sel)
		view_show_line(v, reader_line_of(r, r->sel_start), 1);
}

static bool
reader_in_walk(const struct reader *r, uint32_t off)
{
	size_t	i;

	for (i = 0; i < r->walk.n; i++)
		if (r->walk.v[i].article == r->id && off >= r->walk.v[i].start &&
		    off < r->walk.v[i].end)
			return true;
	return false;
}

/* Where the last search matches in a line: those bytes get the match role. */
static void
reader_mark_search(const char *s, size_t n, const char *q, unsigned char *lr)
{
	size_t	qn = q != NULL ? strlen(q) : 0, i;

	if (qn == 0)
		return;
	for (i = 0; i + qn <= n; i++)
		if (strncasecmp(s + i, q, qn) == 0)
			memset(lr + i, ROLE_MATCH, qn);
}

/*
 * The role of each byte of a body line, the moment's marks on top: the
 * selection, then search matches, then the quote marked for comparison,
 * then the places of a walk where the text has no role of its own (a
 * walk of quotes keeps their colours).
 */
static void
reader_line_roles(struct view *v, const struct reader_line *l,
    unsigned char *lr)
{
	struct reader	*r = v->data;
	uint32_t	 b;

	memcpy(lr, r->roles + l->start, l->end - l->start);
	for (b = l->start; r->walk.n > 0 && b < l->end; b++)
		if (lr[b - l->start] == ROLE_DEFAULT && reader_in_walk(r, b))
			lr[b - l->start] = ROLE_MATCH;
	for (b = l->start; v->ui->mark.article == r->id && b < l->end; b++)
		if (mark_covers(v->ui, r->id, b))
			lr[b - l->start] = ROLE_MARKED;
	reader_mark_search(r->body + l->start, l->end - l->start, v->ui->search,
	    lr);
	for (b = l->start; r->has_sel && b < l->end; b++)
		if (b >= r->sel_start && b < r->sel_end)
			lr[b - l->start] = ROLE_SELECTION;
}

static void
reader_draw_body(struct view *v, const struct reader_line *l)
{
	struct reader	*r = v->data;
	size_t		 n = l->end - l->start;
	unsigned char	*lr = xmalloc(n + 1);

	reader_line_roles(v, l, lr);
	display_put_roles(r->body + l->start, n, lr);
	free(lr);
}

static void
reader_draw(struct view *v, int64_t lineno, bool sel)
{
	struct reader		*r = v->data;
	const struct reader_line *l = &r->lines[lineno];

	switch (l->src) {
	case SRC_TITLE:
		display_put(ROLE_HEADER, r->title + l->start, l->end - l->start);
		break;
	case SRC_META:
		display_put(ROLE_META, r->meta + l->start, l->end - l->start);
		break;
	case SRC_BODY:
		reader_draw_body(v, l);
		break;
	case SRC_BLANK:
		break;
	}
}

static bool
reader_match(struct view *v, int64_t lineno, const char *q)
{
	struct reader		*r = v->data;
	const struct reader_line *l = &r->lines[lineno];
	const char		*s = l->src == SRC_TITLE ? r->title :
				    l->src == SRC_META ? r->meta : r->body;

	return view_text_match(s + l->start, l->end - l->start, q);
}

/* The quote at body byte off, or -1. */
static int
reader_quote_at(const struct reader *r, uint32_t off)
{
	size_t	i;

	for (i = 0; i < r->nq; i++)
		if (off >= r->q[i].start && off < r->q[i].end)
			return (int)i;
	return -1;
}

/* The quote the selection is in, or -1. */
static int
reader_current(const struct reader *r)
{
	return r->has_sel ? reader_quote_at(r, r->sel_start) : -1;
}

/* The stance, who, in what role, with which verb, through whom. */
static void
reader_quote_status(const struct reader_quote *q, struct buf *b)
{
	buf_printf(b, "%s \xc2\xb7 ", attrib_stance_name(q->stance));
	buf_adds(b, q->speaker != NULL ? q->speaker : q->mention != NULL ?
	    q->mention : "unknown speaker");
	if (q->role != NULL)
		buf_printf(b, ", %s", q->role);
	if (q->cue != NULL)
		buf_printf(b, " \xc2\xb7 %s", q->cue);
	if (q->via != NULL)
		buf_printf(b, " \xc2\xb7 via %s", q->via);
}

static int
reader_percent(const struct view *v)
{
	int64_t	seen = v->offset + v->height;

	if (v->nlines == 0 || seen >= v->nlines)
		return 100;
	return (int)(seen * 100 / v->nlines);
}

static unsigned
reader_count(const struct reader *r, enum stance s)
{
	size_t		i;
	unsigned	n = 0;

	for (i = 0; i < r->nq; i++)
		n += r->q[i].stance == s;
	return n;
}

static void
reader_title(struct view *v, struct buf *left, struct buf *right)
{
	struct reader	*r = v->data;
	int		 cur = reader_current(r);
	unsigned	 denials = reader_count(r, STANCE_DENIAL);

	if (cur >= 0)
		reader_quote_status(&r->q[cur], left);
	else
		buf_adds(left, r->title);
	if (r->walk.n > 0 && r->walk.what != NULL)
		buf_printf(right, "%s %zu/%zu", r->walk.what, r->walk.cur + 1,
		    r->walk.n);
	else if (cur >= 0)
		buf_printf(right, "quote %d/%zu", cur + 1, r->nq);
	else
		buf_printf(right, "%zu quote%s, %u denial%s", r->nq,
		    r->nq == 1 ? "" : "s", denials, denials == 1 ? "" : "s");
	buf_printf(right, " \xc2\xb7 %d%%", reader_percent(v));
}

static bool
reader_any(const struct reader_quote *q)
{
	return true;
}

static bool
reader_denial(const struct reader_quote *q)
{
	return q->stance == STANCE_DENIAL;
}

static void
reader_select(struct view *v, uint32_t start, uint32_t end)
{
	struct reader	*r = v->data;
	int64_t		 first = reader_line_of(r, start);
	int64_t		 last = reader_line_of(r, end > start ? end - 1 : end);

	r->has_sel = true;
	r->sel_start = start;
	r->sel_end = end;
	view_show_line(v, first, (int)(last - first + 1));
}

static bool
reader_sel_shown(const struct view *v)
{
	const struct reader	*r = v->data;
	int64_t			 line;

	if (!r->has_sel)
		return false;
	line = reader_line_of(r, r->sel_start);
	return line >= v->offset && line < v->offset + v->height;
}

/* Body offset of the top (or bottom) line on screen. */
static uint32_t
reader_page_edge(const struct view *v, bool top)
{
	const struct reader	*r = v->data;
	int64_t			 line = top ? v->offset : v->offset + v->height;

	if (line < (int64_t)r->first_body)
		return 0;
	if (line >= (int64_t)r->nlines)
		return (uint32_t)r->len;
	return r->lines[line].start;
}

/*
 * The next (or previous) quote that pred accepts: after the current
 * one if it is on screen, else from the top (or bottom) of the page.
 */
static int
reader_find_quote(struct view *v, bool forward,
    bool (*pred)(const struct reader_quote *))
{
	struct reader	*r = v->data;
	bool		 from_sel = reader_sel_shown(v);
	uint32_t	 from = from_sel ? r->sel_start : reader_page_edge(v, forward);
	size_t		 i;

	for (i = 0; i < r->nq; i++) {
		size_t	k = forward ? i : r->nq - 1 - i;

		if (!pred(&r->q[k]))
			continue;
		if (forward ? (r->q[k].start > from ||
		    (!from_sel && r->q[k].start == from)) : r->q[k].start < from)
			return (int)k;
	}
	return -1;
}

static int
reader_step_quote(struct view *v, bool forward, bool denials)
{
	struct reader	*r = v->data;
	int		 k = reader_find_quote(v, forward, denials ? reader_denial :
			    reader_any);
	const char	*what = denials ? "denial" : "quote";

	if (k >= 0)
		reader_select(v, r->q[k].start, r->q[k].end);
	else if (denials ? reader_count(r, STANCE_DENIAL) == 0 : r->nq == 0)
		ui_error(v->ui, "No %s in this article", what);
	else
		ui_error(v->ui, "No %s %s", what, forward ? "below" : "above");
	return 1;
}

static int reader_act_next_quote(struct view *v) { return reader_step_quote(v, true, false); }
static int reader_act_prev_quote(struct view *v) { return reader_step_quote(v, false, false); }
static int reader_act_next_denial(struct view *v) { return reader_step_quote(v, true, true); }
static int reader_act_prev_denial(struct view *v) { return reader_step_quote(v, false, true); }

static void
reader_mark_read(struct view *v)
{
	struct reader	*r = v->data;
	struct error	 err;

	if (r->read || !v->ui->opt[OPTION_MARK_READ])
		return;
	if (index_set_read(v->ui->ix, r->id, true, &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		return;
	}
	r->read = true;
	library_set_read(v->ui->views[0], r->id, true);
}

/* Show article id from its top; -1 (and the message) if there is none. */
static int
reader_show(struct view *v, int64_t id)
{
	struct reader	*r = v->data;
	struct error	 err;

	if (index_article(v->ui->ix, id, NULL, NULL, &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		return -1;
	}
	if (reader_fetch(v, id, &err) == -1)
		ui_error(v->ui, "%s", err.msg);
	r->nlines = 0;
	v->offset = 0;
	if (v->width > 0)
		reader_layout(v);
	reader_mark_read(v);
	library_follow(v->ui->views[0], id);
	return 0;
}

int
reader_load(struct view *v, int64_t id)
{
	struct reader	*r = v->data;

	walk_free(&r->walk);
	return reader_show(v, id);
}

int64_t
reader_article(struct view *v)
{
	return ((struct reader *)v->data)->id;
}

static void
reader_walk_show(struct view *v)
{
	struct reader		*r = v->data;
	const struct walk_target *t = &r->walk.v[r->walk.cur];

	if (t->article != r->id && reader_show(v, t->article) == -1)
		return;
	reader_select(v, t->start, t->end);
}

/* Make the quote at start..end of the article the current one. */
void
reader_show_quote(struct view *v, uint32_t start, uint32_t end)
{
	walk_free(&((struct reader *)v->data)->walk);
	reader_select(v, start, end);
}

/* Walk a list of places (taking it over), starting at its cur. */
void
reader_walk(struct view *v, struct walk *w)
{
	struct reader	*r = v->data;

	walk_free(&r->walk);
	r->walk = *w;
	memset(w, 0, sizeof *w);
	if (r->walk.n == 0)
		return;
	free(v->ui->search);		/* n and N now walk */
	v->ui->search = NULL;
	reader_walk_show(v);
}

static int
reader_walk_step(struct view *v, int dir)
{
	struct reader	*r = v->data;
	size_t		 n = r->walk.n;

	if (n == 0)
		return 0;		/* n and N search */
	if ((dir > 0 && r->walk.cur + 1 == n) || (dir < 0 && r->walk.cur == 0))
		ui_message(v->ui, "Wrapped around: %s", r->walk.what != NULL ?
		    r->walk.what : "the quotes");
	r->walk.cur = (r->walk.cur + n + (size_t)(dir > 0 ? 1 : n - 1)) % n;
	reader_walk_show(v);
	return 1;
}

static int reader_act_find_next(struct view *v) { return reader_walk_step(v, 1); }
static int reader_act_find_prev(struct view *v) { return reader_walk_step(v, -1); }

/* A new search ends a walk: n and N go back to searching. */
static int
reader_act_search(struct view *v)
{
	walk_free(&((struct reader *)v->data)->walk);
	return 0;
}

static int
reader_step_article(struct view *v, int delta)
{
	int64_t	id;

	if (library_step(v->ui->views[0], delta, &id) == -1)
		ui_error(v->ui, "This is the %s article of the library",
		    delta > 0 ? "last" : "first");
	else
		reader_load(v, id);
	return 1;
}

static int reader_act_next_article(struct view *v) { return reader_step_article(v, 1); }
static int reader_act_prev_article(struct view *v) { return reader_step_article(v, -1); }

static int
reader_act_read(struct view *v)
{
	struct reader	*r = v->data;
	struct error	 err;

	if (index_set_read(v->ui->ix, r->id, !r->read, &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		return 1;
	}
	r->read = !r->read;
	library_set_read(v->ui->views[0], r->id, r->read);
	ui_message(v->ui, "Marked %s", r->read ? "read" : "unread");
	return 1;
}

static int
reader_act_speaker(struct view *v)
{
	struct reader	*r = v->data;
	int		 cur = reader_current(r);

	if (cur < 0)
		ui_error(v->ui, "No quote selected: ] goes to the next one");
	else
		view_open_quotes(v->ui, 0, r->q[cur].speaker);
	return 1;
}

/* c: mark the current quote, or compare it with the one marked. */
static int
reader_act_mark(struct view *v)
{
	struct reader	*r = v->data;
	int		 cur = reader_current(r);

	if (cur < 0)
		ui_error(v->ui, "No quote selected: ] goes to the next one");
	else
		mark_quote(v->ui, VIEW_READER, r->q[cur].id);
	return 1;
}

/* C: the article's suggested pairs, from the current quote's on. */
static int
reader_act_pairs(struct view *v)
{
	struct reader		*r = v->data;
	int			 cur = reader_current(r);
	struct pairs_query	 q = { .article = r->id,
	    .select = cur >= 0 ? r->q[cur].id : 0 };
	struct view		*pv;

	if ((pv = pairs_new(v->ui, &q)) != NULL)
		view_push(v->ui, pv);
	return 1;
}

static const struct view_action reader_actions[] = {
	{ ACTION_NEXT_QUOTE, reader_act_next_quote },
	{ ACTION_PREV_QUOTE, reader_act_prev_quote },
	{ ACTION_NEXT_DENIAL, reader_act_next_denial },
	{ ACTION_PREV_DENIAL, reader_act_prev_denial },
	{ ACTION_NEXT_ARTICLE, reader_act_next_article },
	{ ACTION_PREV_ARTICLE, reader_act_prev_article },
	{ ACTION_FIND_NEXT, reader_act_find_next },
	{ ACTION_FIND_PREV, reader_act_find_prev },
	{ ACTION_SEARCH, reader_act_search },
	{ ACTION_SEARCH_BACK, reader_act_search },
	{ ACTION_TOGGLE_READ, reader_act_read },
	{ ACTION_SPEAKER_QUOTES, reader_act_speaker },
	{ ACTION_COMPARE_MARK, reader_act_mark },
	{ ACTION_COMPARE_SUGGEST, reader_act_pairs },
};

/* A click on a quote makes it the current one. */
static void
reader_click(struct view *v, int64_t lineno, int x)
{
	struct reader		*r = v->data;
	const struct reader_line *l = &r->lines[lineno];
	size_t			 off = l->start, k;
	int			 w, col = 0, q;

	if (l->src != SRC_BODY)
		return;
	while (off < l->end) {
		k = utf8_grapheme(r->body + off, l->end - off, &w);
		if (col + w > x)
			break;
		col += w;
		off += k;
	}
	if (off < l->end && (q = reader_quote_at(r, (uint32_t)off)) >= 0)
		reader_select(v, r->q[q].start, r->q[q].end);
}

static void
reader_close(struct view *v)
{
	struct reader	*r = v->data;

	reader_free_article(r);
	walk_free(&r->walk);
	free(r->lines);
	free(r);
}

static const struct view_ops reader_ops = {
	.kind = VIEW_READER, .draw = reader_draw, .title = reader_title,
	.actions = VIEW_ACTIONS(reader_actions), .match = reader_match,
	.layout = reader_layout, .article = reader_article,
	.click = reader_click, .close = reader_close
};

struct view *
reader_new(struct ui *ui, int64_t id)
{
	struct reader	*r = xcalloc(1, sizeof *r);
	struct view	*v = view_new(ui, &reader_ops, r);

	if (reader_show(v, id) == -1) {
		reader_close(v);
		free(v);
		return NULL;
	}
	return v;
}

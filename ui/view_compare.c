/*
 * Two claims side by side: who said each (speaker, role, stance, cue,
 * the outlets that relayed it), where (article, outlet, date), and the
 * quote in its paragraph, with the terms both use and the negation that
 * sets them against each other highlighted.  From CMP_WIDE columns the
 * sides stand side by side, below that one above the other.
 *
 * Tab or a click moves the focus, J and K put the focused side's next
 * or previous candidate counterpart of the other side in its place, x
 * swaps the sides, and Enter reads the focused quote in its article (q
 * comes back).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "pairs.h"
#include "view.h"
#include "wrap.h"
#include "xmalloc.h"

#define CMP_WIDE	120	/* columns from which the sides stand side by side */
#define CMP_GUTTER	2	/* the focus bar and a space */
#define CMP_RULE	" \xe2\x94\x82 "
#define CMP_RULE_W	3
#define CMP_PARA_MAX	2000	/* bytes: a longer paragraph shows its sentence */
#define CMP_CANDIDATES	8	/* counterparts across the index, at most */
#define CMP_MIN_WRAP	10

/* Text with a theme role a byte. */
struct cmp_block {
	struct buf	text, roles;
};

struct cmp_line {
	size_t		block, start, end;
};

/* Blocks wrapped into lines: a side, or what stands between two. */
struct cmp_text {
	struct cmp_block	*b;
	size_t			 nb;
	struct cmp_line		*lines;
	size_t			 nlines, cap;
	size_t			 wrapping, seg;	/* block and segment being wrapped */
};

struct cmp_side {
	struct quote_row	*q;
	struct cmp_text		 t;
	char			*title, *meta;
	char			*para;		/* the paragraph (or sentence) shown */
	uint32_t		 base;		/* where para starts in the body */
	uint32_t		 sent_start, sent_end;	/* the quote's sentence in para */
	char			**names;	/* the article's sources */
	size_t			 nnames;
	struct pair_set		 cands;		/* counterparts of the other side */
	int64_t			 cands_of;	/* the other side's quote, or 0 */
};

struct compare {
	struct cmp_side	 s[2];
	struct cmp_text	 sep;		/* stacked: the relation between */
	int		 focus;
	int		 relation;	/* enum claim_relation or COMPARE_NONE */
	double		 score;
	char		*why;
	bool		 wide;
};

static struct cmp_block *
cmp_block(struct cmp_text *t)
{
	t->b = xreallocarray(t->b, t->nb + 1, sizeof *t->b);
	memset(&t->b[t->nb], 0, sizeof *t->b);
	buf_adds(&t->b[t->nb].text, "");
	buf_adds(&t->b[t->nb].roles, "");
	return &t->b[t->nb++];
}

static void
cmp_add(struct cmp_block *b, enum theme_role role, const char *s)
{
	size_t	n = strlen(s), i;

	buf_add(&b->text, s, n);
	for (i = 0; i < n; i++)
		buf_addc(&b->roles, (char)role);
}

static void
cmp_paint(struct cmp_block *b, size_t start, size_t end, enum theme_role role)
{
	if (end > b->roles.len)
		end = b->roles.len;
	if (start < end)
		memset(b->roles.s + start, (int)role, end - start);
}

static void
cmp_text_free(struct cmp_text *t)
{
	size_t	i;

	for (i = 0; i < t->nb; i++) {
		buf_free(&t->b[i].text);
		buf_free(&t->b[i].roles);
	}
	free(t->b);
	free(t->lines);
	memset(t, 0, sizeof *t);
}

static void
cmp_add_line(struct cmp_text *t, size_t start, size_t end)
{
	if (t->nlines == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->lines = xreallocarray(t->lines, t->cap, sizeof *t->lines);
	}
	t->lines[t->nlines++] = (struct cmp_line){ t->wrapping, start, end };
}

static void
cmp_emit(void *ctx, size_t start, size_t end)
{
	struct cmp_text	*t = ctx;

	cmp_add_line(t, t->seg + start, t->seg + end);
}

/* Each block's lines (a newline starts one), wrapped to width. */
static void
cmp_wrap(struct cmp_text *t, int width)
{
	const char	*s;
	size_t		 n, pos, eol;

	t->nlines = 0;
	for (t->wrapping = 0; t->wrapping < t->nb; t->wrapping++) {
		s = buf_str(&t->b[t->wrapping].text);
		n = t->b[t->wrapping].text.len;
		if (n == 0)
			cmp_add_line(t, 0, 0);
		for (pos = 0; pos < n; pos = eol + 1) {
			eol = pos + strcspn(s + pos, "\n");
			if (eol == pos)
				cmp_add_line(t, pos, pos);
			t->seg = pos;
			wrap_text(s + pos, eol - pos, width, cmp_emit, t);
		}
	}
}

static const char *
cmp_line_text(const struct cmp_text *t, size_t line, size_t *n)
{
	const struct cmp_line	*l = &t->lines[line];

	*n = l->end - l->start;
	return t->b[l->block].text.s + l->start;
}

static void
cmp_draw_text(const struct cmp_text *t, size_t line)
{
	const struct cmp_line	*l = &t->lines[line];
	size_t			 n;
	const char		*s = cmp_line_text(t, line, &n);

	display_put_roles(s, n, (const unsigned char *)t->b[l->block].roles.s +
	    l->start);
}

/* "Ines Mallory, operations director", or as the text names the speaker. */
static void
cmp_who_block(struct cmp_text *t, const struct quote_row *q)
{
	struct cmp_block	*b = cmp_block(t);

	if (q->speaker != NULL || q->mention != NULL)
		cmp_add(b, ROLE_SPEAKER, q->speaker != NULL ? q->speaker :
		    q->mention);
	else
		cmp_add(b, ROLE_META, "unknown speaker");
	if (q->role != NULL) {
		cmp_add(b, ROLE_DEFAULT, ", ");
		cmp_add(b, ROLE_DEFAULT, q->role);
	}
}

/* "denial · said · via Valley Post" */
static void
cmp_stance_block(struct cmp_text *t, const struct quote_row *q)
{
	struct cmp_block	*b = cmp_block(t);
	int			 i;

	cmp_add(b, theme_stance(q->stance), attrib_stance_name(q->stance));
	if (q->cue != NULL) {
		cmp_add(b, ROLE_META, " \xc2\xb7 ");
		cmp_add(b, ROLE_CUE, q->cue);
	}
	for (i = 0; i < q->nvia; i++) {
		cmp_add(b, ROLE_META, i ? ", " : " \xc2\xb7 via ");
		cmp_add(b, ROLE_RELAY, q->via[i]);
	}
}

/* A body span in the paragraph's coordinates, painted if it is there. */
static void
cmp_paint_body(struct cmp_block *b, const struct cmp_side *s, uint32_t start,
    uint32_t end, enum theme_role role)
{
	if (start >= s->base && end > start)
		cmp_paint(b, start - s->base, end - s->base, role);
}

/* The paragraph: the quote in its stance, who and the cue, then marks. */
static void
cmp_body_block(struct cmp_text *t, const struct cmp_side *s,
    const struct claim_marks *m)
{
	struct cmp_block	*b = cmp_block(t);
	const struct quote_row	*q = s->q;
	size_t			 i;

	cmp_add(b, ROLE_DEFAULT, s->para);
	cmp_paint_body(b, s, q->start, q->end, theme_stance(q->stance));
	cmp_paint_body(b, s, q->mention_start, q->mention_end, ROLE_SPEAKER);
	cmp_paint_body(b, s, q->cue_start, q->cue_end, ROLE_CUE);
	for (i = 0; i < m->n; i++)
		cmp_paint(b, s->sent_start + m->v[i].start,
		    s->sent_start + m->v[i].end, m->v[i].negation ?
		    ROLE_NEGATION : ROLE_SHARED);
}

static void
cmp_side_blocks(struct cmp_side *s, const struct claim_marks *m)
{
	cmp_text_free(&s->t);
	cmp_who_block(&s->t, s->q);
	cmp_stance_block(&s->t, s->q);
	cmp_add(cmp_block(&s->t), ROLE_HEADER, s->title);
	if (*s->meta != '\0')
		cmp_add(cmp_block(&s->t), ROLE_META, s->meta);
	cmp_block(&s->t);
	cmp_body_block(&s->t, s, m);
}

/* Stacked, the sides are parted by their relation and why. */
static void
cmp_sep_blocks(struct compare *c)
{
	struct cmp_block	*b;
	char			 score[16];

	cmp_text_free(&c->sep);
	cmp_block(&c->sep);
	b = cmp_block(&c->sep);
	cmp_add(b, ROLE_META, "\xe2\x94\x80\xe2\x94\x80 ");
	if (c->relation == COMPARE_NONE) {
		cmp_add(b, ROLE_META, "no relation found");
	} else {
		snprintf(score, sizeof score, " %.2f: ", c->score);
		cmp_add(b, theme_relation(c->relation),
		    claims_relation_name(c->relation));
		cmp_add(b, ROLE_META, score);
		cmp_add(b, ROLE_DEFAULT, c->why);
	}
	cmp_block(&c->sep);
}

static char *
cmp_sentence(const struct cmp_side *s)
{
	return xstrndup(s->para + s->sent_start, s->sent_end - s->sent_start);
}

/* Both sides' text, with what each shares with the other marked. */
static void
cmp_build(struct compare *c)
{
	struct claim_marks	 m[2];
	const char		**names;
	char			*sent[2];
	size_t			 n = 0, i, k;

	names = xcalloc(c->s[0].nnames + c->s[1].nnames + 1, sizeof *names);
	for (i = 0; i < 2; i++) {
		sent[i] = cmp_sentence(&c->s[i]);
		for (k = 0; k < c->s[i].nnames; k++)
			names[n++] = c->s[i].names[k];
	}
	claims_marks(sent[0], sent[1], names, n, m);
	for (i = 0; i < 2; i++) {
		cmp_side_blocks(&c->s[i], &m[i]);
		claims_marks_free(&m[i]);
		free(sent[i]);
	}
	free(names);
	cmp_sep_blocks(c);
}

/* The quote's paragraph, or its sentence when the paragraph is long. */
static void
cmp_paragraph(struct cmp_side *s, const char *body)
{
	size_t		len = strlen(body), ps, pe;
	uint32_t	start = s->q->start < len ? s->q->start : (uint32_t)len;
	uint32_t	end = s->q->end < len ? s->q->end : (uint32_t)len;
	struct span	sent = article_sentence(body, len, (struct span){ start,
			    end > start ? end : start });

	for (ps = start; ps > 0 && body[ps - 1] != '\n'; ps--)
		;
	for (pe = end; pe < len && body[pe] != '\n'; pe++)
		;
	if (pe - ps > CMP_PARA_MAX) {
		ps = sent.start < start ? sent.start : start;
		pe = sent.end > end ? sent.end : end;
	}
	s->para = xstrndup(body + ps, pe - ps);
	s->base = (uint32_t)ps;
	s->sent_start = sent.start > ps ? (uint32_t)(sent.start - ps) : 0;
	s->sent_end = sent.end < pe ? (uint32_t)(sent.end - ps) :
	    (uint32_t)(pe - ps);
	if (s->sent_end < s->sent_start)
		s->sent_end = s->sent_start;
}

static int
cmp_take_article(void *ctx, const struct article_row *a)
{
	struct cmp_side	*s = ctx;

	s->title = xstrdup(a->title != NULL && *a->title != '\0' ? a->title :
	    "(no title)");
	s->meta = reader_meta(a);
	cmp_paragraph(s, a->body != NULL ? a->body : "");
	return 0;
}

static int
cmp_take_quote(void *ctx, const struct quote_row *q)
{
	struct cmp_side	*s = ctx;

	if (s->q == NULL)
		s->q = index_quote_dup(q);
	return 0;
}

static int
cmp_take_name(void *ctx, const struct source_row *r)
{
	struct cmp_side	*s = ctx;

	s->names = xreallocarray(s->names, s->nnames + 1, sizeof *s->names);
	s->names[s->nnames++] = xstrdup(r->name != NULL ? r->name : "");
	return 0;
}

/* All of a side but its candidates, which outlive the quote shown. */
static void
cmp_side_clear(struct cmp_side *s)
{
	size_t	i;

	index_quote_free(s->q);
	cmp_text_free(&s->t);
	free(s->title);
	free(s->meta);
	free(s->para);
	for (i = 0; i < s->nnames; i++)
		free(s->names[i]);
	free(s->names);
	s->q = NULL;
	s->title = s->meta = s->para = NULL;
	s->names = NULL;
	s->nnames = 0;
}

static int
cmp_side_load(struct ui *ui, struct cmp_side *s, int64_t id, struct error *err)
{
	struct index_quote_query q = { .ids = &id, .nids = 1, .stance = -1 };

	if (index_quotes(ui->ix, &q, cmp_take_quote, s, err) == -1)
		return -1;
	if (s->q == NULL)
		return error_set(err, "quote %lld is not in the index",
		    (long long)id);
	if (index_article(ui->ix, s->q->article, cmp_take_article, s, err) == -1)
		return -1;
	return index_sources(ui->ix, s->q->article, cmp_take_name, s, err);
}

static void
cmp_set_relation(struct compare *c, int relation, double score,
    const char *why)
{
	free(c->why);
	c->relation = relation;
	c->score = score;
	c->why = xstrdup(why != NULL ? why : "");
}

/* Two quotes brought together by hand: do they pair? */
static int
cmp_relate(struct ui *ui, struct compare *c, struct error *err)
{
	struct claim_pair	p;
	int			rc;

	if ((rc = index_relate(ui->ix, c->s[0].q, c->s[1].q, &p, err)) == -1)
		return -1;
	if (rc == 0)
		cmp_set_relation(c, COMPARE_NONE, 0, NULL);
	else
		cmp_set_relation(c, (int)p.relation, p.score, p.why);
	return 0;
}

static int
cmp_col_width(const struct view *v)
{
	const struct compare	*c = v->data;

	return c->wide ? (v->width - CMP_RULE_W) / 2 : v->width;
}

static void
cmp_layout(struct view *v)
{
	struct compare	*c = v->data;
	int		 w;
	size_t		 n0, n1;

	c->wide = v->width >= CMP_WIDE;
	w = cmp_col_width(v) - CMP_GUTTER - (c->wide ? 0 : 1);
	cmp_wrap(&c->s[0].t, w > CMP_MIN_WRAP ? w : CMP_MIN_WRAP);
	cmp_wrap(&c->s[1].t, w > CMP_MIN_WRAP ? w : CMP_MIN_WRAP);
	cmp_wrap(&c->sep, v->width > CMP_MIN_WRAP ? v->width - 1 : CMP_MIN_WRAP);
	n0 = c->s[0].t.nlines;
	n1 = c->s[1].t.nlines;
	v->nlines = (int64_t)(c->wide ? (n0 > n1 ? n0 : n1) :
	    n0 + c->sep.nlines + n1);
}

/* The focus bar, then the side's line if it has one. */
static void
cmp_draw_side(struct view *v, int side, int64_t line)
{
	struct compare	*c = v->data;

	display_puts(side == c->focus ? ROLE_SELECTION : ROLE_DEFAULT, " ");
	display_puts(ROLE_DEFAULT, " ");
	if (line < (int64_t)c->s[side].t.nlines)
		cmp_draw_text(&c->s[side].t, (size_t)line);
}

static void
cmp_draw(struct view *v, int64_t lineno, bool sel)
{
	struct compare	*c = v->data;
	int64_t		 n0 = (int64_t)c->s[0].t.nlines;
	int64_t		 ns = (int64_t)c->sep.nlines;

	if (c->wide) {
		cmp_draw_side(v, 0, lineno);
		display_fill(ROLE_DEFAULT, cmp_col_width(v));
		display_puts(ROLE_META, CMP_RULE);
		cmp_draw_side(v, 1, lineno);
	} else if (lineno < n0)
		cmp_draw_side(v, 0, lineno);
	else if (lineno < n0 + ns)
		cmp_draw_text(&c->sep, (size_t)(lineno - n0));
	else
		cmp_draw_side(v, 1, lineno - n0 - ns);
}

/* Where the focused quote is among its side's candidates, or -1. */
static int
cmp_cand_pos(const struct compare *c)
{
	const struct cmp_side	*s = &c->s[c->focus], *o = &c->s[!c->focus];
	size_t			 i;

	if (s->cands_of != o->q->id)
		return -1;
	for (i = 0; i < s->cands.n; i++)
		if (pairs_other(&s->cands.v[i], o->q->id) == s->q->id)
			return (int)i;
	return -1;
}

static void
cmp_title(struct view *v, struct buf *left, struct buf *right)
{
	struct compare	*c = v->data;
	static const char *const where[2][2] = {
		{ "top", "bottom" }, { "left", "right" }
	};
	int		 pos = cmp_cand_pos(c);

	buf_adds(left, "[compare] ");
	if (c->relation == COMPARE_NONE)
		buf_adds(left, "no relation found");
	else
		buf_printf(left, "%s %.2f \xc2\xb7 %s",
		    claims_relation_name(c->relation), c->score, c->why);
	buf_adds(right, where[c->wide][c->focus]);
	if (pos >= 0)
		buf_printf(right, " %d/%zu", pos + 1, c->s[c->focus].cands.n);
}

static bool
cmp_text_match(const struct cmp_text *t, int64_t line, const char *q)
{
	const char	*s;
	size_t		 n;

	if (line < 0 || line >= (int64_t)t->nlines)
		return false;
	s = cmp_line_text(t, (size_t)line, &n);
	return view_text_match(s, n, q);
}

static bool
cmp_match(struct view *v, int64_t lineno, const char *q)
{
	struct compare	*c = v->data;
	int64_t		 n0 = (int64_t)c->s[0].t.nlines;
	int64_t		 ns = (int64_t)c->sep.nlines;

	if (c->wide)
		return cmp_text_match(&c->s[0].t, lineno, q) ||
		    cmp_text_match(&c->s[1].t, lineno, q);
	return cmp_text_match(&c->s[0].t, lineno, q) ||
	    cmp_text_match(&c->sep, lineno - n0, q) ||
	    cmp_text_match(&c->s[1].t, lineno - n0 - ns, q);
}

/* Stacked, bring the focused side into view. */
static void
cmp_show_focus(struct view *v)
{
	struct compare	*c = v->data;
	size_t		 n = c->s[c->focus].t.nlines;

	if (c->wide || v->height <= 0)
		return;
	view_show_line(v, c->focus == 0 ? 0 : (int64_t)(c->s[0].t.nlines +
	    c->sep.nlines), (int)(n < (size_t)v->height ? n : (size_t)v->height));
}

/* The text changed: lay it out again at the same width. */
static void
cmp_relayout(struct view *v)
{
	if (v->width <= 0)
		return;
	cmp_layout(v);
	view_goto(v, v->offset);
	cmp_show_focus(v);
}

static int
cmp_act_switch(struct view *v)
{
	struct compare	*c = v->data;

	c->focus = !c->focus;
	cmp_show_focus(v);
	return 1;
}

/* x: the sides change places; the focus stays with its quote. */
static int
cmp_act_swap(struct view *v)
{
	struct compare	*c = v->data;
	struct cmp_side	 t = c->s[0];

	c->s[0] = c->s[1];
	c->s[1] = t;
	c->focus = !c->focus;
	cmp_relayout(v);
	ui_message(v->ui, "Swapped the sides");
	return 1;
}

static const char *
cmp_who(const struct cmp_side *s)
{
	return s->q->speaker != NULL ? s->q->speaker : s->q->mention != NULL ?
	    s->q->mention : "the other side";
}

/* The candidates for side s: counterparts of the other side's quote. */
static int
cmp_gather(struct view *v, struct cmp_side *s, const struct cmp_side *o)
{
	struct error	err;

	if (s->cands_of == o->q->id)
		return 0;
	pairs_free(&s->cands);
	if (pairs_of_quote(v->ui->ix, o->q->id, o->q->article, CMP_CANDIDATES,
	    &s->cands, &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		pairs_free(&s->cands);
		return -1;
	}
	pairs_sort(&s->cands);
	s->cands_of = o->q->id;
	return 0;
}

/* Show quote id on a side, in the relation p gives it to the other. */
static int
cmp_replace(struct view *v, int side, int64_t id, const struct pair_item *p)
{
	struct compare	*c = v->data;
	struct cmp_side	 fresh;
	struct error	 err;

	memset(&fresh, 0, sizeof fresh);
	if (cmp_side_load(v->ui, &fresh, id, &err) == -1) {
		ui_error(v->ui, "%s", err.msg);
		cmp_side_clear(&fresh);
		return -1;
	}
	fresh.cands = c->s[side].cands;
	fresh.cands_of = c->s[side].cands_of;
	cmp_side_clear(&c->s[side]);
	c->s[side] = fresh;
	cmp_set_relation(c, p->relation, p->score, p->why);
	cmp_build(c);
	cmp_relayout(v);
	return 0;
}

static int
cmp_step(struct view *v, int dir)
{
	struct compare	*c = v->data;
	struct cmp_side	*s = &c->s[c->focus], *o = &c->s[!c->focus];
	int		 k, n, next;

	if (cmp_gather(v, s, o) == -1)
		return 1;
	if ((n = (int)s->cands.n) == 0) {
		ui_error(v->ui, "No counterparts of what %s said were found",
		    cmp_who(o));
		return 1;
	}
	k = cmp_cand_pos(c);
	if (k >= 0 && n == 1) {
		ui_message(v->ui, "This is the only counterpart found");
		return 1;
	}
	next = k < 0 ? (dir > 0 ? 0 : n - 1) : (k + n + dir) % n;
	if (cmp_replace(v, c->focus, pairs_other(&s->cands.v[next], o->q->id),
	    &s->cands.v[next]) == 0 && k >= 0 && next == (dir > 0 ? 0 : n - 1))
		ui_message(v->ui, "Wrapped around: the counterparts of what %s "
		    "said", cmp_who(o));
	return 1;
}

static int cmp_act_next(struct view *v) { return cmp_step(v, 1); }
static int cmp_act_prev(struct view *v) { return cmp_step(v, -1); }

/* Enter: the focused quote in its article, over this view. */
static int
cmp_act_open(struct view *v)
{
	struct compare		*c = v->data;
	const struct quote_row	*q = c->s[c->focus].q;
	uint32_t		 start = q->start, end = q->end;
	struct view		*r;

	if ((r = reader_new(v->ui, q->article)) == NULL)
		return 1;
	view_push(v->ui, r);
	reader_show_quote(r, start, end);
	ui_message(v->ui, "q goes back to the comparison");
	return 1;
}

/* A click on a side gives it the focus. */
static void
cmp_click(struct view *v, int64_t lineno, int x)
{
	struct compare	*c = v->data;
	int		 side = c->wide ? x >= cmp_col_width(v) :
			     lineno >= (int64_t)c->s[0].t.nlines;

	if (side != c->focus)
		cmp_act_switch(v);
}

static int64_t
cmp_article(struct view *v)
{
	struct compare	*c = v->data;

	return c->s[c->focus].q->article;
}

static const struct view_action cmp_actions[] = {
	{ ACTION_SWITCH_SIDE, cmp_act_switch },
	{ ACTION_SWAP_SIDES, cmp_act_swap },
	{ ACTION_NEXT_COUNTERPART, cmp_act_next },
	{ ACTION_PREV_COUNTERPART, cmp_act_prev },
	{ ACTION_OPEN_SIDE, cmp_act_open },
};

static void
cmp_free(struct compare *c)
{
	int	i;

	for (i = 0; i < 2; i++) {
		cmp_side_clear(&c->s[i]);
		pairs_free(&c->s[i].cands);
	}
	cmp_text_free(&c->sep);
	free(c->why);
	free(c);
}

static void
cmp_close(struct view *v)
{
	cmp_free(v->data);
}

static const struct view_ops compare_ops = {
	.kind = VIEW_COMPARE, .draw = cmp_draw, .title = cmp_title,
	.actions = VIEW_ACTIONS(cmp_actions), .match = cmp_match,
	.layout = cmp_layout, .article = cmp_article, .click = cmp_click,
	.close = cmp_close
};

/* Quotes p->a and p->b side by side; NULL (and the message) if not. */
struct view *
compare_new(struct ui *ui, const struct compare_pair *p)
{
	struct compare	*c = xcalloc(1, sizeof *c);
	struct error	 err;
	int		 rc;

	rc = cmp_side_load(ui, &c->s[0], p->a, &err);
	if (rc == 0)
		rc = cmp_side_load(ui, &c->s[1], p->b, &err);
	if (rc == 0 && p->relation == COMPARE_RELATE)
		rc = cmp_relate(ui, c, &err);
	else if (rc == 0)
		cmp_set_relation(c, p->relation, p->score, p->why);
	if (rc == -1) {
		ui_error(ui, "%s", err.msg);
		cmp_free(c);
		return NULL;
	}
	cmp_build(c);
	if (c->relation == COMPARE_NONE)
		ui_message(ui, "No relation found between the two quotes");
	return view_new(ui, &compare_ops, c);
}

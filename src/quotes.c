/*
 * Pairing quotation marks.  Whether a mark opens or closes is read from
 * its type when the type says so (U+201C opens) and from its spacing when
 * it does not (" opens after a space and before a word), with the spacing
 * winning when the two disagree and only one reading pairs.  Each
 * paragraph starts outside any quotation: a quotation left open at the end
 * of one is continued only if the next paragraph opens with a mark.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "quotes.h"
#include "xmalloc.h"

enum qdir { QDIR_OPEN, QDIR_CLOSE, QDIR_EITHER };

struct quotes_state {
	struct tokens	*t;
	struct quotes	*q;
	bool		 single;	/* single marks quote (no double marks) */
	long		 open;		/* token of the pending opener, or -1 */
	bool		 open_single;
	int		 depth;		/* double marks nested in the open one */
	uint32_t	 line;
};

static bool
quotes_is_double(uint8_t m)
{
	return m == MARK_DQ_OPEN || m == MARK_DQ_CLOSE || m == MARK_DQ;
}

/* Does anything but space or an opening bracket or dash precede token i? */
static bool
quotes_attached_before(const struct tokens *t, size_t i)
{
	const struct tok	*p;

	if (t->v[i].flags & TF_SPACE_BEFORE)
		return false;
	p = &t->v[i - 1];
	return !(p->mark == MARK_LPAREN || p->mark == MARK_DASH ||
	    p->mark == MARK_COLON || (p->kind == TOK_QUOTE &&
	    (p->flags & TF_OPEN)));
}

/* Is token i followed, without a space, by a word, number or opener? */
static bool
quotes_attached_after(const struct tokens *t, size_t i)
{
	const struct tok	*n;

	if ((t->v[i].flags & TF_SPACE_AFTER) || i + 1 >= t->n)
		return false;
	n = &t->v[i + 1];
	return n->kind == TOK_WORD || n->kind == TOK_NUM ||
	    n->mark == MARK_ELLIPSIS || n->mark == MARK_LPAREN ||
	    n->mark == MARK_SQ_OPEN || n->mark == MARK_SQ;
}

/* Direction of the mark at token i, from its spacing, then its type. */
static enum qdir
quotes_direction(const struct tokens *t, size_t i)
{
	bool	before = quotes_attached_before(t, i);
	bool	after = quotes_attached_after(t, i);
	uint8_t	m = t->v[i].mark;

	if (!before && after)
		return QDIR_OPEN;
	if (before && !after)
		return QDIR_CLOSE;
	if (m == MARK_DQ_OPEN || m == MARK_SQ_OPEN)
		return QDIR_OPEN;
	if (m == MARK_DQ_CLOSE || m == MARK_SQ_CLOSE)
		return QDIR_CLOSE;
	return QDIR_EITHER;
}

static bool
quotes_is_stop(const struct tok *k)
{
	return k->mark == MARK_COMMA;
}

/* Record the quotation between opener o and closer c (tokens). */
static void
quotes_add(struct quotes_state *st, size_t o, size_t c, uint16_t flags)
{
	struct tokens	*t = st->t;
	struct quotes	*q = st->q;
	struct quote	*x;
	size_t		 i, last = c;

	while (last > o + 1 && quotes_is_stop(&t->v[last - 1]))
		last--;
	if (last <= o + 1)
		return;			/* empty: “” */
	if (q->n == q->cap) {
		q->cap = q->cap ? q->cap * 2 : 16;
		q->v = xreallocarray(q->v, q->cap, sizeof *q->v);
	}
	x = &q->v[q->n];
	memset(x, 0, sizeof *x);
	x->open = (uint32_t)o;
	x->close = (uint32_t)c;
	x->first = (uint32_t)o + 1;
	x->last = (uint32_t)last;
	x->text.start = t->v[o + 1].start;
	x->text.end = t->v[last - 1].end;
	x->prev = -1;
	x->flags = flags | (st->open_single ? QUOTE_SINGLE : 0);
	for (i = o + 1; i < c; i++) {
		t->v[i].flags |= TF_QUOTED;
		t->v[i].quote = (int32_t)q->n;
		x->nwords += t->v[i].kind == TOK_WORD || t->v[i].kind == TOK_NUM;
	}
	t->v[o].flags |= TF_OPEN;
	t->v[o].quote = (int32_t)q->n;
	if (c < t->n && !(flags & QUOTE_UNCLOSED)) {
		t->v[c].flags |= TF_CLOSE;
		t->v[c].quote = (int32_t)q->n;
	}
	q->n++;
}

/* How far ahead a mark looks for the closers that would nest it. */
#define QUOTES_NEST_REACH	200

/*
 * An opener inside an open quotation: nested ('"he calls "hell" than"')
 * if at least two closers follow in the paragraph for each opener, else
 * the earlier mark never closed.
 */
static bool
quotes_nested(const struct tokens *t, size_t i)
{
	size_t	k;
	int	closers = 0;

	for (k = i + 1; k < t->n && k - i < QUOTES_NEST_REACH &&
	    t->v[k].line == t->v[i].line; k++) {
		if (t->v[k].kind != TOK_QUOTE || !quotes_is_double(t->v[k].mark))
			continue;
		closers += quotes_direction(t, k) == QDIR_OPEN ? -1 : 1;
	}
	return closers >= 2;
}

/* A quotation mark at token i. */
static void
quotes_mark(struct quotes_state *st, size_t i)
{
	uint8_t		m = st->t->v[i].mark;
	bool		dbl = quotes_is_double(m);
	enum qdir	d;

	if (!dbl && !st->single)
		return;			/* nested or an apostrophe */
	if (st->open >= 0 && dbl != !st->open_single)
		return;			/* the other kind, nested */
	d = quotes_direction(st->t, i);
	if (st->open < 0) {
		if (d == QDIR_CLOSE)
			return;		/* stray closer */
		st->open = (long)i;
		st->open_single = !dbl;
		return;
	}
	if (d == QDIR_OPEN && m != MARK_DQ && m != MARK_SQ) {
		if (dbl && quotes_nested(st->t, i)) {
			st->depth++;
			return;
		}
		/* an opener while open: the earlier mark never closed */
		quotes_add(st, (size_t)st->open, i, QUOTE_UNCLOSED);
		st->open = (long)i;
		return;
	}
	if (st->depth > 0) {
		st->depth--;
		return;
	}
	quotes_add(st, (size_t)st->open, i, 0);
	st->open = -1;
}

/* End of a paragraph at token end: close what is open there. */
static void
quotes_line_end(struct quotes_state *st, size_t end)
{
	if (st->open >= 0)
		quotes_add(st, (size_t)st->open, end, QUOTE_UNCLOSED);
	st->open = -1;
	st->depth = 0;
}

/* Link a quotation re-opened at a paragraph start to the one before. */
static void
quotes_link(struct tokens *t, struct quotes *q)
{
	size_t	i;

	for (i = 1; i < q->n; i++) {
		struct quote	*a = &q->v[i - 1], *b = &q->v[i];

		if ((a->flags & QUOTE_UNCLOSED) &&
		    (t->v[b->open].flags & TF_LINE_START) &&
		    t->v[b->open].line == t->v[a->first].line + 1) {
			a->flags |= QUOTE_CONTINUES;
			b->prev = (int32_t)(i - 1);
		}
	}
}

/*
 * Where double marks quote, a single mark glued to a word ending in s and
 * followed by a space is the plural possessive ("the Sanders' campaign").
 */
static void
quotes_possessives(struct tokens *t)
{
	struct tok	*k;
	size_t		 i;

	for (i = 1; i < t->n; i++) {
		k = &t->v[i];
		if (k->kind != TOK_QUOTE || (k->mark != MARK_SQ &&
		    k->mark != MARK_SQ_CLOSE) || (k->flags & TF_SPACE_BEFORE) ||
		    !(k->flags & TF_SPACE_AFTER) || t->v[i - 1].kind != TOK_WORD ||
		    (t->text[t->v[i - 1].end - 1] | 0x20) != 's')
			continue;
		k->kind = TOK_WORD;
		k->flags |= TF_POSS;
		k->hash = tokens_hash("'", 1);
	}
}

void
quotes_scan(struct tokens *t, struct quotes *q)
{
	struct quotes_state	st;
	size_t			i;

	memset(q, 0, sizeof *q);
	memset(&st, 0, sizeof st);
	st.t = t;
	st.q = q;
	st.open = -1;
	st.single = true;
	for (i = 0; i < t->n && st.single; i++)
		if (t->v[i].kind == TOK_QUOTE && quotes_is_double(t->v[i].mark))
			st.single = false;
	if (!st.single)
		quotes_possessives(t);
	for (i = 0; i < t->n; i++) {
		if (i > 0 && t->v[i].line != t->v[i - 1].line)
			quotes_line_end(&st, i);
		if (t->v[i].kind == TOK_QUOTE)
			quotes_mark(&st, i);
	}
	quotes_line_end(&st, t->n);
	quotes_link(t, q);
}

void
quotes_free(struct quotes *q)
{
	free(q->v);
	memset(q, 0, sizeof *q);
}

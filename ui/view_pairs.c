/*
 * Suggested pairs of claims as a list, best first: those of an article
 * (found at import within it, and counterparts across the index), or
 * the counterparts of one speaker's quotes across the index.  Enter
 * puts a pair side by side.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "pairs.h"
#include "view.h"
#include "xmalloc.h"

#define PAIRS_PER_QUOTE		3	/* counterparts of each quote */
#define PAIRS_MAX_QUOTES	200	/* of a speaker's, searched at most */
#define PAIRS_RELATION_W	12
#define PAIRS_SCORE_W		6
#define PAIRS_WHERE_W		26

struct pairs {
	struct pair_set	 set;
	char		*what;		/* whose or which article's pairs */
	bool		 across;	/* a speaker's, across the index */
	bool		 topic;		/* on a topic, across the index */
	size_t		 searched;	/* of the speaker's quotes */
};

/* Where the other side is: the same article, or another's title. */
static const char *
pairs_where(const struct pair_item *p)
{
	if (p->article_a == p->article_b)
		return "same article";
	return p->article_a == p->home ? p->title_b : p->title_a;
}

static void
pairs_draw(struct view *v, int64_t lineno, bool sel)
{
	const struct pair_item	*p = &((struct pairs *)v->data)->set.v[lineno];
	char			 score[16];

	snprintf(score, sizeof score, "%.2f", p->score);
	display_put_col(sel ? ROLE_SELECTION : theme_relation(p->relation),
	    claims_relation_name(p->relation), PAIRS_RELATION_W);
	display_put_col(sel ? ROLE_SELECTION : ROLE_META, score, PAIRS_SCORE_W);
	display_put_col(sel ? ROLE_SELECTION : ROLE_META, pairs_where(p),
	    PAIRS_WHERE_W - 2);
	display_put_col(sel ? ROLE_SELECTION : ROLE_DEFAULT, "", 2);
	display_puts(sel ? ROLE_SELECTION : ROLE_DEFAULT, p->why);
}

static void
pairs_title(struct view *v, struct buf *left, struct buf *right)
{
	struct pairs	*ps = v->data;

	if (ps->topic)
		buf_printf(left, "[pairs] on %s, across the index", ps->what);
	else if (ps->across)
		buf_printf(left, "[pairs] of what %s said, across the index",
		    ps->what);
	else
		buf_printf(left, "[pairs] of %s", ps->what);
	if (v->nlines > 0)
		buf_printf(right, "%lld/%zu", (long long)v->lineno + 1,
		    ps->set.n);
	else
		buf_adds(right, "none");
}

static bool
pairs_match(struct view *v, int64_t lineno, const char *q)
{
	const struct pair_item	*p = &((struct pairs *)v->data)->set.v[lineno];
	const char		*where = pairs_where(p);

	return view_text_match(p->why, strlen(p->why), q) ||
	    view_text_match(where, strlen(where), q);
}

static int
pairs_act_open(struct view *v)
{
	struct pairs		*ps = v->data;
	const struct pair_item	*p;
	struct compare_pair	 cp;
	struct view		*cmp;

	if (ps->set.n == 0)
		return 1;
	p = &ps->set.v[v->lineno];
	cp = (struct compare_pair){ p->a, p->b, p->relation, p->score, p->why };
	if ((cmp = compare_new(v->ui, &cp)) != NULL)
		view_push(v->ui, cmp);
	return 1;
}

/* The article of the selected pair's first side. */
static int64_t
pairs_article(struct view *v)
{
	struct pairs	*ps = v->data;

	return ps->set.n > 0 ? ps->set.v[v->lineno].article_a : 0;
}

static const struct view_action pairs_actions[] = {
	{ ACTION_OPEN_PAIR, pairs_act_open },
};

static void
pairs_free_all(struct pairs *ps)
{
	pairs_free(&ps->set);
	free(ps->what);
	free(ps);
}

static void
pairs_close(struct view *v)
{
	pairs_free_all(v->data);
}

static const struct view_ops pairs_ops = {
	.kind = VIEW_PAIRS, .cursor = true, .draw = pairs_draw,
	.title = pairs_title, .actions = VIEW_ACTIONS(pairs_actions),
	.match = pairs_match, .article = pairs_article, .close = pairs_close
};

static int
pairs_take_title(void *ctx, const struct article_row *a)
{
	*(char **)ctx = xstrdup(a->title != NULL && *a->title != '\0' ?
	    a->title : "(no title)");
	return 0;
}

static int
pairs_fetch(struct ui *ui, const struct pairs_query *q, struct pairs *ps,
    struct error *err)
{
	size_t	i;
	int	rc = 0;

	if (q->topic != NULL) {
		ps->across = ps->topic = true;
		ps->what = xstrdup(q->topic);
		return pairs_of_topic(ui->ix, q->topic, &ps->set, err);
	}
	if (q->article != 0) {
		if (index_article(ui->ix, q->article, pairs_take_title,
		    &ps->what, err) == -1)
			return -1;
		return pairs_of_article(ui->ix, q->article, PAIRS_PER_QUOTE,
		    &ps->set, err);
	}
	ps->across = true;
	ps->what = xstrdup(q->name != NULL ? q->name : "the speaker");
	for (i = 0; i < q->nquotes && i < PAIRS_MAX_QUOTES && rc == 0; i++)
		rc = pairs_of_quote(ui->ix, q->quotes[i].id, q->quotes[i].article,
		    PAIRS_PER_QUOTE, &ps->set, err);
	ps->searched = i;
	return rc;
}

/* The first pair of quote id, or 0. */
static int64_t
pairs_find(const struct pair_set *set, int64_t id)
{
	size_t	i;

	for (i = 0; id != 0 && i < set->n; i++)
		if (set->v[i].a == id || set->v[i].b == id)
			return (int64_t)i;
	return 0;
}

static void
pairs_say(struct ui *ui, const struct pairs *ps, size_t asked)
{
	if (ps->set.n == 0)
		ui_message(ui, ps->topic ? "No pairs of claims on %s" :
		    ps->across ? "No counterparts of what %s said in the index" :
		    "No pairs of claims found in %s", ps->what);
	else if (ps->across && ps->searched < asked)
		ui_message(ui, "Counterparts of the first %zu of %zu quotes",
		    ps->searched, asked);
}

struct view *
pairs_new(struct ui *ui, const struct pairs_query *q)
{
	struct pairs	*ps = xcalloc(1, sizeof *ps);
	struct error	 err;
	struct view	*v;

	if (pairs_fetch(ui, q, ps, &err) == -1) {
		ui_error(ui, "%s", err.msg);
		pairs_free_all(ps);
		return NULL;
	}
	pairs_sort(&ps->set);
	pairs_say(ui, ps, q->nquotes);
	v = view_new(ui, &pairs_ops, ps);
	v->nlines = (int64_t)ps->set.n;
	v->lineno = pairs_find(&ps->set, q->select);
	return v;
}

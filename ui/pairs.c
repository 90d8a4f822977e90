/*
 * Gathering suggested pairs of claims from the index (stored pairs and
 * counterparts across it) into one list without repeats.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pairs.h"
#include "xmalloc.h"

#define PAIRS_TOPIC_MAX	200	/* pairs on a topic listed at most */

static char *
pairs_dup(const char *s)
{
	return xstrdup(s != NULL ? s : "");
}

static bool
pairs_has(const struct pair_set *ps, int64_t a, int64_t b)
{
	size_t	i;

	for (i = 0; i < ps->n; i++)
		if ((ps->v[i].a == a && ps->v[i].b == b) ||
		    (ps->v[i].a == b && ps->v[i].b == a))
			return true;
	return false;
}

/* What pairs_take() keeps: pairs of one quote, or all (quote 0). */
struct pairs_ctx {
	struct pair_set	*ps;
	int64_t		 quote;
	int64_t		 home;
};

static void
pairs_add(struct pair_set *ps, const struct pair_row *p, int64_t home)
{
	struct pair_item	*it;

	if (pairs_has(ps, p->a->id, p->b->id))
		return;
	ps->v = xreallocarray(ps->v, ps->n + 1, sizeof *ps->v);
	it = &ps->v[ps->n];
	it->a = p->a->id;
	it->b = p->b->id;
	it->article_a = p->a->article;
	it->article_b = p->b->article;
	it->relation = p->relation;
	it->score = p->score;
	it->why = pairs_dup(p->why);
	it->title_a = pairs_dup(p->a->title);
	it->title_b = pairs_dup(p->b->title);
	it->home = home;
	it->seq = ps->n++;
}

static int
pairs_take(void *ctx, const struct pair_row *p)
{
	struct pairs_ctx	*c = ctx;

	if (c->quote == 0 || p->a->id == c->quote || p->b->id == c->quote)
		pairs_add(c->ps, p, c->home);
	return 0;
}

/* The stored pairs and, per_quote each, the counterparts of an article. */
int
pairs_of_article(struct index *ix, int64_t article, int per_quote,
    struct pair_set *ps, struct error *err)
{
	struct pairs_ctx	c = { ps, 0, article };

	if (index_pairs(ix, &article, 1, -1, 0, pairs_take, &c, err) == -1)
		return -1;
	return index_counterparts(ix, article, per_quote, pairs_take, &c, err);
}

/* The stored pairs of one quote of article, and max counterparts. */
int
pairs_of_quote(struct index *ix, int64_t quote, int64_t article, int max,
    struct pair_set *ps, struct error *err)
{
	struct pairs_ctx	c = { ps, quote, article };

	if (index_pairs(ix, &article, 1, -1, 0, pairs_take, &c, err) == -1)
		return -1;
	return index_quote_counterparts(ix, quote, max, pairs_take, &c, err);
}

/* Pairs in and across the articles that match a full-text query best. */
int
pairs_of_topic(struct index *ix, const char *topic, struct pair_set *ps,
    struct error *err)
{
	struct pairs_ctx	c = { ps, 0, 0 };

	return index_topic_pairs(ix, topic, PAIRS_TOPIC_MAX, pairs_take, &c,
	    err);
}

static int
pairs_by_score(const void *x, const void *y)
{
	const struct pair_item	*a = x, *b = y;

	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

void
pairs_sort(struct pair_set *ps)
{
	if (ps->n > 1)
		qsort(ps->v, ps->n, sizeof *ps->v, pairs_by_score);
}

/* The quote paired with q in p. */
int64_t
pairs_other(const struct pair_item *p, int64_t q)
{
	return p->a == q ? p->b : p->a;
}

void
pairs_free(struct pair_set *ps)
{
	size_t	i;

	for (i = 0; i < ps->n; i++) {
		free(ps->v[i].why);
		free(ps->v[i].title_a);
		free(ps->v[i].title_b);
	}
	free(ps->v);
	memset(ps, 0, sizeof *ps);
}

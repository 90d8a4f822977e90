/*
 * Pairs of claims in the index: stored at import for the quotes of one
 * article, found on demand across the index for any quote.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "index_private.h"
#include "xmalloc.h"

/* Rows collected from a callback, owned. */
struct index_rows {
	struct quote_row	**v;
	size_t			  n, cap;
};

static int
index_collect_row(void *ctx, const struct quote_row *q)
{
	struct index_rows	*r = ctx;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->v = xreallocarray(r->v, r->cap, sizeof *r->v);
	}
	r->v[r->n++] = index_quote_dup(q);
	return 0;
}

static void
index_rows_free(struct index_rows *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		index_quote_free(r->v[i]);
	free(r->v);
	memset(r, 0, sizeof *r);
}

struct index_names {
	char	**v;
	size_t	  n;
};

static int
index_collect_name(void *ctx, const struct source_row *s)
{
	struct index_names	*nm = ctx;

	nm->v = xreallocarray(nm->v, nm->n + 1, sizeof *nm->v);
	nm->v[nm->n++] = xstrdup(s->name);
	return 0;
}

static void
index_claim_of(struct claim *c, const struct quote_row *q,
    const struct index_names *nm)
{
	memset(c, 0, sizeof *c);
	c->id = q->id;
	c->article = q->article;
	c->text = q->text;
	c->context = q->context;
	c->speaker = q->speaker;
	c->stance = q->stance;
	c->direct = q->direct;
	claims_prepare(c, (const char *const *)nm->v, nm->n);
}

/* The best counterparts found so far for one quote. */
struct index_best {
	struct quote_row	*row[8];
	struct claim_pair	 pair[8];
	int			 n, max;
};

static void
index_best_add(struct index_best *b, const struct quote_row *q,
    const struct claim_pair *p)
{
	int	i, worst = 0;

	if (b->n < b->max) {
		b->row[b->n] = index_quote_dup(q);
		b->pair[b->n++] = *p;
		return;
	}
	for (i = 1; i < b->n; i++)
		if (b->pair[i].score < b->pair[worst].score)
			worst = i;
	if (b->n == 0 || p->score <= b->pair[worst].score)
		return;
	index_quote_free(b->row[worst]);
	b->row[worst] = index_quote_dup(q);
	b->pair[worst] = *p;
}

struct index_search_ctx {
	const struct claim		*self;
	const struct index_names	*names;
	struct index_best		*best;
};

static int
index_try_candidate(void *ctx, const struct quote_row *q)
{
	struct index_search_ctx	*s = ctx;
	struct claim		 c;
	struct claim_pair	 p;

	if (q->article == s->self->article)
		return 0;
	index_claim_of(&c, q, s->names);
	if (claims_pair(s->self, &c, &p))
		index_best_add(s->best, q, &p);
	return 0;
}

/* Candidates by full-text search over quote text, then scored one by one. */
static int
index_search_counterparts(struct index *ix, const struct claim *self,
    const struct index_names *nm, struct index_best *best, struct error *err)
{
	struct index_search_ctx	 s = { self, nm, best };
	struct buf		 q = BUF_INIT, match = BUF_INIT;
	int			 rc = 0;

	claims_query(self, &q);
	if (q.len > 0) {
		buf_printf(&match, "text : (%s)", buf_str(&q));
		rc = index_search(ix, buf_str(&match), 100, NULL,
		    index_try_candidate, &s, err);
	}
	buf_free(&q);
	buf_free(&match);
	return rc;
}

static void
index_best_clear(struct index_best *b)
{
	int	i;

	for (i = 0; i < b->n; i++)
		index_quote_free(b->row[i]);
	b->n = 0;
}

static int
index_emit_best(const struct quote_row *self, struct index_best *b,
    index_pair_cb cb, void *ctx)
{
	struct pair_row	r;
	int		i, rc = 0;

	for (i = 0; i < b->n && rc == 0; i++) {
		r.a = b->pair[i].a == 0 ? self : b->row[i];
		r.b = b->pair[i].a == 0 ? b->row[i] : self;
		r.relation = (int)b->pair[i].relation;
		r.score = b->pair[i].score;
		r.why = b->pair[i].why;
		rc = cb(ctx, &r);
	}
	index_best_clear(b);
	return rc;
}

static void
index_names_free(struct index_names *nm)
{
	size_t	i;

	for (i = 0; i < nm->n; i++)
		free(nm->v[i]);
	free(nm->v);
	memset(nm, 0, sizeof *nm);
}

/* Counterparts across the index of the quotes q finds, all of one article. */
static int
index_counterparts_query(struct index *ix, const struct index_quote_query *q,
    int per_quote, index_pair_cb cb, void *ctx, struct error *err)
{
	struct index_rows	 rows = { NULL, 0, 0 };
	struct index_names	 nm = { NULL, 0 };
	struct index_best	 best;
	struct claim		 self;
	size_t			 i;
	int			 rc;

	memset(&best, 0, sizeof best);
	best.max = per_quote < 1 ? 1 : per_quote > 8 ? 8 : per_quote;
	rc = index_quotes(ix, q, index_collect_row, &rows, err);
	if (rc == 0 && rows.n > 0)
		rc = index_sources(ix, rows.v[0]->article, index_collect_name,
		    &nm, err);
	for (i = 0; rc == 0 && i < rows.n; i++) {
		if (rows.v[i]->stance == STANCE_REFUSAL)
			continue;
		index_claim_of(&self, rows.v[i], &nm);
		rc = index_search_counterparts(ix, &self, &nm, &best, err);
		if (rc == 0 && index_emit_best(rows.v[i], &best, cb, ctx) != 0)
			break;
	}
	index_best_clear(&best);
	index_rows_free(&rows);
	index_names_free(&nm);
	return rc;
}

/*
 * Counterparts across the index of each quote of an article: other
 * articles' quotes that contradict, support or repeat it, at most
 * per_quote (up to 8) for each.
 */
int
index_counterparts(struct index *ix, int64_t article, int per_quote,
    index_pair_cb cb, void *ctx, struct error *err)
{
	struct index_quote_query q = { .articles = &article, .narticles = 1,
	    .stance = -1 };

	return index_counterparts_query(ix, &q, per_quote, cb, ctx, err);
}

/* The counterparts across the index of one quote, as index_counterparts(). */
int
index_quote_counterparts(struct index *ix, int64_t quote, int max,
    index_pair_cb cb, void *ctx, struct error *err)
{
	struct index_quote_query q = { .ids = &quote, .nids = 1, .stance = -1 };

	return index_counterparts_query(ix, &q, max, cb, ctx, err);
}

/*
 * Do two quotes pair, as claims_pair() sees them with the names of both
 * articles' sources left out?  1 (and p filled, p->a == 1 when b is the
 * asserting side), 0 if not, -1 if the index fails.
 */
int
index_relate(struct index *ix, const struct quote_row *a,
    const struct quote_row *b, struct claim_pair *p, struct error *err)
{
	struct index_names	nm = { NULL, 0 };
	struct claim		c[2];
	int			rc;

	rc = index_sources(ix, a->article, index_collect_name, &nm, err);
	if (rc == 0 && b->article != a->article)
		rc = index_sources(ix, b->article, index_collect_name, &nm, err);
	if (rc == 0) {
		index_claim_of(&c[0], a, &nm);
		index_claim_of(&c[1], b, &nm);
		rc = claims_pair(&c[0], &c[1], p) ? 1 : 0;
	}
	index_names_free(&nm);
	return rc;
}

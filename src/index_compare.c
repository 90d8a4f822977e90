/*
 * Counterparts across the index: the quotes of other articles that
 * contradict, support or repeat a quote.  The words of an article's
 * quotes, all at once, find the candidate articles in articles_fts; every
 * quote of those is then held against every quote asked about, and each
 * keeps its best few.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "index_private.h"
#include "xmalloc.h"

#define COMPARE_CANDIDATES	30	/* articles searched for counterparts */
#define COMPARE_BEST		8	/* counterparts one quote keeps at most */
#define COMPARE_WORDS		12	/* words the search for candidates uses */
#define COMPARE_WORD_SHARED	3	/* a word's weight for each quote using it */

struct index_names {
	char	**v;
	size_t	  n;
};

static void
index_names_add(struct index_names *nm, const struct attrib_result *r)
{
	size_t	i;

	for (i = 0; i < r->nsrc; i++) {
		nm->v = xreallocarray(nm->v, nm->n + 1, sizeof *nm->v);
		nm->v[nm->n++] = xstrdup(r->src[i].name);
	}
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


/* A quote asked about, and the best counterparts found for it so far. */
struct index_self {
	struct quote_row	 q;		/* its strings in st */
	struct claim		 claim;
	struct said_strings	 st;
	struct quote_row	*row[COMPARE_BEST];
	struct claim_pair	 pair[COMPARE_BEST];
	int			 n;
};

struct index_compare {
	struct index		*ix;
	int64_t			 quote;		/* only this one, or 0: all */
	int			 max;		/* counterparts a quote keeps */
	index_pair_cb		 cb;
	void			*ctx;
	struct error		*err;
	struct index_self	*self;
	size_t			 nself;
	struct index_names	 names;		/* of the article asked about */
	int64_t			 article;
	int			 rc;
};

static void
index_keep(struct index_self *s, int max, const struct quote_row *q,
    const struct claim_pair *p)
{
	int	i, worst = 0;

	if (s->n < max) {
		s->row[s->n] = index_quote_dup(q);
		s->pair[s->n++] = *p;
		return;
	}
	for (i = 1; i < s->n; i++)
		if (s->pair[i].score < s->pair[worst].score)
			worst = i;
	if (s->n == 0 || p->score <= s->pair[worst].score)
		return;
	index_quote_free(s->row[worst]);
	s->row[worst] = index_quote_dup(q);
	s->pair[worst] = *p;
}

/* A candidate quote against every quote asked about. */
static void
index_try(struct index_compare *c, const struct said_row *row, size_t k,
    const struct index_names *nm)
{
	struct claim		cand;
	struct claim_pair	p;
	struct said_strings	st;
	struct quote_row	q;
	size_t			i;

	if (row->s.r.v[k].stance == STANCE_REFUSAL)
		return;
	memset(&st, 0, sizeof st);
	index_said_quote(row, k, &q, &st);
	index_claim_of(&cand, &q, nm);
	for (i = 0; i < c->nself; i++)
		if (claims_pair(&c->self[i].claim, &cand, &p))
			index_keep(&c->self[i], c->max, &q, &p);
	index_said_strings_free(&st);
}

static int
index_candidate(void *ctx, struct said_row *row)
{
	struct index_compare	*c = ctx;
	struct index_names	 nm = { NULL, 0 };
	size_t			 k;

	if (row->article == c->article)
		return 0;
	index_names_add(&nm, &row->s.r);
	for (k = 0; k < c->names.n; k++) {
		nm.v = xreallocarray(nm.v, nm.n + 1, sizeof *nm.v);
		nm.v[nm.n++] = xstrdup(c->names.v[k]);
	}
	for (k = 0; k < row->s.r.n; k++)
		index_try(c, row, k, &nm);
	index_names_free(&nm);
	return 0;
}

struct index_word {
	char	*w;
	int	 weight;
};

static int
index_by_weight(const void *x, const void *y)
{
	const struct index_word	*a = x, *b = y;

	if (a->weight != b->weight)
		return b->weight - a->weight;
	return strcmp(a->w, b->w);
}

/* Count a word of a quote asked about: length, and one more a quote. */
static void
index_word_add(struct index_word **v, size_t *n, char *w)
{
	size_t	i;

	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].w, w) == 0) {
			(*v)[i].weight += COMPARE_WORD_SHARED;
			return;
		}
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[*n].w = w;
	(*v)[(*n)++].weight = (int)strlen(w);
}

/*
 * One query for all the quotes asked about: their words, weighed by
 * length (long words are rare ones) and by how many of the quotes use
 * them (the words of the story, which other outlets' reports of it use
 * too); the heaviest few, any of them.  Ranking every match of a
 * hundred common words is what made this slow.
 */
static void
index_compare_query(const struct index_compare *c, struct buf *q)
{
	struct buf		 words = BUF_INIT;
	struct index_word	*v = NULL;
	char			*w, *nl;
	size_t			 i, n = 0;

	for (i = 0; i < c->nself; i++)
		claims_query_words(&c->self[i].claim, &words);
	for (w = words.s; w != NULL && *w != '\0'; w = nl + 1) {
		nl = strchr(w, '\n');
		*nl = '\0';
		index_word_add(&v, &n, w);
	}
	if (n > 0)
		qsort(v, n, sizeof *v, index_by_weight);
	for (i = 0; i < n && i < COMPARE_WORDS; i++) {
		buf_adds(q, i ? " OR " : "");
		index_fts_string(q, v[i].w, strlen(v[i].w));
	}
	free(v);
	buf_free(&words);
}

static int
index_search_candidates(struct index_compare *c)
{
	struct buf		 q = BUF_INIT, match = BUF_INIT;
	struct said_filter	 f;
	int64_t			*ids;
	size_t			 n;

	index_compare_query(c, &q);
	if (q.len == 0) {
		buf_free(&q);
		return 0;
	}
	buf_printf(&match, "body : (%s)", q.s);
	ids = index_ranked(c->ix, "articles_fts", "articles", match.s,
	    COMPARE_CANDIDATES, &n, c->err);
	buf_free(&q);
	buf_free(&match);
	if (ids == NULL)
		return -1;
	memset(&f, 0, sizeof f);
	f.articles = ids;
	f.narticles = (int)n;
	c->rc = n > 0 ? index_said_each(c->ix, &f, index_candidate, c, c->err) : 0;
	free(ids);
	return c->rc;
}

/* Hand on each quote's counterparts, the asserting side first. */
static int
index_emit(struct index_compare *c)
{
	struct index_self	*s;
	struct pair_row		 r;
	size_t			 i;
	int			 j, rc = 0;

	for (i = 0; i < c->nself && rc == 0; i++) {
		s = &c->self[i];
		for (j = 0; j < s->n && rc == 0; j++) {
			r.a = s->pair[j].a == 0 ? &s->q : s->row[j];
			r.b = s->pair[j].a == 0 ? s->row[j] : &s->q;
			r.relation = (int)s->pair[j].relation;
			r.score = s->pair[j].score;
			r.why = s->pair[j].why;
			rc = c->cb(c->ctx, &r);
		}
	}
	return rc;
}

static void
index_self_free(struct index_compare *c)
{
	size_t	i;
	int	j;

	for (i = 0; i < c->nself; i++) {
		for (j = 0; j < c->self[i].n; j++)
			index_quote_free(c->self[i].row[j]);
		index_said_strings_free(&c->self[i].st);
	}
	free(c->self);
	index_names_free(&c->names);
}

/* The record asked about: its quotes as claims, then the search. */
static int
index_asked(void *ctx, struct said_row *row)
{
	struct index_compare	*c = ctx;
	struct index_self	*s;
	size_t			 k;

	c->article = row->article;
	index_names_add(&c->names, &row->s.r);
	c->self = xcalloc(row->s.r.n + 1, sizeof *c->self);
	for (k = 0; k < row->s.r.n; k++) {
		if (row->s.r.v[k].stance == STANCE_REFUSAL || (c->quote != 0 &&
		    c->quote != INDEX_SAID_ID(row->article, k)))
			continue;
		s = &c->self[c->nself++];
		index_said_quote(row, k, &s->q, &s->st);
		index_claim_of(&s->claim, &s->q, &c->names);
	}
	if (c->nself > 0 && index_search_candidates(c) == 0 && c->rc == 0)
		index_emit(c);
	index_self_free(c);
	return 1;
}

static int
index_compare_run(struct index *ix, int64_t article, int64_t quote, int max,
    index_pair_cb cb, void *ctx, struct error *err)
{
	struct index_compare	c;
	struct said_filter	f;

	memset(&c, 0, sizeof c);
	c.ix = ix;
	c.quote = quote;
	c.max = max < 1 ? 1 : max > COMPARE_BEST ? COMPARE_BEST : max;
	c.cb = cb;
	c.ctx = ctx;
	c.err = err;
	memset(&f, 0, sizeof f);
	f.articles = &article;
	f.narticles = 1;
	if (index_said_each(ix, &f, index_asked, &c, err) == -1)
		return -1;
	return c.rc == -1 ? -1 : 0;
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
	return index_compare_run(ix, article, 0, per_quote, cb, ctx, err);
}

/* The counterparts across the index of one quote, as index_counterparts(). */
int
index_quote_counterparts(struct index *ix, int64_t quote, int max,
    index_pair_cb cb, void *ctx, struct error *err)
{
	return index_compare_run(ix, INDEX_SAID_ARTICLE(quote), quote, max, cb,
	    ctx, err);
}

static int
index_collect_names(void *ctx, struct said_row *row)
{
	index_names_add(ctx, &row->s.r);
	return 0;
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
	struct said_filter	f;
	struct claim		c[2];
	int64_t			articles[2] = { a->article, b->article };
	int			rc;

	memset(&f, 0, sizeof f);
	f.articles = articles;
	f.narticles = a->article == b->article ? 1 : 2;
	rc = index_said_each(ix, &f, index_collect_names, &nm, err);
	if (rc == 0) {
		index_claim_of(&c[0], a, &nm);
		index_claim_of(&c[1], b, &nm);
		rc = claims_pair(&c[0], &c[1], p) ? 1 : 0;
	}
	index_names_free(&nm);
	return rc;
}

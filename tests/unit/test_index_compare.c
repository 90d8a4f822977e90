/* index_compare.c: counterparts of one quote, and two quotes related. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "claims.h"
#include "index.h"
#include "xmalloc.h"

static char	tmpdir[] = "/tmp/quoth-test-compare.XXXXXX";

struct said {
	const char	*speaker;
	const char	*text;		/* as it stands in the body */
	enum stance	 stance;
};

/* An article whose quotes are said, each by its own speaker. */
static int64_t
store(struct index *ix, const char *origin, const char *body,
    const struct said *s, size_t n)
{
	struct article		a;
	struct attrib_result	r;
	struct error		err;
	const char		*at;
	int64_t			id = 0;
	size_t			i;

	article_init(&a);
	article_set(&a.title, origin, strlen(origin));
	a.origin = xstrdup(origin);
	article_add_paragraph(&a, body, strlen(body));
	memset(&r, 0, sizeof r);
	r.src = xcalloc(n, sizeof *r.src);
	r.v = xcalloc(n, sizeof *r.v);
	for (i = 0; i < n; i++) {
		at = strstr(buf_str(&a.body), s[i].text);
		assert_non_null(at);
		r.src[i].name = xstrdup(s[i].speaker);
		r.src[i].kind = SOURCE_PERSON;
		r.v[i].quote = (struct span){ (uint32_t)(at - buf_str(&a.body)),
		    (uint32_t)(at - buf_str(&a.body) + strlen(s[i].text)) };
		r.v[i].direct = true;
		r.v[i].speaker = (int)i;
		r.v[i].stance = s[i].stance;
		r.v[i].rule = "test";
	}
	r.n = r.nsrc = n;
	if (index_store(ix, &a, &r, NULL, 0, &id, &err) == -1)
		fail_msg("%s", err.msg);
	attrib_result_free(&r);
	article_free(&a);
	return id;
}

struct rows {
	struct quote_row	*v[8];
	int			 n;
};

static int
keep_row(void *ctx, const struct quote_row *q)
{
	struct rows	*r = ctx;

	assert_true(r->n < 8);
	r->v[r->n++] = index_quote_dup(q);
	return 0;
}

static void
rows_free(struct rows *r)
{
	while (r->n > 0)
		index_quote_free(r->v[--r->n]);
}

/* The pier: sold (article 1), never sold (2), the same words again (3). */
static struct index *
pier(struct rows *quotes)
{
	static const struct said one[] = {
		{ "Odile Marchetti", "The pier was sold to the developer in "
		    "March.", STANCE_CLAIM },
		{ "Harriet Lowe", "Lunch at the canteen was late again.",
		    STANCE_CLAIM },
	};
	static const struct said two[] = {
		{ "Tomas Brandt", "The pier was never sold to the developer.",
		    STANCE_DENIAL },
	};
	static const struct said three[] = {
		{ "Ada Quill", "The pier was sold to the developer in March.",
		    STANCE_CLAIM },
	};
	static const int64_t	 ids[] = { 1, 2, 3 };	/* in this order */
	struct index_quote_query q = { .articles = ids, .narticles = 3,
	    .stance = -1 };
	struct index	*ix;
	struct error	 err;
	char		 path[300];

	snprintf(path, sizeof path, "%s/pier.db", tmpdir);
	remove(path);
	if (index_open(&ix, path, 0, &err) == -1)
		fail_msg("%s", err.msg);
	store(ix, "one", "\"The pier was sold to the developer in March.\" "
	    "Marchetti said so. Then Lowe said: \"Lunch at the canteen was late "
	    "again.\"", one, 2);
	store(ix, "two", "Brandt said: \"The pier was never sold to the "
	    "developer.\"", two, 1);
	store(ix, "three", "Quill said: \"The pier was sold to the developer "
	    "in March.\"", three, 1);
	memset(quotes, 0, sizeof *quotes);
	assert_int_equal(index_quotes(ix, &q, keep_row, quotes, &err), 0);
	assert_int_equal(quotes->n, 4);
	return ix;
}

struct seen {
	int64_t	 self;
	int64_t	 other_article[8];
	int	 relation[8];
	int	 n;
};

static int
take_pair(void *ctx, const struct pair_row *p)
{
	struct seen		*s = ctx;
	const struct quote_row	*other = p->a->id == s->self ? p->b : p->a;

	assert_true(p->a->id == s->self || p->b->id == s->self);
	assert_true(s->n < 8);
	s->other_article[s->n] = other->article;
	s->relation[s->n++] = p->relation;
	return 0;
}

static int
relation_with(const struct seen *s, int64_t article)
{
	int	i;

	for (i = 0; i < s->n; i++)
		if (s->other_article[i] == article)
			return s->relation[i];
	return -1;
}

static void
test_quote_counterparts(void **state)
{
	struct rows	 quotes;
	struct index	*ix = pier(&quotes);
	struct error	 err;
	struct seen	 s;

	memset(&s, 0, sizeof s);
	s.self = quotes.v[0]->id;		/* the pier was sold */
	assert_int_equal(index_quote_counterparts(ix, s.self, 3, take_pair, &s,
	    &err), 0);
	assert_int_equal(s.n, 2);
	assert_int_equal(relation_with(&s, quotes.v[2]->article),
	    CLAIM_CONTRADICTS);
	assert_int_equal(relation_with(&s, quotes.v[3]->article),
	    CLAIM_SAME_QUOTE);
	/* the canteen has no counterpart; nor has a quote not in the index */
	memset(&s, 0, sizeof s);
	s.self = quotes.v[1]->id;
	assert_int_equal(index_quote_counterparts(ix, s.self, 3, take_pair, &s,
	    &err), 0);
	assert_int_equal(s.n, 0);
	s.self = 999;
	assert_int_equal(index_quote_counterparts(ix, s.self, 3, take_pair, &s,
	    &err), 0);
	assert_int_equal(s.n, 0);
	/* at most max of them */
	s.self = quotes.v[0]->id;
	assert_int_equal(index_quote_counterparts(ix, s.self, 1, take_pair, &s,
	    &err), 0);
	assert_int_equal(s.n, 1);
	rows_free(&quotes);
	index_close(ix);
}

static void
test_relate(void **state)
{
	struct rows		 quotes;
	struct index		*ix = pier(&quotes);
	struct claim_pair	 p;
	struct error		 err;

	assert_int_equal(index_relate(ix, quotes.v[0], quotes.v[2], &p, &err), 1);
	assert_int_equal(p.relation, CLAIM_CONTRADICTS);
	assert_int_equal(p.a, 0);		/* the claim asserts */
	assert_non_null(strstr(p.why, "Brandt denies what Marchetti asserts"));
	assert_int_equal(index_relate(ix, quotes.v[2], quotes.v[0], &p, &err), 1);
	assert_int_equal(p.a, 1);
	/* within one article, two topics */
	assert_int_equal(index_relate(ix, quotes.v[0], quotes.v[1], &p, &err), 0);
	assert_int_equal(index_relate(ix, quotes.v[1], quotes.v[2], &p, &err), 0);
	rows_free(&quotes);
	index_close(ix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_counterparts),
		cmocka_unit_test(test_relate),
	};
	char	cmd[300];
	int	rc;

	if (mkdtemp(tmpdir) == NULL)
		return 1;
	rc = cmocka_run_group_tests_name("index_compare", tests, NULL, NULL);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		return 1;
	return rc;
}

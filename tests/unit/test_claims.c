/* claims.c: pairing claims with their denials, and what must not pair. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "article.h"
#include "claims.h"

static const char *const names[] = {
	"Odile Marchetti", "Kestrel Courier", "Tomas Brandt", "Harbour Herald",
};

static struct claim
mk(int64_t article, const char *speaker, enum stance st, bool direct,
    const char *text, const char *context)
{
	struct claim	c;

	memset(&c, 0, sizeof c);
	c.article = article;
	c.speaker = speaker;
	c.stance = st;
	c.direct = direct;
	c.text = text;
	c.context = context;
	claims_prepare(&c, names, sizeof names / sizeof names[0]);
	return c;
}

/* The shape of the seed: a short claim, a denial that negates its word. */
static void
test_claim_against_denial(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "there were meetings",
	    "Odile Marchetti told the Kestrel Courier that there were meetings "
	    "with the mayor's office throughout the tender.");
	struct claim	b = mk(1, "Tomas Brandt", STANCE_DENIAL, true,
	    "The office held no meetings with the bidders during the tender.",
	    "Spokesman Tomas Brandt told the Courier that the office held no "
	    "meetings with the bidders during the tender.");
	struct claim_pair p;

	assert_true(claims_pair(&a, &b, &p));
	assert_int_equal(p.relation, CLAIM_CONTRADICTS);
	assert_int_equal(p.a, 0);		/* the claim comes first */
	assert_true(p.score > 0.3f && p.score <= 1.0f);
	assert_non_null(strstr(p.why, "Brandt denies what Marchetti asserts"));
	assert_non_null(strstr(p.why, "meetings"));
	/* and the same whichever way round it is asked */
	assert_true(claims_pair(&b, &a, &p));
	assert_int_equal(p.a, 1);
}

/* Negation of a shared term opposes two claims too. */
static void
test_negated_term(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "the pumps were switched off before the flood",
	    NULL);
	struct claim	b = mk(1, "Tomas Brandt", STANCE_CLAIM, true,
	    "the pumps were never switched off before the flood", NULL);
	struct claim_pair p;

	assert_true(claims_pair(&a, &b, &p));
	assert_int_equal(p.relation, CLAIM_CONTRADICTS);
	assert_int_equal(p.a, 0);		/* the negating side second */
}

/* A negation inside a quote about something else is not a contradiction. */
static void
test_lookalike_topic(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "the talks were cordial though not always productive",
	    "Odile Marchetti said the talks with the union were cordial though "
	    "not always productive.");
	struct claim	b = mk(1, "Tomas Brandt", STANCE_DENIAL, true,
	    "The office held no meetings with the bidders during the tender.",
	    NULL);
	struct claim_pair p;

	assert_false(claims_pair(&a, &b, &p));
}

/* Names are not topics: two quotes that share only a person do not pair. */
static void
test_names_are_not_terms(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "Tomas Brandt signed the budget",
	    "Odile Marchetti said Tomas Brandt signed the budget.");
	struct claim	b = mk(1, "Harriet Lowe", STANCE_DENIAL, true,
	    "Tomas Brandt was never on the ferry",
	    "Harriet Lowe denied that Tomas Brandt was ever on the ferry.");
	struct claim_pair p;

	assert_false(claims_pair(&a, &b, &p));
}

/* One speaker agreeing with himself is not a pair; a walk-back is. */
static void
test_same_speaker(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "the bridge will reopen in May", NULL);
	struct claim	b = mk(1, "Odile Marchetti", STANCE_DENIAL, true,
	    "the bridge will not reopen in May", NULL);
	struct claim	c = mk(1, "Odile Marchetti", STANCE_CORRECTION, false,
	    "the bridge will reopen in May only to pedestrians", NULL);
	struct claim_pair p;

	assert_false(claims_pair(&a, &b, &p));
	assert_true(claims_pair(&a, &c, &p));
	assert_int_equal(p.relation, CLAIM_CONTRADICTS);
	assert_non_null(strstr(p.why, "walks back"));
}

/* The same words relayed by two outlets. */
static void
test_same_quote(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "We will rebuild the pier before the summer season", NULL);
	struct claim	b = mk(2, "Odile Marchetti", STANCE_CLAIM, true,
	    "we will rebuild the pier before the summer season.", NULL);
	struct claim	c = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "We will rebuild the pier before the summer season", NULL);
	struct claim_pair p;

	assert_true(claims_pair(&a, &b, &p));
	assert_int_equal(p.relation, CLAIM_SAME_QUOTE);
	assert_true(p.score >= 0.99f);
	/* in one article it is a repetition, not a relay */
	assert_false(claims_pair(&a, &c, &p) && p.relation == CLAIM_SAME_QUOTE);
}

static void
test_supports(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, false,
	    "the harbour dredging cost twice the budgeted amount", NULL);
	struct claim	b = mk(2, "Tomas Brandt", STANCE_CLAIM, true,
	    "the dredging of the harbour cost twice its budgeted amount", NULL);
	struct claim_pair p;

	assert_true(claims_pair(&a, &b, &p));
	assert_int_equal(p.relation, CLAIM_SUPPORTS);
}

static void
test_refusal_never_pairs(void **state)
{
	struct claim	a = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "the pier contract was signed in March", NULL);
	struct claim	b = mk(1, "Tomas Brandt", STANCE_REFUSAL, false,
	    "the pier contract signed in March", NULL);
	struct claim_pair p;

	assert_false(claims_pair(&a, &b, &p));
}

static void
test_pairs_sorted(void **state)
{
	struct claim		 v[3];
	struct claim_pair	*p;
	size_t			 n;

	v[0] = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "the pumps were switched off before the flood", NULL);
	v[1] = mk(1, "Harriet Lowe", STANCE_CLAIM, true, "lunch was late", NULL);
	v[2] = mk(1, "Tomas Brandt", STANCE_DENIAL, true,
	    "the pumps were not switched off before the flood", NULL);
	n = claims_pairs(v, 3, &p);
	assert_int_equal(n, 1);
	assert_int_equal(p[0].a, 0);
	assert_int_equal(p[0].b, 2);
	free(p);
}

/* Thousands of quotes pair in linear time: each against the next 200. */
static void
test_reach(void **state)
{
	struct claim		*v = calloc(3000, sizeof *v);
	struct claim_pair	*p;
	size_t			 i, n;

	assert_non_null(v);
	for (i = 0; i < 3000; i++)
		v[i] = mk(1, i % 2 ? "Odile Marchetti" : "Tomas Brandt",
		    i % 2 ? STANCE_CLAIM : STANCE_DENIAL, true,
		    i % 2 ? "the pumps were switched off before the flood" :
		    "the pumps were not switched off before the flood", NULL);
	n = claims_pairs(v, 3000, &p);
	/* every opposed pair within reach, none beyond it */
	assert_true(n > 0 && n <= 3000 * 200 / 2 + 1);
	for (i = 0; i < n; i++)
		assert_true(p[i].a > p[i].b ? p[i].a - p[i].b <= 200 :
		    p[i].b - p[i].a <= 200);
	free(p);
	free(v);
}

/*
 * In an article whose every claim speaks of the harbour and the council,
 * those words pair nothing; the claim and the denial of the same act do.
 */
static void
test_rarity(void **state)
{
	struct claim		 v[7];
	struct claim_pair	*p;
	size_t			 n;

	v[0] = mk(1, "Odile Marchetti", STANCE_CLAIM, true,
	    "the council sold the harbour warehouses to a developer", NULL);
	v[1] = mk(1, "Tomas Brandt", STANCE_DENIAL, true,
	    "the council never sold the harbour warehouses", NULL);
	v[2] = mk(1, "Harriet Lowe", STANCE_CLAIM, true,
	    "the harbour council meets on Tuesdays", NULL);
	v[3] = mk(1, "Ivo Stenberg", STANCE_DENIAL, true,
	    "the harbour council has no budget for dredging", NULL);
	v[4] = mk(1, "Anna Kell", STANCE_CLAIM, true,
	    "the council will publish the harbour accounts", NULL);
	v[5] = mk(1, "Rune Dahl", STANCE_CLAIM, true,
	    "the harbour council elected a new chair", NULL);
	v[6] = mk(1, "Lena Frost", STANCE_DENIAL, true,
	    "the harbour council is not bankrupt", NULL);
	n = claims_pairs(v, 7, &p);
	assert_int_equal(n, 1);
	assert_int_equal(p[0].a, 0);
	assert_int_equal(p[0].b, 1);
	free(p);
}

static void
test_tables_sorted(void **state)
{
	assert_true(claims_tables_sorted());
}

static void
test_query(void **state)
{
	struct claim	a = mk(1, NULL, STANCE_CLAIM, true,
	    "there were meetings with officials", NULL);
	struct buf	q = BUF_INIT;

	claims_query(&a, &q);
	assert_string_equal(buf_str(&q), "\"meetings\" OR \"officials\"");
	claims_query(&a, &q);			/* a word once */
	assert_string_equal(buf_str(&q), "\"meetings\" OR \"officials\"");
	buf_free(&q);
}

/* The marked words of text, in order: "!" before a negation. */
static char *
marked(const char *text, const struct claim_marks *m)
{
	struct buf	b = BUF_INIT;
	size_t		i;

	buf_adds(&b, "");
	for (i = 0; i < m->n; i++)
		buf_printf(&b, "%s%s%.*s", i ? " " : "", m->v[i].negation ?
		    "!" : "", (int)(m->v[i].end - m->v[i].start),
		    text + m->v[i].start);
	return buf_detach(&b);
}

/* marks_are A B WANT_A WANT_B: what claims_marks() finds in each. */
static void
marks_are(const char *a, const char *b, const char *want_a,
    const char *want_b)
{
	struct claim_marks	m[2];
	char			*got_a, *got_b;

	claims_marks(a, b, names, sizeof names / sizeof names[0], m);
	got_a = marked(a, &m[0]);
	got_b = marked(b, &m[1]);
	assert_string_equal(got_a, want_a);
	assert_string_equal(got_b, want_b);
	free(got_a);
	free(got_b);
	claims_marks_free(&m[0]);
	claims_marks_free(&m[1]);
	assert_null(m[0].v);
}

/* Shared terms in each text as written; the negation that opposes them. */
static void
test_marks_denial(void **state)
{
	marks_are("There were contacts with the campaign.",
	    "The campaign had no contact with Russian officials.",
	    "contacts campaign", "campaign !no contact");
	/* contractions and curly apostrophes negate too */
	marks_are("The pumps didn\u2019t stop.", "The pumps stop at noon.",
	    "pumps !didn\u2019t stop", "pumps stop");
	marks_are("The pumps were switched off.",
	    "The pumps weren\u2019t switched off.",
	    "pumps switched", "pumps !weren\u2019t switched");
}

/* A negation both sides share, or one of an unshared word, opposes nothing. */
static void
test_marks_no_opposition(void **state)
{
	marks_are("There was no contact with the campaign.",
	    "They never had contact with anyone.", "contact", "contact");
	marks_are("The mayor signed the contract, not the lease.",
	    "The contract was signed by the mayor.",
	    "mayor signed contract", "contract signed mayor");
}

/* Names are who speaks, not what is said: never marked. */
static void
test_marks_names(void **state)
{
	marks_are("Tomas Brandt said the tender was rigged.",
	    "Brandt is wrong: the tender was not rigged.",
	    "tender rigged", "tender !not rigged");
	marks_are("", "Anything at all.", "", "");
}

/*
 * The pairs of an article, whose quotes take their terms from their
 * sentences' words read once, are those of its quotes read one by one:
 * a negation before a quote in its sentence does not reach into it.
 */
static void
test_article_as_quotes(void **state)
{
	static const char body[] = "\xe2\x80\x9cThere were secret meetings with "
	    "the buyers,\xe2\x80\x9d Brandt told the Courier, but he did not say "
	    "\xe2\x80\x9cthe meetings with the buyers were secret.\xe2\x80\x9d The board "
	    "never denied "
	    "that, and Marchetti said \xe2\x80\x9cthere were no meetings with the "
	    "buyers.\xe2\x80\x9d";
	static const char *const quotes[] = { "There were secret meetings with "
	    "the buyers", "the meetings with the buyers were secret",
	    "there were no meetings "
	    "with the buyers" };
	static const int speaker[] = { 0, 0, 1 };
	static const enum stance stance[] = { STANCE_CLAIM, STANCE_CLAIM,
	    STANCE_DENIAL };
	const char		*who[] = { "Tomas Brandt", "Odile Marchetti",
	    "Kestrel Courier" };
	struct source		 src[3];
	struct attribution	 v[3];
	struct attrib_result	 r = { v, 3, src, 3 };
	struct claim		 c[3];
	struct claim_pair	*got, *want;
	struct span		 sp;
	size_t			 i, n, m;

	(void)state;
	memset(src, 0, sizeof src);
	memset(v, 0, sizeof v);
	memset(c, 0, sizeof c);
	for (i = 0; i < 3; i++) {
		src[i].name = (char *)(uintptr_t)who[i];
		v[i].quote.start = (uint32_t)(strstr(body, quotes[i]) - body);
		v[i].quote.end = v[i].quote.start + (uint32_t)strlen(quotes[i]);
		v[i].direct = true;
		v[i].speaker = speaker[i];
		v[i].stance = stance[i];
		sp = article_sentence(body, strlen(body), v[i].quote);
		c[i].text = strndup(body + v[i].quote.start, strlen(quotes[i]));
		c[i].context = strndup(body + sp.start, sp.end - sp.start);
		c[i].speaker = who[speaker[i]];
		c[i].stance = stance[i];
		c[i].direct = true;
		claims_prepare(&c[i], who, 3);
	}
	n = claims_article(body, strlen(body), &r, &got);
	m = claims_pairs(c, 3, &want);
	assert_true(n >= 2);	/* each claim against the denial */
	assert_int_equal(n, m);
	for (i = 0; i < n; i++) {
		assert_int_equal(got[i].a, want[i].a);
		assert_int_equal(got[i].b, want[i].b);
		assert_int_equal(got[i].relation, want[i].relation);
		assert_true(got[i].score == want[i].score);
		assert_string_equal(got[i].why, want[i].why);
	}
	for (i = 0; i < 3; i++) {
		free((char *)(uintptr_t)c[i].text);
		free((char *)(uintptr_t)c[i].context);
	}
	free(got);
	free(want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claim_against_denial),
		cmocka_unit_test(test_negated_term),
		cmocka_unit_test(test_lookalike_topic),
		cmocka_unit_test(test_names_are_not_terms),
		cmocka_unit_test(test_same_speaker),
		cmocka_unit_test(test_same_quote),
		cmocka_unit_test(test_supports),
		cmocka_unit_test(test_refusal_never_pairs),
		cmocka_unit_test(test_pairs_sorted),
		cmocka_unit_test(test_query),
		cmocka_unit_test(test_tables_sorted),
		cmocka_unit_test(test_reach),
		cmocka_unit_test(test_rarity),
		cmocka_unit_test(test_marks_denial),
		cmocka_unit_test(test_marks_no_opposition),
		cmocka_unit_test(test_marks_names),
		cmocka_unit_test(test_article_as_quotes),
	};

	return cmocka_run_group_tests_name("claims", tests, NULL, NULL);
}

/* cues.c: the cue lexicon, its forms, particles and auxiliaries. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cues.h"
#include "scan.h"


/* The cue at token i as written, or "" if none. */
static const char *
cue(size_t i, struct cue *c)
{
	return cues_match(&T, i, c) ? scan_words(&T, c->first, c->last, 0) : "";
}

static void
test_forms(void **state)
{
	struct cue	c;

	scan_tokens("says said saying denied denies written tells");
	assert_string_equal(cue(0, &c), "says");
	assert_int_equal(c.form, CUE_S);
	assert_string_equal(cue(1, &c), "said");
	assert_int_equal(c.form, CUE_PAST);
	assert_string_equal(cue(2, &c), "saying");
	assert_int_equal(c.form, CUE_ING);
	assert_string_equal(cue(3, &c), "denied");
	assert_true(c.flags & CUE_DENY);
	assert_string_equal(cue(4, &c), "denies");
	assert_string_equal(cue(5, &c), "written");
	assert_int_equal(c.form, CUE_PP);
	assert_string_equal(cue(6, &c), "tells");
	assert_true(c.flags & CUE_OBJ);
}

static void
test_not_cues(void **state)
{
	struct cue	c;

	scan_tokens("table the sayings .");
	assert_string_equal(cue(0, &c), "");
	assert_string_equal(cue(2, &c), "");
	assert_string_equal(cue(3, &c), "");
}

static void
test_particles(void **state)
{
	struct cue	c;

	scan_tokens("He pointed out that she called for calm, according to Ann.");
	assert_string_equal(cue(1, &c), "pointed out");
	assert_true(c.flags & CUE_CLAUSE);
	assert_string_equal(cue(5, &c), "called for");
	assert_true(c.flags & CUE_NP);
	assert_string_equal(cue(9, &c), "according to");
	assert_true(c.flags & CUE_ACCORDING);
	scan_tokens("She called him a liar.");
	assert_string_equal(cue(1, &c), "called");
	assert_true(c.flags & CUE_WEAK);
}

static void
test_auxiliaries(void **state)
{
	struct cue	c;

	scan_tokens("He has also said it. She did not deny it. It was said that.");
	assert_string_equal(cue(3, &c), "has also said");
	assert_false(c.negated);
	assert_string_equal(cue(9, &c), "did not deny");
	assert_true(c.negated);
	assert_string_equal(cue(14, &c), "was said");
	assert_true(c.passive);
	scan_tokens("The mayor has steadily argued it. The family said so. "
	    "Ms. Kelly said so.");
	assert_string_equal(cue(4, &c), "has steadily argued");
	assert_string_equal(cue(9, &c), "said");
	assert_string_equal(cue(14, &c), "said");
}

static void
test_stance_and_content_flags(void **state)
{
	struct cue	c;

	scan_tokens("declined clarified thinks vowed");
	assert_string_equal(cue(0, &c), "declined");
	assert_true(c.flags & CUE_REFUSE);
	assert_true(c.flags & CUE_TO);
	assert_string_equal(cue(1, &c), "clarified");
	assert_true(c.flags & CUE_CORRECT);
	assert_string_equal(cue(2, &c), "thinks");
	assert_true(c.flags & CUE_THINK);
	assert_true(c.flags & CUE_NOINV);
	assert_string_equal(cue(3, &c), "vowed");
	assert_true(c.flags & CUE_TO);
}

/* Rows of one verb must be adjacent, particle rows before the bare one. */
/* Acts that voice a view or an intention: "sought to", "voted for". */
static void
test_views_and_intentions(void **state)
{
	struct cue	c;

	scan_tokens("Ann sought a recount. Bo voted for the levy. Cy plans to "
	    "run. Di expressed doubts.");
	assert_string_equal(cue(1, &c), "sought");
	assert_true(c.flags & CUE_TO);
	assert_true(c.flags & CUE_NP);
	assert_string_equal(cue(6, &c), "voted for");
	assert_true(c.flags & CUE_NP);
	assert_string_equal(cue(12, &c), "plans");
	assert_true(c.flags & CUE_WEAK);
	assert_string_equal(cue(17, &c), "expressed");
	assert_true(c.flags & CUE_SAY);
}

/* Nouns that carry a view, with the word that opens their content. */
static void
test_nouns(void **state)
{
	struct cue	c;

	scan_tokens("Support for the levy grew, as did doubts that it would pass "
	    "and her decision to wait. The support of friends helped.");
	assert_true(cues_noun_match(&T, 0, &c));
	assert_string_equal(scan_words(&T, c.first, c.last, 0), "Support for");
	assert_true(c.flags & CUE_NOUN);
	assert_true(c.flags & CUE_NP);
	assert_true(cues_noun_match(&T, 8, &c));
	assert_string_equal(scan_words(&T, c.first, c.last, 0), "doubts that");
	assert_true(c.flags & CUE_CLAUSE);
	assert_true(cues_noun_match(&T, 15, &c));
	assert_string_equal(scan_words(&T, c.first, c.last, 0), "decision to");
	assert_false(cues_noun_match(&T, 20, &c));	/* "support of" */
	assert_false(cues_match(&T, 15, &c));
	scan_tokens("Her comments on the levy and his push for a vote.");
	assert_true(cues_noun_match(&T, 1, &c));
	assert_string_equal(scan_words(&T, c.first, c.last, 0), "comments on");
	assert_true(cues_noun_match(&T, 7, &c));
	assert_string_equal(scan_words(&T, c.first, c.last, 0), "push for");
}

static void
test_table_order(void **state)
{
	const struct cue_verb	*v;
	size_t			 n, i, j;

	v = cues_table(&n);
	for (i = 0; i < n; i++) {
		for (j = i + 1; j < n; j++)
			if (strcmp(v[i].form[0], v[j].form[0]) == 0)
				assert_string_equal(v[j - 1].form[0], v[i].form[0]);
		if (i + 1 < n && strcmp(v[i].form[0], v[i + 1].form[0]) == 0)
			assert_non_null(v[i].particle);
	}
	v = cues_noun_table(&n);
	for (i = 0; i < n; i++) {
		assert_non_null(v[i].particle);	/* a noun alone is no cue */
		for (j = i + 1; j < n; j++)
			if (strcmp(v[i].form[0], v[j].form[0]) == 0)
				assert_string_equal(v[j - 1].form[0], v[i].form[0]);
	}
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_not_cues),
		cmocka_unit_test(test_particles),
		cmocka_unit_test(test_auxiliaries),
		cmocka_unit_test(test_stance_and_content_flags),
		cmocka_unit_test(test_views_and_intentions),
		cmocka_unit_test(test_nouns),
		cmocka_unit_test(test_table_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

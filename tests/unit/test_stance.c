/* stance.c: claims, denials, corrections and refusals. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "stance.h"
#include "tokens.h"

static struct tokens	T;

/* The stance of frame words f and content c, written "f | c". */
static enum stance
stance(const char *s)
{
	size_t	split;

	tokens_free(&T);
	tokens_scan(&T, s, strlen(s));
	for (split = 0; split < T.n && T.text[T.v[split].start] != '|'; split++)
		;
	assert_true(split < T.n);
	return stance_of(&T, 0, split, split + 1, T.n);
}

static void
test_frame_cues(void **state)
{
	assert_int_equal(stance("Hicks said that | the plan works"), STANCE_CLAIM);
	assert_int_equal(stance("Hicks denied that | the plan works"),
	    STANCE_DENIAL);
	assert_int_equal(stance("Marrow sought to change the interpretation of "
	    "his remarks, saying that | only some berths open"),
	    STANCE_CORRECTION);
	assert_int_equal(stance("Holt later clarified that | hours change"),
	    STANCE_CORRECTION);
	assert_int_equal(stance("The firm declined | to comment"),
	    STANCE_REFUSAL);
	assert_int_equal(stance("A spokesman did not respond to | questions"),
	    STANCE_REFUSAL);
	/* a relative clause tells of the speaker, not of what is said */
	assert_int_equal(stance("Another miller, who declined to be named, "
	    "said it would | raise prices"), STANCE_CLAIM);
	assert_int_equal(stance("Roe, who declined | to comment"),
	    STANCE_REFUSAL);
}

static void
test_refusal_outranks(void **state)
{
	assert_int_equal(stance("He declined to deny | that he left"),
	    STANCE_REFUSAL);
	assert_int_equal(stance("She clarified, and denied, | that it happened"),
	    STANCE_CORRECTION);
}

static void
test_negated_content(void **state)
{
	assert_int_equal(stance("Ann Roe said it would | raise the price of "
	    "bread and save nobody"), STANCE_CLAIM);
	assert_int_equal(stance("Roe said | Ann and her aides had no contact"),
	    STANCE_DENIAL);
	assert_int_equal(stance("Hicks told the Post that | The campaign had no "
	    "contact with Russian officials."), STANCE_DENIAL);
	assert_int_equal(stance("He said | We have never reduced the grant"),
	    STANCE_DENIAL);
	assert_int_equal(stance("He said | That is completely false"),
	    STANCE_DENIAL);
}

static void
test_negation_is_not_always_denial(void **state)
{
	assert_int_equal(stance("He said | not always productive talks"),
	    STANCE_CLAIM);
	assert_int_equal(stance("He said | I cannot say that all of them but "
	    "quite a few have"), STANCE_CLAIM);
	assert_int_equal(stance("He said | the talks were not only long but "
	    "useful"), STANCE_CLAIM);
	assert_int_equal(stance("He said | after a long night, nobody slept"),
	    STANCE_CLAIM);
	assert_int_equal(stance("He said | no"), STANCE_CLAIM);
	tokens_free(&T);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frame_cues),
		cmocka_unit_test(test_refusal_outranks),
		cmocka_unit_test(test_negated_content),
		cmocka_unit_test(test_negation_is_not_always_denial),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

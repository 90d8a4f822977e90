/* coref.c: tying mentions to the sources of one article. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "coref.h"
#include "relays.h"
#include "scan.h"
#include "speakers.h"

static struct coref		C;
static struct attrib_result	R;

static void
start(const char *s)
{
	coref_free(&C);
	attrib_result_free(&R);
	scan_sentences(s);
	coref_init(&C, &T, &R);
}

/* The token of the n-th occurrence of w (from 0). */
static size_t
at(const char *w, int n)
{
	size_t	i = scan_at(&T, w, n);

	if (i == T.n)
		fail_msg("no %s", w);
	return i;
}

/* The mention ending before the n-th "said". */
static struct mention
before_said(int n)
{
	struct mention	m;

	assert_true(speakers_left(&T, at("said", n), 0, &m));
	return m;
}

/* Resolve the speakers of the first two "said" of s, in order. */
static void
two_speakers(const char *s, int *a, int *b)
{
	struct mention	m0, m1;

	start(s);
	m0 = before_said(0);
	m1 = before_said(1);
	coref_register(&C, &m0);
	coref_register(&C, &m1);
	*a = coref_resolve(&C, &m0);
	*b = coref_resolve(&C, &m1);
}

static const char *
name(int i)
{
	return i >= 0 ? R.src[i].name : "(none)";
}

static void
test_surname_and_full_name(void **state)
{
	int	a, b;

	two_speakers("Ryabkov said no. Later Sergei Ryabkov said yes.", &a, &b);
	assert_int_equal(a, b);
	assert_string_equal(name(a), "Sergei Ryabkov");
	assert_int_equal(R.src[a].kind, SOURCE_PERSON);
}

static void
test_different_given_names(void **state)
{
	int	a, b;

	two_speakers("Bill Clinton said no. Hillary Clinton said yes.", &a, &b);
	assert_int_not_equal(a, b);
	assert_int_equal(R.nsrc, 2);
}

static void
test_description_finds_named_person(void **state)
{
	struct mention	m0, m1;

	start("The deputy foreign minister said it. Deputy Foreign Minister "
	    "Sergei Ryabkov said more.");
	m0 = before_said(0);
	m1 = before_said(1);
	coref_register(&C, &m1);	/* names are registered first */
	assert_string_equal(name(coref_resolve(&C, &m0)), "Sergei Ryabkov");
	assert_string_equal(R.src[0].role, "Deputy Foreign Minister");
}

static void
test_pronouns(void **state)
{
	struct mention	m[4];
	int		i;

	start("Spokeswoman Ines Marrow said no. Spokesman Rafe Calder said yes. "
	    "She said maybe. They said nothing.");
	for (i = 0; i < 4; i++)
		m[i] = before_said(i);
	coref_resolve(&C, &m[0]);
	coref_resolve(&C, &m[1]);
	/* she: the latest speaker who can be a she */
	assert_string_equal(name(coref_resolve(&C, &m[2])), "Ines Marrow");
	/* they: no group or organisation has spoken */
	assert_int_equal(coref_resolve(&C, &m[3]), -1);
}

static void
test_organisations(void **state)
{
	int	a, b;

	two_speakers("The Clinton campaign said no. The campaign said it again.",
	    &a, &b);
	assert_int_equal(a, b);
	assert_string_equal(name(a), "Clinton campaign");
	assert_int_equal(R.src[a].kind, SOURCE_ORGANIZATION);
}

static void
test_outlets(void **state)
{
	struct outlet_match	m;
	int			a, b, c, d;

	start("The Washington Post reported it, and the Post said so; "
	    "Bloomberg News and then Bloomberg reported it too.");
	assert_true(relays_outlet_at(&T, at("the", 0), &m));
	a = coref_outlet(&C, &m);
	assert_true(relays_outlet_at(&T, at("the", 1), &m));
	b = coref_outlet(&C, &m);
	assert_int_equal(a, b);
	assert_string_equal(name(a), "Washington Post");
	assert_true(relays_outlet_at(&T, at("bloomberg", 0), &m));
	c = coref_outlet(&C, &m);
	assert_true(relays_outlet_at(&T, at("bloomberg", 1), &m));
	d = coref_outlet(&C, &m);
	assert_int_equal(c, d);
	assert_string_equal(name(c), "Bloomberg News");
	coref_count(&C);
	assert_int_equal(R.src[a].nmentions, 2);
}

static void
test_counting_mentions(void **state)
{
	struct mention	m;
	int		a;

	start("Odile Ferrand said no. Ferrand left; Ferrand came back.");
	m = before_said(0);
	a = coref_resolve(&C, &m);
	coref_count(&C);
	assert_int_equal(R.src[a].nmentions, 3);
	assert_true(R.src[a].mentions[0].end <= R.src[a].mentions[1].start);
	coref_free(&C);
	attrib_result_free(&R);
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_surname_and_full_name),
		cmocka_unit_test(test_different_given_names),
		cmocka_unit_test(test_description_finds_named_person),
		cmocka_unit_test(test_pronouns),
		cmocka_unit_test(test_organisations),
		cmocka_unit_test(test_outlets),
		cmocka_unit_test(test_counting_mentions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

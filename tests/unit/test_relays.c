/* relays.c: the outlet gazetteer, mastheads, relays of a sentence. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "relays.h"
#include "scan.h"


/* The outlet starting at the token of word w: its canonical name or text. */
static const char *
outlet(const char *w)
{
	struct outlet_match	m;
	size_t			i = scan_at(&T, w, 0);

	if (i == T.n || !relays_outlet_at(&T, i, &m))
		return "";
	return m.row >= 0 ? relays_canonical(m.row) : scan_words(&T, m.first,
	    m.last, 0);
}

static void
test_gazetteer(void **state)
{
	scan_sentences("It told the Washington Post, Fox News and AP, not the Post.");
	assert_string_equal(outlet("the"), "Washington Post");
	assert_string_equal(outlet("fox"), "Fox News");
	assert_string_equal(outlet("ap"), "Associated Press");
	scan_sentences("Then the New York Times and the New Yorker wrote.");
	assert_string_equal(outlet("the"), "New York Times");
}

static void
test_short_and_needs_the(void **state)
{
	struct outlet_match	m;

	scan_sentences("Post office. The Post said. The Hill reported. Hill said.");
	assert_false(relays_outlet_at(&T, 0, &m));
	assert_true(relays_outlet_at(&T, 3, &m));
	assert_true(m.is_short);
	assert_string_equal(outlet("hill"), "");	/* needs "the" */
	scan_sentences("The Hill reported.");
	assert_string_equal(outlet("the"), "The Hill");
}

static void
test_ambiguous_names(void **state)
{
	scan_sentences("Michael Bloomberg said so.");
	assert_string_equal(outlet("bloomberg"), "");
	scan_sentences("He told Bloomberg so.");
	assert_string_equal(outlet("bloomberg"), "Bloomberg");
	scan_sentences("Bloomberg reported it.");
	assert_string_equal(outlet("bloomberg"), "Bloomberg");
}

static void
test_mastheads(void **state)
{
	scan_sentences("He told the Kestrel Courier and the Marlow Gazette.");
	assert_string_equal(outlet("kestrel"), "Kestrel Courier");
	assert_string_equal(outlet("marlow"), "Marlow Gazette");
	scan_sentences("The Courier said it. Times Square was full.");
	assert_string_equal(outlet("the"), "Courier");
	assert_string_equal(outlet("times"), "");
}

static void
test_relays_in_sentence(void **state)
{
	struct relay	r[RELAYS_MAX];
	size_t		n;

	scan_sentences("He told Interfax that “the Guardian is wrong,” according to the "
	    "same report and Reuters.");
	n = relays_in_sentence(&T, 0, T.n, r);
	assert_int_equal(n, 3);
	assert_string_equal(relays_canonical(r[0].row), "Interfax");
	assert_int_equal(r[1].row, -1);		/* a document */
	assert_true(r[1].same);
	assert_string_equal(relays_canonical(r[2].row), "Reuters");
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gazetteer),
		cmocka_unit_test(test_short_and_needs_the),
		cmocka_unit_test(test_ambiguous_names),
		cmocka_unit_test(test_mastheads),
		cmocka_unit_test(test_relays_in_sentence),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

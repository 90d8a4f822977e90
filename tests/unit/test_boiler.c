/* boiler.c: site chrome recognised by its shape. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "boiler.h"

#define L(s)		{ s, sizeof(s) - 1 }
#define CHROME(s)	boiler_is_chrome_line(s, strlen(s))

static void
test_chrome_lines(void **state)
{
	assert_true(CHROME("Managing Editor:"));
	assert_true(CHROME("Sign up now"));
	assert_false(CHROME("He left."));
	assert_false(CHROME("“We will not,” she said.”"));
	assert_false(CHROME("“Never.”"));
	assert_false(CHROME(
	    "A line that is far too long to be a label in any menu at all"));
}

static void
test_trailing_run(void **state)
{
	const struct boiler_line v[] = {
		L("Storm Closes Bridge"), L(""),
		L("The bridge was closed on Tuesday after the storm damaged it."),
		L(""), L("Top Stories"), L("Staff Writer:"), L("Photo Editor:"),
		L("Advertise"),
	};
	size_t	first, last;

	boiler_trim_lines(v, 8, &first, &last);
	assert_int_equal(first, 0);
	assert_int_equal(last, 4);
}

static void
test_short_tail_kept(void **state)
{
	/* two short lines are a sign-off, not a masthead */
	const struct boiler_line v[] = {
		L("Title Here"), L(""), L("A sentence of prose ends here."),
		L("Reporting by Ann Lee"), L("Editing by Bo Kim"),
	};
	size_t	first, last;

	boiler_trim_lines(v, 5, &first, &last);
	assert_int_equal(last, 5);
}

static void
test_leading_menu(void **state)
{
	const struct boiler_line v[] = {
		L("Home"), L("World"), L("Business"), L("Sport"),
		L("Mayor Opens New Market Hall"), L(""),
		L("The mayor opened the hall on Saturday, two years late."),
	};
	size_t	first, last;

	boiler_trim_lines(v, 7, &first, &last);
	assert_int_equal(first, 4);
	assert_int_equal(last, 7);
}

static void
test_title_byline_date_kept(void **state)
{
	const struct boiler_line v[] = {
		L("Mayor Opens New Market Hall"), L("By Ann Lee"),
		L("March 3, 2017"), L(""),
		L("The mayor opened the hall on Saturday, two years late."),
	};
	size_t	first, last;

	boiler_trim_lines(v, 5, &first, &last);
	assert_int_equal(first, 0);
}

static void
test_all_chrome_kept(void **state)
{
	const struct boiler_line v[] = { L("Home"), L("News"), L("Sport"), L("More") };
	size_t	first, last;

	boiler_trim_lines(v, 4, &first, &last);
	assert_int_equal(first, 0);
	assert_int_equal(last, 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chrome_lines),
		cmocka_unit_test(test_trailing_run),
		cmocka_unit_test(test_short_tail_kept),
		cmocka_unit_test(test_leading_menu),
		cmocka_unit_test(test_title_byline_date_kept),
		cmocka_unit_test(test_all_chrome_kept),
	};

	return cmocka_run_group_tests_name("boiler", tests, NULL, NULL);
}

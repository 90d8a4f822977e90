/* quotes.c: pairing quotation marks, paragraph by paragraph. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "scan.h"
#include "xmalloc.h"

#define Q	(scan_s.q)

/* The content of quotation i. */
static const char *
content(size_t i)
{
	static char	out[256];

	snprintf(out, sizeof out, "%.*s", (int)(Q.v[i].text.end -
	    Q.v[i].text.start), T.text + Q.v[i].text.start);
	return out;
}

static void
test_kinds_of_marks(void **state)
{
	scan_tokens("He said “curly” and \"straight\" and «guillemets» and ''doubled'' "
	    "and ``tex''.");
	assert_int_equal(Q.n, 5);
	assert_string_equal(content(0), "curly");
	assert_string_equal(content(1), "straight");
	assert_string_equal(content(2), "guillemets");
	assert_string_equal(content(3), "doubled");
	assert_string_equal(content(4), "tex");
}

static void
test_trailing_comma(void **state)
{
	scan_tokens("“We won,” she said. “They lost.”");
	assert_int_equal(Q.n, 2);
	assert_string_equal(content(0), "We won");
	assert_string_equal(content(1), "They lost.");
	assert_int_equal(Q.v[0].nwords, 2);
	assert_true(T.v[Q.v[0].open].flags & TF_OPEN);
	assert_true(T.v[Q.v[0].close].flags & TF_CLOSE);
}

static void
test_nested(void **state)
{
	scan_tokens("“They said ‘never again’ to me,” he said.");
	assert_int_equal(Q.n, 1);
	assert_string_equal(content(0), "They said ‘never again’ to me");
}

static void
test_single_marks_ignored_with_double(void **state)
{
	scan_tokens("The ‘Bad Angels’ speech, he said, was “fine.”");
	assert_int_equal(Q.n, 1);
	assert_string_equal(content(0), "fine.");
}

static void
test_single_marks_quote_without_double(void **state)
{
	scan_tokens("'We have held prices,' said Mr Reddy. The company's 'loyal "
	    "customers' stay.");
	assert_int_equal(Q.n, 2);
	assert_string_equal(content(0), "We have held prices");
	assert_true(Q.v[0].flags & QUOTE_SINGLE);
	assert_string_equal(content(1), "loyal customers");
}

static void
test_multi_paragraph(void **state)
{
	scan_tokens("He said: “The first part.\n\n“The second part.\n\n“The end.”\n\n"
	    "After that, silence.");
	assert_int_equal(Q.n, 3);
	assert_true(Q.v[0].flags & QUOTE_UNCLOSED);
	assert_true(Q.v[0].flags & QUOTE_CONTINUES);
	assert_int_equal(Q.v[1].prev, 0);
	assert_int_equal(Q.v[2].prev, 1);
	assert_false(Q.v[2].flags & QUOTE_CONTINUES);
	assert_string_equal(content(1), "The second part.");
}

static void
test_unclosed_not_continued(void **state)
{
	scan_tokens("He said “it never ends\n\nNext paragraph.");
	assert_int_equal(Q.n, 1);
	assert_true(Q.v[0].flags & QUOTE_UNCLOSED);
	assert_false(Q.v[0].flags & QUOTE_CONTINUES);
	assert_string_equal(content(0), "it never ends");
}

static void
test_stray_and_empty(void **state)
{
	scan_tokens("A stray ” closer, an empty “” pair, and 12\" of rain.");
	assert_int_equal(Q.n, 0);
}

static void
test_reopened(void **state)
{
	scan_tokens("“First one never closed “second one”.");
	assert_int_equal(Q.n, 2);
	assert_true(Q.v[0].flags & QUOTE_UNCLOSED);
	assert_string_equal(content(1), "second one");
}

static void
test_plural_possessive(void **state)
{
	scan_tokens("The Sanders’ campaign said “no.”");
	assert_int_equal(Q.n, 1);
	assert_int_equal(T.v[2].kind, TOK_WORD);
	assert_true(T.v[2].flags & TF_POSS);
}

static void
test_many_marks(void **state)
{
	size_t	n = 30000, i;
	char	*s = xmalloc(n + 1);

	for (i = 0; i < n; i++)
		s[i] = "\"a \xe2\x80\x9c b\xe2\x80\x9d\n"[i % 13];
	s[n] = '\0';
	scan_tokens(s);
	assert_true(Q.n > 0 && Q.n < n);
	for (i = 0; i < Q.n; i++)
		assert_true(Q.v[i].first <= Q.v[i].last && Q.v[i].last <= T.n);
	free(s);
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds_of_marks),
		cmocka_unit_test(test_trailing_comma),
		cmocka_unit_test(test_nested),
		cmocka_unit_test(test_single_marks_ignored_with_double),
		cmocka_unit_test(test_single_marks_quote_without_double),
		cmocka_unit_test(test_multi_paragraph),
		cmocka_unit_test(test_unclosed_not_continued),
		cmocka_unit_test(test_stray_and_empty),
		cmocka_unit_test(test_reopened),
		cmocka_unit_test(test_plural_possessive),
		cmocka_unit_test(test_many_marks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

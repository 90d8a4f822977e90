/* article.c: metadata fields, paragraphs, content hash. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "article.h"

static void
test_set_collapses_space(void **state)
{
	char	*f = NULL;

	article_set(&f, "  A  title\n\twith   gaps ", 24);
	assert_string_equal(f, "A title with gaps");
	article_set(&f, " \n ", 3);
	assert_null(f);
}

static void
test_paragraphs(void **state)
{
	struct article	 a;
	struct span	*p;
	size_t		 n;

	article_init(&a);
	article_add_paragraph(&a, "  First.  ", 10);
	article_add_paragraph(&a, "\n\n", 2);		/* blank: dropped */
	article_add_paragraph(&a, "Second.", 7);
	assert_string_equal(buf_str(&a.body), "First.\n\nSecond.");
	n = article_paragraphs(a.body.s, a.body.len, &p);
	assert_int_equal(n, 2);
	assert_int_equal(p[0].start, 0);
	assert_int_equal(p[0].end, 6);
	assert_int_equal(p[1].start, 8);
	assert_int_equal(p[1].end, 15);
	free(p);
	article_free(&a);
}

static void
test_paragraphs_empty(void **state)
{
	struct span	*p;

	assert_int_equal(article_paragraphs("", 0, &p), 0);
	free(p);
}

static void
test_hash(void **state)
{
	struct article	a, b;
	uint64_t	h;

	article_init(&a);
	article_init(&b);
	article_set(&a.title, "T", 1);
	article_set(&b.title, "T", 1);
	article_add_paragraph(&a, "Body.", 5);
	article_add_paragraph(&b, "Body.", 5);
	assert_true(article_hash(&a) == article_hash(&b));
	/* title and body are separated: moving text between them changes it */
	article_set(&b.title, "TB", 2);
	buf_truncate(&b.body, 0);
	article_add_paragraph(&b, "ody.", 4);
	assert_false(article_hash(&a) == article_hash(&b));
	/* sealed, the hash is the one the text had: taken once, not changed */
	h = article_hash(&a);
	article_seal(&a);
	assert_true(a.sealed && a.hash == h && article_hash(&a) == h);
	article_free(&a);
	article_free(&b);
}

static void
sentence_is(const char *body, const char *inner, const char *want)
{
	const char	*at = strstr(body, inner);
	struct span	 in, out;

	assert_non_null(at);
	in.start = (uint32_t)(at - body);
	in.end = in.start + (uint32_t)strlen(inner);
	out = article_sentence(body, strlen(body), in);
	assert_int_equal(out.end - out.start, strlen(want));
	assert_memory_equal(body + out.start, want, strlen(want));
}

static void
test_sentence(void **state)
{
	static const char body[] = "First one. Mr. Lee of the U.S. Navy said "
	    "\"yes, we did.\" Then he left.\n\nNew paragraph here.";

	sentence_is(body, "yes", "Mr. Lee of the U.S. Navy said \"yes, we did.\"");
	sentence_is(body, "First", "First one.");
	sentence_is(body, "he left", "Then he left.");
	sentence_is(body, "paragraph", "New paragraph here.");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_collapses_space),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_paragraphs_empty),
		cmocka_unit_test(test_hash),
		cmocka_unit_test(test_sentence),
	};

	return cmocka_run_group_tests_name("article", tests, NULL, NULL);
}

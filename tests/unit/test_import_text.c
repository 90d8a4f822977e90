/* import_text.c and import.c: the plain-text shape and every encoding trap. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import.h"

struct got {
	struct article	a;
	int		n;
	char		notes[256];
};

static int
got_article(void *ctx, struct article *a, struct error *err)
{
	struct got	*g = ctx;

	g->n++;
	article_free(&g->a);
	g->a = *a;
	memset(a, 0, sizeof *a);	/* keep it: the importer frees the rest */
	return 0;
}

static void
got_warn(void *ctx, const char *msg)
{
	struct got	*g = ctx;

	snprintf(g->notes, sizeof g->notes, "%s", msg);
}

/* Import s as text; returns the importer's result, fills g. */
static int
run(struct got *g, const char *s, size_t n, struct error *err)
{
	struct import_sink	sink = { got_article, got_warn, NULL, g };

	memset(g, 0, sizeof *g);
	return import_parse(s, n, "t.txt", IMPORT_TEXT, &sink, err);
}

static void
test_seed_shape(void **state)
{
	static const char s[] = "Title Line\n\nFirst paragraph.\n\nSecond one.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.a.title, "Title Line");
	assert_string_equal(buf_str(&g.a.body), "First paragraph.\n\nSecond one.");
	assert_string_equal(g.a.file, "t.txt");
	article_free(&g.a);
}

static void
test_crlf_bom_tabs(void **state)
{
	static const char s[] = "\xef\xbb\xbfT\r\n\r\nA\tb.\r\n\r\nC.\r\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(g.a.title, "T");
	assert_string_equal(buf_str(&g.a.body), "A\tb.\n\nC.");
	article_free(&g.a);
}

static void
test_nul_bytes_dropped(void **state)
{
	static const char s[] = "T\n\nA b\0c.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(buf_str(&g.a.body), "A bc.");
	assert_non_null(strstr(g.notes, "1 NUL byte dropped"));
	article_free(&g.a);
}

static void
test_cp1252_transcoded(void **state)
{
	static const char s[] = "Caf\xe9\n\n\x93Yes,\x94 she said.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(g.a.title, "Caf\xc3\xa9");
	assert_string_equal(buf_str(&g.a.body),
	    "\xe2\x80\x9cYes,\xe2\x80\x9d she said.");
	assert_non_null(strstr(g.notes, "Windows-1252"));
	article_free(&g.a);
}

static void
test_utf16(void **state)
{
	static const char s[] = "\xff\xfeT\0\n\0\n\0B\0.\0";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(g.a.title, "T");
	assert_string_equal(buf_str(&g.a.body), "B.");
	article_free(&g.a);
}

static void
test_refusals(void **state)
{
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, "", 0, &err), -1);
	assert_string_equal(err.msg, "empty file");
	assert_int_equal(run(&g, "\x89PNG\r\n\x1a\n", 8, &err), -1);
	assert_non_null(strstr(err.msg, "PNG image"));
	assert_int_equal(run(&g, "\x01\x02\x03\x04\x05 x", 7, &err), -1);
	assert_non_null(strstr(err.msg, "binary"));
	assert_int_equal(run(&g, " \n\n \n", 5, &err), -1);
	assert_non_null(strstr(err.msg, "no text"));
	assert_int_equal(run(&g, "Only A Title\n", 13, &err), -1);
	assert_non_null(strstr(err.msg, "only a title"));
	assert_int_equal(g.n, 0);
}

static void
test_wrapped_joined(void **state)
{
	static const char s[] =
	    "T\n\nThe council met on Monday to talk about the plan for the\n"
	    "new road, which would run past the school and the old mill.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_null(strchr(buf_str(&g.a.body), '\n'));
	article_free(&g.a);
}

static void
test_lines_are_paragraphs(void **state)
{
	static const char s[] = "Title\nFirst paragraph, a long line of prose "
	    "that no one would wrap by hand because it goes on and on and on.\n"
	    "Second.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(g.a.title, "Title");
	assert_non_null(strstr(buf_str(&g.a.body), "on.\n\nSecond."));
	article_free(&g.a);
}

static void
test_byline(void **state)
{
	static const char s[] = "Title\n\nBy Ann Lee\n\nText.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(g.a.byline, "Ann Lee");
	assert_string_equal(buf_str(&g.a.body), "Text.");
	article_free(&g.a);
}

static void
test_dateline(void **state)
{
	static const char s[] = "Title\n\nBy Ann Lee\n"
	    "Valley Post \xe2\x80\x94 14 May 2024\n\nText.\n";
	static const char t[] = "Title\n\nTuesday, May 14, 2024\n\nText.\n";
	static const char u[] = "Title\n\nNot a date line\n\nText.\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(g.a.byline, "Ann Lee");
	assert_string_equal(g.a.outlet, "Valley Post");
	assert_string_equal(g.a.date, "2024-05-14");
	assert_string_equal(buf_str(&g.a.body), "Text.");
	article_free(&g.a);
	assert_int_equal(run(&g, t, sizeof t - 1, &err), 0);
	assert_string_equal(g.a.date, "2024-05-14");
	assert_null(g.a.outlet);
	article_free(&g.a);
	assert_int_equal(run(&g, u, sizeof u - 1, &err), 0);
	assert_null(g.a.date);
	assert_string_equal(buf_str(&g.a.body), "Not a date line\n\nText.");
	article_free(&g.a);
}

static void
test_chrome_dropped(void **state)
{
	static const char s[] = "Title\n\nProse ends here.\n\nLatest\n"
	    "Editor:\nDesk:\nOwner:\n";
	struct got	g;
	struct error	err;

	assert_int_equal(run(&g, s, sizeof s - 1, &err), 0);
	assert_string_equal(buf_str(&g.a.body), "Prose ends here.");
	article_free(&g.a);
}

static void
test_long_line(void **state)
{
	size_t		 n = 4 << 20;
	char		*s = malloc(n + 3);
	struct got	 g;
	struct error	 err;

	assert_non_null(s);
	memcpy(s, "T\n\n", 3);
	memset(s + 3, 'x', n);
	assert_int_equal(run(&g, s, n + 3, &err), 0);
	assert_int_equal(g.a.body.len, n);
	article_free(&g.a);
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_shape),
		cmocka_unit_test(test_crlf_bom_tabs),
		cmocka_unit_test(test_nul_bytes_dropped),
		cmocka_unit_test(test_cp1252_transcoded),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_wrapped_joined),
		cmocka_unit_test(test_lines_are_paragraphs),
		cmocka_unit_test(test_byline),
		cmocka_unit_test(test_chrome_dropped),
		cmocka_unit_test(test_dateline),
		cmocka_unit_test(test_long_line),
	};

	return cmocka_run_group_tests_name("import_text", tests, NULL, NULL);
}

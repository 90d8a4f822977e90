/* import_html.c, html.c, html_meta.c, boiler_html.c: saved web pages. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <zlib.h>

#include "collect.h"
#include "xmalloc.h"

static struct collect	c;

static void
import_fixture(const char *name)
{
	size_t	 n = 0;
	char	*s = collect_fixture(name, &n);

	assert_non_null(s);
	assert_int_equal(collect_parse(&c, s, n, IMPORT_AUTO), 0);
	assert_int_equal(c.n, 1);
	free(s);
}

/* Metadata from JSON-LD before <title>, with the site's suffix. */
static void
test_metadata(void **state)
{
	import_fixture("html/article.html");
	assert_string_equal(c.v[0].title, "Orchard growers fear a late frost");
	assert_string_equal(c.v[0].byline, "Lena Voss, Piet Arlo");
	assert_string_equal(c.v[0].date, "2021-04-02T11:30:00Z");
	assert_string_equal(c.v[0].outlet, "Valley Courier");
	assert_string_equal(c.v[0].url, "https://courier.example/2021/04/frost");
}

/* The article's paragraphs in order; none of the chrome around them. */
static void
test_body(void **state)
{
	static const char *const chrome[] = {
		"Home", "Facebook", "newsletter", "Hail damages", "Most read",
		"Great article", "Privacy", "track(", "Subscribe", "By Lena Voss",
		"color: red", "Orchard growers fear",
	};
	const char	*body, *p1, *p2, *p4;
	size_t		 i;

	import_fixture("html/article.html");
	body = collect_body(&c, 0);
	p1 = strstr(body, "Apple and cherry growers");
	p2 = strstr(body, "\xe2\x80\x9cOne cold night in April");
	p4 = strstr(body, "Frost protection costs");
	assert_non_null(p1);
	assert_non_null(p2);
	assert_non_null(p4);
	assert_true(p1 < p2 && p2 < p4);
	assert_non_null(strstr(body, "dawn.\n\n\xe2\x80\x9cOne"));
	assert_non_null(strstr(body, "growers\xe2\x80\x99 association"));
	for (i = 0; i < sizeof chrome / sizeof chrome[0]; i++)
		if (strstr(body, chrome[i]) != NULL)
			fail_msg("chrome '%s' kept in the body", chrome[i]);
}

/* A declared legacy charset is honoured. */
static void
test_charset(void **state)
{
	import_fixture("html/latin1.html");
	assert_string_equal(c.v[0].title, "Caf\xc3\xa9 owners protest");
	assert_non_null(strstr(collect_body(&c, 0), "r\xc3\xa9sidence"));
	/* saved as UTF-8 under its old declaration: the bytes win */
	assert_int_equal(collect_str(&c, "<html><head><meta charset=\"gb2312\">"
	    "<title>Caf\xc3\xa9</title></head><body><p>Na\xc3\xafve text.</p>"
	    "</body></html>", IMPORT_HTML), 0);
	assert_string_equal(c.v[0].title, "Caf\xc3\xa9");
}

static char *
gzip_bytes(const char *s, size_t n, size_t *out)
{
	z_stream	 z;
	char		*buf = xmalloc(n + 1024);

	memset(&z, 0, sizeof z);
	assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 16 + 15, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)(uintptr_t)s;
	z.avail_in = (uInt)n;
	z.next_out = (Bytef *)buf;
	z.avail_out = (uInt)(n + 1024);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	*out = z.total_out;
	deflateEnd(&z);
	return buf;
}

/* gzip-compressed pages are read; truncated gzip is refused. */
static void
test_gzip(void **state)
{
	size_t	 n = 0, zn;
	char	*s = collect_fixture("html/article.html", &n), *z;

	assert_non_null(s);
	z = gzip_bytes(s, n, &zn);
	assert_int_equal(collect_parse(&c, z, zn, IMPORT_AUTO), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].title, "Orchard growers fear a late frost");
	assert_int_equal(collect_parse(&c, z, zn / 2, IMPORT_AUTO), -1);
	assert_non_null(strstr(c.err.msg, "gzip"));
	free(z);
	free(s);
}

/* What is not an article is refused with a reason, never a crash. */
static void
test_hostile(void **state)
{
	struct buf	b = BUF_INIT;
	int		i;

	assert_int_equal(collect_str(&c, "<html><body><nav><a href=/>Home</a>"
	    "</nav></body></html>", IMPORT_AUTO), -1);
	assert_non_null(strstr(c.err.msg, "no article text"));
	assert_int_equal(collect_str(&c, "<html><body><script>x()</script>"
	    "</body></html>", IMPORT_HTML), -1);
	/* deep nesting, unclosed tags, junk attributes */
	for (i = 0; i < 5000; i++)
		buf_adds(&b, "<div class=\"a\x01\"><span>");
	buf_adds(&b, "<p>Deep text that is long enough to be a paragraph of its "
	    "own, with a comma, and more words.</p>");
	collect_parse(&c, b.s, b.len, IMPORT_HTML);
	buf_free(&b);
	assert_int_equal(collect_str(&c, "<p>One paragraph, directly, with "
	    "no html or body element around it at all.</p>", IMPORT_AUTO), 0);
	assert_non_null(strstr(collect_body(&c, 0), "One paragraph"));
}

/* Two <br> make a paragraph break; hidden elements are never text. */
static void
test_breaks_hidden(void **state)
{
	assert_int_equal(collect_str(&c, "<html><body><div>First part of the "
	    "text here.<br><br>Second part of it, after two breaks.<span "
	    "style=\"display:none\">HIDDEN</span><p hidden>ALSO</p></div>"
	    "</body></html>", IMPORT_HTML), 0);
	assert_string_equal(collect_body(&c, 0), "First part of the text here."
	    "\n\nSecond part of it, after two breaks.");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_metadata, collect_teardown),
		cmocka_unit_test_teardown(test_body, collect_teardown),
		cmocka_unit_test_teardown(test_charset, collect_teardown),
		cmocka_unit_test_teardown(test_gzip, collect_teardown),
		cmocka_unit_test_teardown(test_hostile, collect_teardown),
		cmocka_unit_test_teardown(test_breaks_hidden, collect_teardown),
	};

	collect_init(&c);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* opml.c: subscription lists read and written. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "opml.h"

/* The feeds read, one "url|title" line each. */
static int
collect(void *ctx, const struct opml_feed *f)
{
	buf_printf(ctx, "%s|%s\n", f->url, f->title != NULL ? f->title : "-");
	return 0;
}

static const char *
read_list(struct buf *b, const char *s)
{
	struct error	err;

	buf_truncate(b, 0);
	assert_int_equal(opml_read(s, strlen(s), collect, b, &err), 0);
	return buf_str(b);
}

/* Feeds in folders, attribute names in any case, title before text. */
static void
test_read(void **state)
{
	struct buf	b = BUF_INIT;

	assert_string_equal(read_list(&b, "<?xml version=\"1.0\"?>"
	    "<opml version=\"1.0\"><head><title>t</title></head><body>"
	    "<outline text=\"News\">"
	    "<outline text=\"A &amp; B\" xmlUrl=\"http://a.example/rss\"/>"
	    "<outline text=\"Deeper\"><outline TEXT=\"x\" title=\"Gazette\""
	    " XMLURL=\"https://g.example/feed\"/></outline></outline>"
	    "<outline text=\"no feed here\"/>"
	    "<outline xmlUrl=\"http://c.example/\"/>"
	    "<outline text=\"empty\" xmlUrl=\"\"/>"
	    "</body></opml>"),
	    "http://a.example/rss|A & B\n"
	    "https://g.example/feed|Gazette\n"
	    "http://c.example/|-\n");
	assert_string_equal(read_list(&b, "<opml><body/></opml>"), "");
	buf_free(&b);
}

/* Not OPML, or not XML: refused, saying which. */
static void
test_refused(void **state)
{
	struct buf	b = BUF_INIT;
	struct error	err;

	assert_int_equal(opml_read("<rss/>", 6, collect, &b, &err), -1);
	assert_string_equal(err.msg, "not OPML: the root element is <rss>");
	assert_int_equal(opml_read("<opml><body>", 12, collect, &b, &err), -1);
	assert_string_equal(err.msg, "not well-formed XML");
	assert_int_equal(opml_read("", 0, collect, &b, &err), -1);
	assert_int_equal(b.len, 0);
	buf_free(&b);
}

/* An entity that would grow a billionfold is not expanded. */
static void
test_entities(void **state)
{
	static const char	 bomb[] = "<?xml version=\"1.0\"?>"
	    "<!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
	    "<opml><body><outline text=\"&d;\" xmlUrl=\"http://a.example/\"/>"
	    "</body></opml>";
	struct buf		 b = BUF_INIT;
	struct error		 err;

	if (opml_read(bomb, sizeof bomb - 1, collect, &b, &err) == 0)
		assert_true(b.len < 100000);
	buf_free(&b);
}

/* What is written reads back the same, markup and controls made safe. */
static void
test_roundtrip(void **state)
{
	struct opml_feed	 f[] = {
		{ "http://a.example/rss?x=1&y=2", "Harbour \"News\" <daily>" },
		{ "https://b.example/", NULL },
		{ "http://c.example/", "Bell\a and\ttab" },
	};
	struct buf		 b = BUF_INIT;
	char			*text = NULL;
	size_t			 len = 0, i;
	FILE			*fp;

	assert_non_null(fp = open_memstream(&text, &len));
	opml_begin(fp, "mine & yours");
	for (i = 0; i < sizeof f / sizeof f[0]; i++)
		opml_put(fp, &f[i]);
	opml_end(fp);
	fclose(fp);
	assert_non_null(strstr(text, "<title>mine &amp; yours</title>"));
	assert_string_equal(read_list(&b, text),
	    "http://a.example/rss?x=1&y=2|Harbour \"News\" <daily>\n"
	    "https://b.example/|https://b.example/\n"
	    "http://c.example/|Bell and\ttab\n");
	free(text);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_roundtrip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

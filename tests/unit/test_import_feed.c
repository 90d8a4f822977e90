/* import_feed.c, import_jsonfeed.c, feed.c and detection: feeds. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "collect.h"

static struct collect	c;

static void
import_fixture(const char *name, size_t want)
{
	size_t	 n = 0;
	char	*s = collect_fixture(name, &n);

	assert_non_null(s);
	if (collect_parse(&c, s, n, IMPORT_AUTO) != 0)
		fail_msg("%s: %s", name, c.err.msg);
	assert_int_equal(c.n, want);
	free(s);
}

/* RSS 2.0: full content (content:encoded) before the summary, chrome out. */
static void
test_rss(void **state)
{
	import_fixture("http/feed.xml", 2);
	assert_string_equal(c.v[0].title, "Ferry service to resume on Monday");
	assert_string_equal(c.v[0].outlet, "Harbour Town Gazette");
	assert_string_equal(c.v[0].byline, "Mara Quill");
	assert_string_equal(c.v[0].date, "2003-06-10T04:00:00Z");
	assert_string_equal(c.v[0].url, "http://gazette.example/ferry");
	/* a guid unique only within its feed is qualified by the feed */
	assert_string_equal(c.v[0].origin, "http://gazette.example/#gazette-1001");
	assert_non_null(strstr(collect_body(&c, 0), "director.\xe2\x80\x9d") ==
	    NULL ? strstr(collect_body(&c, 0), "director.") : "x");
	assert_null(strstr(collect_body(&c, 0), "Tweet"));
	assert_null(strstr(collect_body(&c, 0), "The ferry returns."));
	assert_null(strstr(collect_body(&c, 0), "Continue reading"));
	/* the summary, escaped HTML, when there is no full content */
	assert_string_equal(collect_body(&c, 1),
	    "The town library will open until nine on weekdays.");
	assert_string_equal(c.v[1].date, "2003-06-11T07:30:00Z");
}

/* Atom 1.0: xhtml content, alternate link against xml:base, tag: ids. */
static void
test_atom(void **state)
{
	import_fixture("feeds/atom.xml", 2);
	assert_string_equal(c.v[0].outlet, "River & Rail");
	assert_string_equal(c.v[0].url, "https://river.example/news/bridge");
	assert_string_equal(c.v[0].origin, "tag:river.example,2020:1");
	assert_string_equal(c.v[0].byline, "Ola Brink");
	assert_string_equal(c.v[0].date, "2020-05-01T07:00:00Z");
	assert_string_equal(collect_body(&c, 0), "Engineers found cracks in two "
	    "pillars of the old rail bridge, the transport office said on "
	    "Friday.\n\nTrains will run at walking pace until repairs are done.");
	assert_string_equal(collect_body(&c, 1), "The summer timetable starts on "
	    "June 1.\n\nTwo extra crossings are added on Sundays.");
	assert_string_equal(c.v[1].origin, "tag:river.example,2020:feed#42");
	assert_string_equal(c.v[1].date, "2020-04-30");
}

/* RSS 1.0 (RDF) in Latin-1, with an HTML entity XML does not know. */
static void
test_rdf(void **state)
{
	import_fixture("feeds/rdf.xml", 1);
	assert_string_equal(c.v[0].title, "Snow closes the pass");
	assert_string_equal(c.v[0].outlet, "Hill Post");
	assert_string_equal(c.v[0].byline, "Ute Kern");
	assert_string_equal(c.v[0].date, "2019-12-03T06:00:00Z");
	assert_string_equal(collect_body(&c, 0), "The pass road is closed after "
	    "heavy snow \xc3\xa9t\xc3\xa9 & winter alike.");
}

/* JSON Feed: an item with nothing to read is skipped and reported. */
static void
test_jsonfeed(void **state)
{
	import_fixture("feeds/jsonfeed.json", 2);
	assert_string_equal(c.v[0].outlet, "Lake Notes");
	assert_string_equal(c.v[0].byline, "Rina Holm");
	assert_string_equal(c.v[0].origin, "https://lake.example/feed.json#1");
	assert_null(c.v[1].date);
	assert_string_equal(collect_body(&c, 1), "Rentals open in May.");
	assert_non_null(strstr(buf_str(&c.warnings), "item 3: no title, text"));
}

static const struct {
	const char	*feed;
	const char	*reason;
} refused[] = {
	{ "<?xml version=\"1.0\"?><html><body>hi</body></html>",
	    "not a feed: root element <html>" },
	{ "<?xml version=\"1.0\"?><opml version=\"1.0\"><body/></opml>",
	    "OPML" },
	{ "<rss><channel><title>t</title></channel></rss>",
	    "the feed has no items" },
	{ "<rss><channel><item><guid>1</guid></item></channel></rss>",
	    "only item could not be read" },
	{ "<?xml version=\"1.0\"?><rss><chan", "the feed has no items" },
	{ "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": 3}",
	    "no \"items\" list" },
	{ "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [",
	    "bad JSON" },
};

static void
test_refused(void **state)
{
	size_t	i;

	for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		if (collect_str(&c, refused[i].feed, IMPORT_FEED) != -1)
			fail_msg("accepted: %s", refused[i].feed);
		if (strstr(c.err.msg, refused[i].reason) == NULL)
			fail_msg("'%s': '%s', not '%s'", refused[i].feed,
			    c.err.msg, refused[i].reason);
		assert_int_equal(c.n, 0);
	}
}

/* An item cut off by the end of the file is dropped, the others kept. */
static void
test_truncated(void **state)
{
	assert_int_equal(collect_str(&c, "<rss><channel><item><title>Whole"
	    "</title><description>all of it</description></item><item><title>"
	    "Half</title><description>cut of", IMPORT_AUTO), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].title, "Whole");
	assert_non_null(strstr(buf_str(&c.warnings), "cut off"));
	/* cut after the item closed: the item is whole */
	assert_int_equal(collect_str(&c, "<rss><channel><item><title>Whole"
	    "</title></item></chan", IMPORT_AUTO), 0);
	assert_int_equal(c.n, 1);
}

/* A bare ampersand does not lose the text around it. */
static void
test_ampersand(void **state)
{
	assert_int_equal(collect_str(&c, "<rss><channel><item><title>Fish & "
	    "Chips &amp; more &lt;3</title></item></channel></rss>",
	    IMPORT_AUTO), 0);
	assert_string_equal(c.v[0].title, "Fish & Chips & more <3");
	/* inside CDATA an ampersand is text already */
	assert_int_equal(collect_str(&c, "<feed xmlns=\"http://www.w3.org/2005/"
	    "Atom\"><entry><title type=\"text\"><![CDATA[A & B &amp; C]]>"
	    "</title></entry></feed>", IMPORT_AUTO), 0);
	assert_string_equal(c.v[0].title, "A & B &amp; C");
}

/* Nested entities are read flat, never multiplied. */
static void
test_entity_bomb(void **state)
{
	static const char bomb[] = "<?xml version=\"1.0\"?>"
	    "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
	    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
	    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
	    "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
	    "]><rss><channel><item><title>t</title><description>&g;&g;&g;"
	    "</description></item></channel></rss>";
	int	rc = collect_str(&c, bomb, IMPORT_AUTO);

	if (rc == 0)
		assert_true(c.v[0].body.len < 4096);
}

/* The format is named by content, not by file name. */
static void
test_detect(void **state)
{
	static const struct {
		const char		*s;
		enum import_format	 f;
	} cases[] = {
		{ "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", IMPORT_FEED },
		{ "\n\n<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"\">", IMPORT_FEED },
		{ "<rdf:RDF xmlns:rdf=\"x\">", IMPORT_FEED },
		{ "<!DOCTYPE html><html>", IMPORT_HTML },
		{ "<!-- saved --><html><head>", IMPORT_HTML },
		{ "<p>a fragment</p>", IMPORT_HTML },
		{ "{\"version\": \"https://jsonfeed.org/version/1\"}", IMPORT_FEED },
		{ "{\"title\": \"a\", \"text\": \"b\"}\n", IMPORT_JSONL },
		{ "A title\n\nA paragraph.", IMPORT_TEXT },
		{ "\xef\xbb\xbf<rss>", IMPORT_FEED },
		{ "<\0?\0x\0m\0l\0", IMPORT_FEED },
	};
	size_t	i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (import_detect(cases[i].s, strlen(cases[i].s) + (i == 10 ? 9 :
		    0)) != cases[i].f)
			fail_msg("case %zu: detected %s", i, import_format_name(
			    import_detect(cases[i].s, strlen(cases[i].s))));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_rss, collect_teardown),
		cmocka_unit_test_teardown(test_atom, collect_teardown),
		cmocka_unit_test_teardown(test_rdf, collect_teardown),
		cmocka_unit_test_teardown(test_jsonfeed, collect_teardown),
		cmocka_unit_test_teardown(test_refused, collect_teardown),
		cmocka_unit_test_teardown(test_truncated, collect_teardown),
		cmocka_unit_test_teardown(test_ampersand, collect_teardown),
		cmocka_unit_test_teardown(test_entity_bomb, collect_teardown),
		cmocka_unit_test_teardown(test_detect, collect_teardown),
	};

	collect_init(&c);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

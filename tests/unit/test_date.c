/* date.c: the date formats of feeds, pages and JSON lines, to ISO 8601. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "date.h"

static const struct {
	const char	*in;
	const char	*out;
} good[] = {
	/* RFC 822, 1123 and 2822, named and numeric zones */
	{ "Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z" },
	{ "Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00Z" },
	{ "10 Jun 2003 23:30 EST", "2003-06-11T04:30:00Z" },
	{ "Sat, 01 Jan 2000 00:00:00 -0130", "2000-01-01T01:30:00Z" },
	{ "Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z" },
	{ "Mon, 29 Feb 2016 12:00:00 PDT", "2016-02-29T19:00:00Z" },
	/* ISO 8601 and RFC 3339 */
	{ "2003-12-13T18:30:02Z", "2003-12-13T18:30:02Z" },
	{ "2003-12-13T18:30:02.25+01:00", "2003-12-13T17:30:02Z" },
	{ "2003-12-13T18:30-05:00", "2003-12-13T23:30:00Z" },
	{ "2003-12-13 18:30:02", "2003-12-13T18:30:02Z" },
	{ "2003-12-13 18:30:02 GMT", "2003-12-13T18:30:02Z" },
	{ "2003-12-13", "2003-12-13" },
	{ "2003-12", "2003-12-01" },
	{ "20031213", "2003-12-13" },
	/* asctime, and the way people write dates */
	{ "Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z" },
	{ "June 10, 2003", "2003-06-10" },
	{ "March 4th, 2017 3:05 pm", "2017-03-04T15:05:00Z" },
	{ "10 June 2003", "2003-06-10" },
	{ "12/31/17", "2017-12-31" },
	{ "2017/01/02", "2017-01-02" },
	{ "  2020-02-29T23:59:60Z ", "2020-02-29T23:59:59Z" },
};

static const char *const bad[] = {
	"", "yesterday", "2003-13-01", "2003-02-30", "31 Foo 2003",
	"Tue, 10 Jun 2003 25:00:00 GMT", "0000-00-00", "12345", "June",
	"2019-02-29", "Jan 1 2003 Jan", "2003-12-13T18:30:02Zjunk",
};

static void
test_good(void **state)
{
	char	out[DATE_ISO_MAX];
	size_t	i;

	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		if (date_parse(good[i].in, out) != 0)
			fail_msg("refused '%s'", good[i].in);
		if (strcmp(out, good[i].out) != 0)
			fail_msg("'%s' -> '%s', expected '%s'", good[i].in, out,
			    good[i].out);
	}
}

static void
test_bad(void **state)
{
	char	out[DATE_ISO_MAX];
	size_t	i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (date_parse(bad[i], out) != -1)
			fail_msg("accepted '%s' as '%s'", bad[i], out);
	assert_int_equal(date_parse(NULL, out), -1);
}

/* Long hostile input is refused quickly and never overflows out. */
static void
test_long(void **state)
{
	char	in[4096], out[DATE_ISO_MAX];

	memset(in, '9', sizeof in - 1);
	in[sizeof in - 1] = '\0';
	assert_int_equal(date_parse(in, out), -1);
	memset(in, ' ', 40);
	strcpy(in + 40, "2001-01-01");
	assert_int_equal(date_parse(in, out), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

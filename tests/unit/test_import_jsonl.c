/* import_jsonl.c: one article a line, bad lines skipped by number. */
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
test_lines(void **state)
{
	size_t	 n = 0;
	char	*s = collect_fixture("jsonl/articles.jsonl", &n);
	const char *w;

	assert_non_null(s);
	assert_int_equal(collect_parse(&c, s, n, IMPORT_AUTO), 0);
	free(s);
	assert_int_equal(c.n, 3);
	assert_string_equal(c.v[0].title, "Mine reopens");
	assert_string_equal(c.v[0].byline, "Eli Park, Jo Dune");
	assert_string_equal(c.v[0].outlet, "North Star");
	assert_string_equal(c.v[0].date, "2020-03-01");
	assert_string_equal(c.v[0].origin, "https://star.example/mine#id=1");
	assert_string_equal(collect_body(&c, 0),
	    "The old mine reopened on Monday.\n\nTours start at ten.");
	assert_string_equal(c.v[1].title, "Parade route set");
	assert_string_equal(c.v[1].outlet, "South Wind");
	assert_string_equal(c.v[1].byline, "Kim Ode");
	assert_string_equal(c.v[1].date, "2020-03-04");
	assert_null(c.v[2].title);
	assert_null(c.v[2].date);		/* "bogus" is no date */
	w = buf_str(&c.warnings);
	assert_non_null(strstr(w, "line 2: not a complete JSON object"));
	assert_non_null(strstr(w, "line 4: not a JSON object"));
	assert_non_null(strstr(w, "line 6: no text"));
	assert_null(strstr(w, "line 5"));	/* a blank line is no error */
}

static void
test_refused(void **state)
{
	assert_int_equal(collect_str(&c, "{\n \"title\": \"x\",\n \"text\": \"y\"\n}\n",
	    IMPORT_JSONL), -1);
	assert_non_null(strstr(c.err.msg, "a JSON document, not JSON lines"));
	assert_int_equal(collect_str(&c, "{\"a\": 1}\n{\"b\": 2}\n",
	    IMPORT_JSONL), -1);
	assert_non_null(strstr(c.err.msg, "no article in 2 lines"));
	assert_int_equal(collect_str(&c, "\n\n", IMPORT_JSONL), -1);
}

/* The streaming interface: lines one at a time, then close. */
static void
test_stream(void **state)
{
	struct import_lines	*jl;
	struct error		 err;

	collect_free(&c);
	jl = import_lines_open("-", &c.sink);
	assert_int_equal(import_lines_add(jl, "{\"text\": \"one\"}", 15, &err), 0);
	import_lines_skip(jl, "too long");
	assert_int_equal(import_lines_add(jl, "{\"text\": \"two\"}\r", 16, &err), 0);
	assert_int_equal(import_lines_close(jl, &err), 0);
	assert_int_equal(c.n, 2);
	assert_null(c.v[0].origin);		/* stdin: no path to name it */
	assert_non_null(strstr(buf_str(&c.warnings), "line 2: too long"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_lines, collect_teardown),
		cmocka_unit_test_teardown(test_refused, collect_teardown),
		cmocka_unit_test_teardown(test_stream, collect_teardown),
	};

	collect_init(&c);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

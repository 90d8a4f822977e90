/* out.c: the three listing formats, and that none leaks a control code. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "out.h"

static const char hostile[] = "Ti\x1b]8;;http://x\x1b\\tle\t\xe2\x80\xae" "x\n";

/* Print two rows in format f; returns what was written (free it). */
static char *
render(enum out_format f)
{
	static const char *const via[] = { "A", "B\"" };
	struct out	 o;
	char		*s = NULL;
	size_t		 n = 0;
	FILE		*fp = open_memstream(&s, &n);

	out_init(&o, f, fp);
	out_row(&o);
	out_int(&o, "id", 7);
	out_str(&o, "title", hostile);
	out_strv(&o, "via", via, 2);
	out_end_row(&o);
	out_row(&o);
	out_int(&o, "id", 12345);
	out_str(&o, "title", NULL);
	out_strv(&o, "via", NULL, 0);
	out_end_row(&o);
	out_finish(&o);
	fclose(fp);
	return s;
}

static void
test_jsonl(void **state)
{
	char	*s = render(OUT_JSONL);

	assert_string_equal(s,
	    "{\"id\":7,\"title\":\"Ti\\u001b]8;;http://x\\u001b\\\\tle\\t"
	    "\\u202ex\\n\",\"via\":[\"A\",\"B\\\"\"]}\n"
	    "{\"id\":12345,\"title\":null,\"via\":[]}\n");
	free(s);
}

static void
test_tsv(void **state)
{
	char	*s = render(OUT_TSV);

	assert_null(strchr(s, '\x1b'));
	assert_null(strstr(s, "\xe2\x80\xae"));
	assert_non_null(strstr(s, "id\ttitle\tvia\n"));
	assert_non_null(strstr(s, "tle\\t"));		/* tab escaped */
	assert_non_null(strstr(s, "x\\n\tA, B\"\n"));	/* newline escaped */
	free(s);
}

static void
test_text_aligned(void **state)
{
	char	*s = render(OUT_TEXT);

	assert_null(strchr(s, '\x1b'));
	/* numbers right-aligned to the widest */
	assert_memory_equal(s, "    7  ", 7);
	assert_non_null(strstr(s, "\n12345  "));
	free(s);
}

static void
test_marks_dropped(void **state)
{
	struct out	 o;
	char		*s = NULL;
	size_t		 n = 0;
	FILE		*fp = open_memstream(&s, &n);

	out_init(&o, OUT_JSONL, fp);
	out_row(&o);
	out_str(&o, "snippet", "a " OUT_MARK_ON "hit" OUT_MARK_OFF " b");
	out_end_row(&o);
	out_finish(&o);
	fclose(fp);
	assert_string_equal(s, "{\"snippet\":\"a hit b\"}\n");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_tsv),
		cmocka_unit_test(test_text_aligned),
		cmocka_unit_test(test_marks_dropped),
	};

	return cmocka_run_group_tests_name("out", tests, NULL, NULL);
}

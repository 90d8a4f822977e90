/* utf8.c: decoding, transcoding, width and terminal safety. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "utf8.h"

static void
test_decode_valid(void **state)
{
	uint32_t	cp;

	assert_int_equal(utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(utf8_decode("\xe2\x80\x9c", 3, &cp), 3);
	assert_int_equal(cp, 0x201c);
	assert_int_equal(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
}

static void
test_decode_invalid(void **state)
{
	uint32_t	cp;
	size_t		bad;

	/* overlong, surrogate, truncated, stray continuation */
	assert_int_equal(utf8_decode("\xc0\xaf", 2, &cp), 1);
	assert_int_equal(cp, UTF8_REPLACEMENT);
	assert_int_equal(utf8_decode("\xed\xa0\x80", 3, &cp), 1);
	assert_int_equal(utf8_decode("\xe2\x80", 2, &cp), 1);
	assert_int_equal(utf8_decode("\x80", 1, &cp), 1);
	assert_false(utf8_valid("ok \xff no", 8, &bad));
	assert_int_equal(bad, 3);
	assert_true(utf8_valid("caf\xc3\xa9", 5, NULL));
}

static void
test_cp1252(void **state)
{
	struct buf	b = BUF_INIT;

	utf8_from_cp1252(&b, "\x93quoted\x94 caf\xe9", 13);
	assert_string_equal(buf_str(&b), "\xe2\x80\x9cquoted\xe2\x80\x9d caf\xc3\xa9");
	buf_free(&b);
}

static void
test_utf16(void **state)
{
	struct buf	b = BUF_INIT;

	assert_int_equal(utf8_from_utf16(&b, "h\0i\0=\xd8\x00\xde", 8, false), 0);
	assert_string_equal(buf_str(&b), "hi\xf0\x9f\x98\x80");
	buf_free(&b);
	assert_int_equal(utf8_from_utf16(&b, "abc", 3, true), -1);
	buf_free(&b);
}

static void
test_sanitize(void **state)
{
	struct buf	b = BUF_INIT;
	const char	*evil = "a\x1b]52;c;Zm9v\x07 b\xc2\x9b" "31m \xe2\x80\xae" "cba\n";

	utf8_sanitize(&b, evil, strlen(evil), false);
	assert_null(strchr(buf_str(&b), 0x1b));
	assert_null(strchr(buf_str(&b), 0x07));
	assert_null(strstr(buf_str(&b), "\xc2\x9b"));
	assert_null(strstr(buf_str(&b), "\xe2\x80\xae"));
	assert_non_null(strstr(buf_str(&b), "\xe2\x90\x9b"));	/* ESC picture */
	assert_non_null(strstr(buf_str(&b), "\xe2\x90\x8a"));	/* newline picture */
	buf_free(&b);
	utf8_sanitize(&b, "x\ny\tz", 5, true);
	assert_string_equal(buf_str(&b), "x\ny\tz");
	buf_free(&b);
}

static void
test_width(void **state)
{
	int	w;

	assert_int_equal(utf8_width("abc", 3), 3);
	assert_int_equal(utf8_width("\xe4\xb8\xad\xe6\x96\x87", 6), 4);	/* CJK */
	assert_int_equal(utf8_width("e\xcc\x81", 3), 1);		/* e + acute */
	assert_int_equal(utf8_width("\xf0\x9f\x91\x8d", 4), 2);		/* emoji */
	/* a ZWJ family is one cluster */
	assert_int_equal(utf8_grapheme("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", 11, &w), 11);
	assert_int_equal(w, 2);
	assert_int_equal(utf8_width("\x1b[", 2), 2);			/* placeholders */
}

static void
test_fit(void **state)
{
	int	used;

	/* never split a wide character or a cluster */
	assert_int_equal(utf8_fit("a\xe4\xb8\xad", 4, 2, &used), 1);
	assert_int_equal(used, 1);
	assert_int_equal(utf8_fit("e\xcc\x81x", 4, 1, &used), 3);
	assert_int_equal(utf8_fit("abc", 3, 10, &used), 3);
	assert_int_equal(used, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_invalid),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}

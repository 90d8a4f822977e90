/* keys.c: key names, the key maps made from the action table, the man page. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "keys.h"

static void
test_parse_names(void **state)
{
	static const char *const names[] = {
		"j", "J", "<Enter>", "<C-l>", "<M-/>", "<lt>", "<Space>",
		"<Tab>", "<Esc>", "<PgDn>", "<F1>", "<M-Up>", "\"", "é", "<S-Tab>",
	};
	char	out[32];
	keycode	k;
	size_t	i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		assert_int_equal(keys_parse(names[i], &k), 0);
		keys_name(k, out, sizeof out);
		assert_string_equal(out, names[i]);
	}
	assert_int_equal(keys_parse("<C-m>", &k), 0);
	assert_int_equal(k, KEYC_ENTER);
	assert_int_equal(keys_parse("<enter>", &k), 0);
	assert_int_equal(k, KEYC_ENTER);
	assert_int_equal(keys_parse("<C-L>", &k), 0);
	assert_int_equal(k, KEYC_CTRL('l'));
}

static void
test_parse_bad(void **state)
{
	static const char *const bad[] = {
		"", "jk", "<>", "<Nope>", "<C-1>", "<M-M-x>", "\x1b", "<M->",
		"\xff",
	};
	keycode	k;
	size_t	i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(keys_parse(bad[i], &k), -1);
}

static void
test_defaults(void **state)
{
	keycode	keys[4];
	keycode	k;

	keys_init();
	assert_int_equal(keys_lookup(VIEW_LIBRARY, 'j'), ACTION_MOVE_DOWN);
	assert_int_equal(keys_lookup(VIEW_READER, KEYC_DOWN), ACTION_MOVE_DOWN);
	assert_int_equal(keys_lookup(VIEW_READER, ']'), ACTION_NEXT_QUOTE);
	assert_int_equal(keys_lookup(VIEW_LIBRARY, ']'), ACTION_NONE);
	assert_int_equal(keys_lookup(VIEW_LIBRARY, KEYC_ENTER),
	    ACTION_OPEN_ARTICLE);
	assert_int_equal(keys_lookup(VIEW_QUOTES, KEYC_ENTER), ACTION_JUMP_QUOTE);
	assert_int_equal(keys_lookup(VIEW_SOURCES, KEYC_ENTER),
	    ACTION_WALK_SOURCE);
	/* Comparing: c marks where there are quotes; J means what the view means. */
	assert_int_equal(keys_lookup(VIEW_READER, 'c'), ACTION_COMPARE_MARK);
	assert_int_equal(keys_lookup(VIEW_QUOTES, 'c'), ACTION_COMPARE_MARK);
	assert_int_equal(keys_lookup(VIEW_SOURCES, 'c'), ACTION_NONE);
	assert_int_equal(keys_lookup(VIEW_READER, 'J'), ACTION_NEXT_ARTICLE);
	assert_int_equal(keys_lookup(VIEW_COMPARE, 'J'), ACTION_NEXT_COUNTERPART);
	assert_int_equal(keys_lookup(VIEW_COMPARE, KEYC_TAB), ACTION_SWITCH_SIDE);
	assert_int_equal(keys_lookup(VIEW_COMPARE, KEYC_ENTER), ACTION_OPEN_SIDE);
	assert_int_equal(keys_lookup(VIEW_PAIRS, KEYC_ENTER), ACTION_OPEN_PAIR);
	assert_int_equal(keys_lookup(VIEW_LIBRARY, 'R'), ACTION_FETCH_FEEDS);
	assert_int_equal(keys_bound(VIEW_READER, ACTION_MOVE_DOWN, keys, 4), 2);
	assert_int_equal(keys_parse("<M-/>", &k), 0);
	assert_int_equal(keys_lookup(VIEW_HELP, k), ACTION_SEARCH_BACK);
	keys_free();
}

static void
test_bind(void **state)
{
	keycode	keys[4];

	keys_init();
	assert_int_equal(keys_bind(VIEW_READER, 'x', ACTION_NEXT_QUOTE), 0);
	assert_int_equal(keys_lookup(VIEW_READER, 'x'), ACTION_NEXT_QUOTE);
	assert_int_equal(keys_bound(VIEW_READER, ACTION_NEXT_QUOTE, keys, 4), 2);
	/* Rebinding a key replaces what it did. */
	assert_int_equal(keys_bind(VIEW_READER, ']', ACTION_QUIT), 0);
	assert_int_equal(keys_lookup(VIEW_READER, ']'), ACTION_QUIT);
	assert_int_equal(keys_bind(VIEW_READER, 'x', ACTION_NONE), 0);
	assert_int_equal(keys_lookup(VIEW_READER, 'x'), ACTION_NONE);
	/* An action of another view is refused. */
	assert_int_equal(keys_bind(VIEW_LIBRARY, 'x', ACTION_NEXT_QUOTE), -1);
	assert_int_equal(keys_bind(VIEW_LIBRARY, 'x', ACTION_COMPARE_MARK), -1);
	keys_init();
	assert_int_equal(keys_lookup(VIEW_READER, ']'), ACTION_NEXT_QUOTE);
	keys_free();
}

static void
test_tables(void **state)
{
	assert_int_equal(keys_action_parse("next-denial"), ACTION_NEXT_DENIAL);
	assert_int_equal(keys_action_parse("none"), ACTION_NONE);
	assert_int_equal(keys_action_parse("nope"), -1);
	assert_string_equal(keys_action_name(ACTION_QUIT), "quit");
	assert_int_equal(keys_view_parse("reader"), VIEW_READER);
	assert_int_equal(keys_view_parse("all"), KEYS_EVERYWHERE);
	assert_int_equal(keys_view_parse("generic"), KEYS_EVERYWHERE);
	assert_int_equal(keys_view_parse("nope"), -1);
	assert_true(keys_in_section(ACTION_MOVE_DOWN, KEYS_EVERYWHERE));
	assert_false(keys_in_section(ACTION_MOVE_DOWN, VIEW_READER));
	assert_true(keys_in_section(ACTION_TOGGLE_SPLIT, VIEW_LIBRARY));
	assert_true(keys_in_section(ACTION_TOGGLE_SPLIT, VIEW_READER));
	assert_true(keys_in_section(ACTION_COMPARE_MARK, VIEW_READER));
	assert_false(keys_in_section(ACTION_COMPARE_MARK, VIEW_SOURCES));
	assert_int_equal(keys_view_parse("compare"), VIEW_COMPARE);
	assert_int_equal(keys_view_parse("pairs"), VIEW_PAIRS);
}

/* Every bound action is in the manual, its keys escaped for mdoc. */
static void
test_mdoc(void **state)
{
	char	*text = NULL, name[64];
	size_t	 len = 0;
	FILE	*fp = open_memstream(&text, &len);
	int	 a;

	assert_non_null(fp);
	keys_dump_mdoc(fp);
	fclose(fp);
	for (a = 1; a < ACTION_COUNT; a++) {
		snprintf(name, sizeof name, "Pq Cm %s\n",
		    keys_action_name((enum action)a));
		if (keys_action_views((enum action)a) == V_NONE)
			assert_null(strstr(text, name));
		else
			assert_non_null(strstr(text, name));
	}
	assert_non_null(strstr(text, ".It Ic \\&] Pq Cm next-quote\n"));
	assert_non_null(strstr(text, ".It Ic \\(dq Pq Cm article-quotes\n"));
	assert_non_null(strstr(text, ".It Ic \\&j , Ic \\&<Down> Pq"));
	assert_non_null(strstr(text, ".Ss Everywhere\n.Bl -tag -width Ds\n"));
	assert_null(strstr(text, ".Ss Help\n"));
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_names),
		cmocka_unit_test(test_parse_bad),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_bind),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_mdoc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* conf.c: splitting lines, dispatching commands, reading files. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "buf.h"
#include "conf.h"

/* What the commands below saw, one "name arg arg" line each. */
struct seen {
	struct buf	calls;
	struct buf	errors;
};

static int
run_echo(void *ctx, int argc, char **argv, struct error *err)
{
	struct seen	*s = ctx;
	int		 i;

	buf_adds(&s->calls, "echo");
	for (i = 0; i < argc; i++)
		buf_printf(&s->calls, " [%s]", argv[i]);
	buf_addc(&s->calls, '\n');
	return 0;
}

static int
run_fail(void *ctx, int argc, char **argv, struct error *err)
{
	return error_set(err, "fail says no to %s", argv[0]);
}

static const struct conf_command cmds[] = {
	{ "echo", "e", 0, 3, CONF_FILE | CONF_PROMPT, "echo [WORD...]", run_echo },
	{ "fail", NULL, 1, 1, CONF_FILE, "fail WORD", run_fail },
	{ "only-prompt", NULL, 0, 0, CONF_PROMPT, "only-prompt", run_echo },
};

static void
report(void *ctx, const char *msg)
{
	struct seen	*s = ctx;

	buf_printf(&s->errors, "%s\n", msg);
}

static void
conf_for(struct conf *c, struct seen *s, unsigned where)
{
	memset(s, 0, sizeof *s);
	buf_adds(&s->calls, "");
	buf_adds(&s->errors, "");
	memset(c, 0, sizeof *c);
	c->cmds = cmds;
	c->ncmds = (int)(sizeof cmds / sizeof cmds[0]);
	c->ctx = s;
	c->where = where;
	c->report = report;
}

static void
seen_free(struct seen *s)
{
	buf_free(&s->calls);
	buf_free(&s->errors);
}

static void
test_split(void **state)
{
	struct error	  err;
	char		**argv;
	int		  argc;

	assert_int_equal(conf_split("  bind  reader \"a b\" 'c\\d' e\\ f # no",
	    &argc, &argv, &err), 0);
	assert_int_equal(argc, 5);
	assert_string_equal(argv[0], "bind");
	assert_string_equal(argv[1], "reader");
	assert_string_equal(argv[2], "a b");
	assert_string_equal(argv[3], "c\\d");
	assert_string_equal(argv[4], "e f");
	conf_free_argv(argc, argv);
	assert_int_equal(conf_split("x \"q\\\"t\\n\" 'a\"b'", &argc, &argv,
	    &err), 0);
	assert_int_equal(argc, 3);
	assert_string_equal(argv[1], "q\"t\n");
	assert_string_equal(argv[2], "a\"b");
	conf_free_argv(argc, argv);
	assert_int_equal(conf_split("set a \"open", &argc, &argv, &err), -1);
	assert_non_null(strstr(err.msg, "missing closing \""));
	assert_int_equal(conf_split("# only a comment", &argc, &argv, &err), 0);
	assert_int_equal(argc, 0);
	conf_free_argv(argc, argv);
}

static void
test_dispatch(void **state)
{
	struct conf	c;
	struct seen	s;
	struct error	err;

	conf_for(&c, &s, CONF_PROMPT);
	assert_int_equal(conf_run_line(&c, "echo one two", &err), 0);
	assert_int_equal(conf_run_line(&c, "e alias", &err), 0);
	assert_int_equal(conf_run_line(&c, "   ", &err), 0);
	assert_string_equal(buf_str(&s.calls), "echo [one] [two]\necho [alias]\n");
	assert_int_equal(conf_run_line(&c, "nosuch x", &err), -1);
	assert_string_equal(err.msg, "unknown command 'nosuch'");
	assert_int_equal(conf_run_line(&c, "echo 1 2 3 4", &err), -1);
	assert_string_equal(err.msg, "usage: echo [WORD...]");
	assert_int_equal(conf_run_line(&c, "fail x", &err), -1);
	assert_string_equal(err.msg, "'fail' cannot be used here");
	c.where = CONF_FILE;
	assert_int_equal(conf_run_line(&c, "only-prompt", &err), -1);
	assert_string_equal(err.msg,
	    "'only-prompt' cannot be used in a config file");
	assert_int_equal(conf_run_line(&c, "fail x", &err), -1);
	assert_string_equal(err.msg, "fail says no to x");
	seen_free(&s);
}

static char *
write_file(const char *dir, const char *name, const char *text)
{
	char	*path;
	FILE	*fp;

	assert_true(asprintf(&path, "%s/%s", dir, name) > 0);
	assert_non_null(fp = fopen(path, "w"));
	fputs(text, fp);
	fclose(fp);
	return path;
}

/* Every bad line is reported with its file and line; the rest still runs. */
static void
test_load_errors(void **state)
{
	char		 dir[] = "/tmp/quoth-conf.XXXXXX";
	char		*main_path, *sub_path, *want;
	struct conf	 c;
	struct seen	 s;
	struct error	 err;

	assert_non_null(mkdtemp(dir));
	sub_path = write_file(dir, "sub.conf", "echo in-sub\nbogus\n");
	main_path = write_file(dir, "config", "# comment\necho first\n"
	    "fail here\n\nsource sub.conf\nsource missing.conf\necho last\n");
	conf_for(&c, &s, CONF_FILE);
	assert_int_equal(conf_load(&c, main_path, true, &err), 3);
	assert_string_equal(buf_str(&s.calls),
	    "echo [first]\necho [in-sub]\necho [last]\n");
	assert_true(asprintf(&want, "%s:3: fail says no to here\n"
	    "%s:2: unknown command 'bogus'\n"
	    "%s:6: %s/missing.conf: No such file or directory\n",
	    main_path, sub_path, main_path, dir) > 0);
	assert_string_equal(buf_str(&s.errors), want);
	unlink(main_path);
	unlink(sub_path);
	rmdir(dir);
	free(want);
	free(main_path);
	free(sub_path);
	seen_free(&s);
}

static void
test_load_missing_and_loop(void **state)
{
	char		 dir[] = "/tmp/quoth-conf.XXXXXX";
	char		*loop;
	struct conf	 c;
	struct seen	 s;
	struct error	 err;

	assert_non_null(mkdtemp(dir));
	conf_for(&c, &s, CONF_FILE);
	assert_int_equal(conf_load(&c, "/nonexistent/quoth/config", false,
	    &err), 0);
	assert_int_equal(conf_load(&c, "/nonexistent/quoth/config", true,
	    &err), -1);
	loop = write_file(dir, "loop", "source loop\n");
	assert_true(conf_load(&c, loop, true, &err) > 0);
	assert_non_null(strstr(buf_str(&s.errors), "nested more than 8 deep"));
	unlink(loop);
	rmdir(dir);
	free(loop);
	seen_free(&s);
}

static void
test_default_path(void **state)
{
	struct error	 err;
	char		*path;

	setenv("XDG_CONFIG_HOME", "/x/config", 1);
	assert_int_equal(conf_default_path(&path, &err), 0);
	assert_string_equal(path, "/x/config/quoth/config");
	free(path);
	setenv("XDG_CONFIG_HOME", "relative", 1);
	setenv("HOME", "/home/q", 1);
	assert_int_equal(conf_default_path(&path, &err), 0);
	assert_string_equal(path, "/home/q/.config/quoth/config");
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_dispatch),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_load_missing_and_loop),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

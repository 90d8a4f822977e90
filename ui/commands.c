/*
 * The reader's commands.  set, bind and color work in the config file
 * and at the prompt; the rest only at the prompt.  Errors say what the
 * command takes, so a person can fix the line.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "keys.h"
#include "options.h"
#include "theme.h"
#include "view.h"
#include "xmalloc.h"

#define BOTH	(CONF_FILE | CONF_PROMPT)

/* name, alias, least and most arguments, where, usage, run, help */
#define COMMANDS(X)							\
	X("set", NULL, 1, 3, BOTH, "set NAME [VALUE]", cmd_set,		\
	    "change a setting (set NAME VALUE, or NAME = VALUE); "	\
	    "with no value, show it")					\
	X("bind", NULL, 3, 3, BOTH, "bind VIEW KEY ACTION", cmd_bind,	\
	    "bind KEY to ACTION in VIEW (library, reader, quotes, sources, " \
	    "pairs, compare, help, or all); the action none unbinds")	\
	X("color", NULL, 3, 4, BOTH, "color ROLE FG BG [ATTRS]", cmd_color, \
	    "colour a role: FG and BG are default, black, red, green, yellow, " \
	    "blue, magenta, cyan, white, brightNAME or colorN; ATTRS are " \
	    "bold, underline, reverse, dim, italic, blink joined by commas") \
	X("source", NULL, 1, 1, BOTH, "source FILE", cmd_source,		\
	    "read commands from FILE (relative to the file that sources it)") \
	X("open", NULL, 1, 1, CONF_PROMPT, "open ID", cmd_open,		\
	    "read article ID")						\
	X("search", NULL, 0, -1, CONF_PROMPT, "search [QUERY]", cmd_search, \
	    "list the articles matching a full-text query (FTS5 syntax); " \
	    "no query lists them all")					\
	X("quotes", NULL, 0, -1, CONF_PROMPT, "quotes [NAME]", cmd_quotes, \
	    "list the quotes of the article, or what NAME said across the index") \
	X("pairs", NULL, 1, -1, CONF_PROMPT, "pairs QUERY", cmd_pairs,	\
	    "list the pairs of claims on a topic: in and across the "	\
	    "articles that match QUERY best")				\
	X("add", NULL, 1, -1, CONF_PROMPT, "add PATH...", cmd_add,	\
	    "import files or folders into the index")			\
	X("save-display", NULL, 1, 2, CONF_PROMPT,			\
	    "save-display [--attrs] FILE", cmd_save_display,		\
	    "write the screen to FILE; --attrs marks colour roles as {role:text}") \
	X("help", NULL, 0, 0, CONF_PROMPT, "help", cmd_help,		\
	    "show the keys, commands and settings")			\
	X("quit", "q", 0, 0, CONF_PROMPT, "quit", cmd_quit, "quit quoth")

#define X(name, alias, lo, hi, where, usage, run, help) \
	static int run(void *, int, char **, struct error *);
COMMANDS(X)
#undef X

static const struct conf_command commands_table[] = {
#define X(name, alias, lo, hi, where, usage, run, help) \
	{ name, alias, lo, hi, where, usage, run },
	COMMANDS(X)
#undef X
};

static const char *const commands_helps[] = {
#define X(name, alias, lo, hi, where, usage, run, help) help,
	COMMANDS(X)
#undef X
};

#define COMMANDS_N	((int)(sizeof commands_table / sizeof commands_table[0]))

int
commands_count(void)
{
	return COMMANDS_N;
}

const struct conf_command *
commands_get(int i)
{
	return &commands_table[i];
}

const char *
commands_help(int i)
{
	return commands_helps[i];
}

static void
commands_show(struct ui *ui, enum ui_option o)
{
	struct buf	b = BUF_INIT;

	options_format(ui->opt, o, &b);
	ui_message(ui, "%s = %s", options_name(o), buf_str(&b));
	buf_free(&b);
}

/* set NAME VALUE, set NAME = VALUE, set NAME=VALUE, set NAME */
static int
cmd_set(void *ctx, int argc, char **argv, struct error *err)
{
	struct ui	*ui = ctx;
	char		*name = xstrdup(argv[0]), *eq = strchr(name, '=');
	const char	*value = argc == 3 ? argv[2] : argc == 2 ? argv[1] : NULL;
	int		 o, rc = 0;

	if (eq != NULL) {
		*eq = '\0';
		value = argc == 1 ? eq + 1 : NULL;
	}
	if ((argc == 3 && strcmp(argv[1], "=") != 0) ||
	    (eq != NULL && argc > 1))
		rc = error_set(err, "usage: set NAME VALUE");
	else if ((o = options_parse(name)) < 0)
		rc = error_set(err, "unknown setting '%s' (the help screen, ?, "
		    "lists them)", name);
	else if (value == NULL)
		commands_show(ui, (enum ui_option)o);
	else if ((rc = options_set(ui->opt, (enum ui_option)o, value, err)) == 0)
		ui_option_changed(ui, (enum ui_option)o);
	free(name);
	return rc;
}

static int
cmd_bind_parse(char **argv, int *view, keycode *key, int *action,
    struct error *err)
{
	if ((*view = keys_view_parse(argv[0])) < 0)
		return error_set(err, "unknown view '%s' (library, reader, "
		    "quotes, sources, help, or all)", argv[0]);
	if (keys_parse(argv[1], key) == -1)
		return error_set(err, "'%s' is not a key (write keys as j, J, "
		    "<Enter>, <C-l>, <M-x>, <F1>, <lt>)", argv[1]);
	if ((*action = keys_action_parse(argv[2])) < 0)
		return error_set(err, "unknown action '%s' (the help screen, ?, "
		    "lists them)", argv[2]);
	return 0;
}

static int
cmd_bind(void *ctx, int argc, char **argv, struct error *err)
{
	keycode	key;
	int	view = 0, action = 0, v, done = 0;

	if (cmd_bind_parse(argv, &view, &key, &action, err) == -1)
		return -1;
	if (view != KEYS_EVERYWHERE) {
		if (keys_bind((enum view_kind)view, key, (enum action)action) == -1)
			return error_set(err, "%s does nothing in the %s view",
			    argv[2], argv[0]);
		return 0;
	}
	for (v = 0; v < VIEW_KIND_COUNT; v++)
		done += keys_bind((enum view_kind)v, key,
		    (enum action)action) == 0;
	if (done == 0)
		return error_set(err, "%s is not an action of any view yet",
		    argv[2]);
	return 0;
}

static int
cmd_color(void *ctx, int argc, char **argv, struct error *err)
{
	unsigned	attrs = 0;
	short		fg, bg;
	int		role;

	if ((role = theme_role_parse(argv[0])) < 0)
		return error_set(err, "unknown colour role '%s' (the help "
		    "screen, ?, lists them)", argv[0]);
	if (theme_color_parse(argv[1], &fg) == -1 ||
	    theme_color_parse(argv[2], &bg) == -1)
		return error_set(err, "'%s' is not a colour (default, red, "
		    "brightred, color208 ...)", theme_color_parse(argv[1], &fg)
		    == -1 ? argv[1] : argv[2]);
	if (argc == 4 && theme_attrs_parse(argv[3], &attrs) == -1)
		return error_set(err, "'%s' is not a list of attributes (bold, "
		    "underline, reverse, dim, italic, blink)", argv[3]);
	return theme_set((enum theme_role)role, fg, bg, attrs, argc == 4);
}

/* conf.c reads `source` itself; the row is here to be listed. */
static int
cmd_source(void *ctx, int argc, char **argv, struct error *err)
{
	return error_set(err, "source is read by the config reader");
}

static int
cmd_open(void *ctx, int argc, char **argv, struct error *err)
{
	struct ui	*ui = ctx;
	char		*end;
	long long	 id;

	errno = 0;
	id = strtoll(argv[0], &end, 10);
	if (errno != 0 || *end != '\0' || id <= 0)
		return error_set(err, "'%s' is not an article id", argv[0]);
	ui_read(ui, id);
	return 0;
}

static char *
cmd_join(int argc, char **argv)
{
	struct buf	b = BUF_INIT;
	int		i;

	buf_adds(&b, "");
	for (i = 0; i < argc; i++)
		buf_printf(&b, "%s%s", i ? " " : "", argv[i]);
	return buf_detach(&b);
}

static int
cmd_search(void *ctx, int argc, char **argv, struct error *err)
{
	struct ui	*ui = ctx;
	char		*q = cmd_join(argc, argv);

	while (ui->nviews > 1)
		view_pop(ui);
	library_filter(ui->views[0], *q != '\0' ? q : NULL, true);
	free(q);
	return 0;
}

/* :quotes NAME across the index; :quotes alone, the article's. */
static int
cmd_quotes(void *ctx, int argc, char **argv, struct error *err)
{
	struct ui	*ui = ctx;
	struct view	*top = view_top(ui);
	int64_t		 id = top->ops->article != NULL ? top->ops->article(top) : 0;
	char		*name = cmd_join(argc, argv);

	if (argc == 0 && id == 0) {
		free(name);
		return error_set(err, "no article to list the quotes of");
	}
	view_open_quotes(ui, argc > 0 ? 0 : id, name);
	free(name);
	return 0;
}

static int
cmd_pairs(void *ctx, int argc, char **argv, struct error *err)
{
	struct pairs_query	 q;
	char			*topic = cmd_join(argc, argv);

	struct view		*v;

	memset(&q, 0, sizeof q);
	q.topic = topic;
	if ((v = pairs_new(ctx, &q)) != NULL)
		view_push(ctx, v);	/* else the message line says why */
	free(topic);
	return 0;
}

static int
cmd_add(void *ctx, int argc, char **argv, struct error *err)
{
	int	i;

	for (i = 0; i < argc; i++)
		if (ui_import(ctx, argv[i]) == -1)
			return 0;	/* the message line has the error */
	return 0;
}

static int
cmd_save_display(void *ctx, int argc, char **argv, struct error *err)
{
	bool	attrs = argc == 2;

	if (attrs && strcmp(argv[0], "--attrs") != 0)
		return error_set(err, "usage: save-display [--attrs] FILE");
	return display_save(argv[argc - 1], attrs, err);
}

static int
cmd_help(void *ctx, int argc, char **argv, struct error *err)
{
	struct ui	*ui = ctx;

	view_push(ui, help_new(ui, view_top(ui)->ops->kind));
	return 0;
}

static int
cmd_quit(void *ctx, int argc, char **argv, struct error *err)
{
	struct ui	*ui = ctx;

	ui->quit = true;
	return 0;
}

/* A line typed at the prompt (or a script's :line). */
int
commands_run(struct ui *ui, const char *line)
{
	struct conf	c = { .cmds = commands_table, .ncmds = COMMANDS_N,
			    .ctx = ui, .where = CONF_PROMPT };
	struct error	err;

	if (conf_run_line(&c, line, &err) == -1) {
		ui_error(ui, "%s", err.msg);
		return -1;
	}
	return 0;
}

/* A path under the home directory is shown as ~/..., as people write it. */
static void
commands_report(void *ctx, const char *msg)
{
	struct ui	*ui = ctx;
	const char	*home = getenv("HOME");
	size_t		 n = home != NULL ? strlen(home) : 0;

	if (n > 1 && strncmp(msg, home, n) == 0 && msg[n] == '/')
		buf_printf(&ui->conf_errors, "quoth: ~%s\n", msg + n);
	else
		buf_printf(&ui->conf_errors, "quoth: %s\n", msg);
}

/* The first error on the message line (all of them go to stderr). */
static void
commands_first_error(struct ui *ui, int n)
{
	const char	*first = buf_str(&ui->conf_errors);
	size_t		 len = strcspn(first, "\n");

	if (n <= 0)
		return;
	first += strlen("quoth: ");
	len -= strlen("quoth: ");
	if (n == 1)
		ui_error(ui, "%.*s", (int)len, first);
	else
		ui_error(ui, "[1 of %d] %.*s", n, (int)len, first);
}

/* The config file; its errors go to the message line and stderr. */
int
commands_load_config(struct ui *ui)
{
	struct conf	 c = { .cmds = commands_table, .ncmds = COMMANDS_N,
			     .ctx = ui, .where = CONF_FILE,
			     .report = commands_report };
	struct error	 err;
	char		*path;
	int		 n;

	if (conf_default_path(&path, &err) == -1)
		return 0;
	if ((n = conf_load(&c, path, false, &err)) == -1)
		commands_report(ui, err.msg);
	free(path);
	commands_first_error(ui, n < 0 ? 1 : n);
	return n;
}

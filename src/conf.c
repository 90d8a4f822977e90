/*
 * The configuration language.  A line is split into words; the first
 * names a command from the caller's table, the rest are its arguments.
 * A bad line is reported with its file and line number and skipped, so
 * one typo never costs the rest of the file.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "conf.h"
#include "xmalloc.h"

static const char *
conf_skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	return p;
}

static int
conf_escape(char c)
{
	switch (c) {
	case 'n':	return '\n';
	case 't':	return '\t';
	default:	return c;
	}
}

/* One word at *pp into w; quotes and backslashes as in a shell. */
static int
conf_word(const char **pp, struct buf *w, struct error *err)
{
	const char	*p = *pp;
	char		 quote = 0;

	for (; *p != '\0'; p++) {
		if (quote == 0 && (*p == ' ' || *p == '\t' || *p == '\r' ||
		    *p == '\n'))
			break;
		if (quote == 0 && (*p == '"' || *p == '\'')) {
			quote = *p;
		} else if (quote != 0 && *p == quote) {
			quote = 0;
		} else if (*p == '\\' && quote != '\'' && p[1] != '\0') {
			p++;
			buf_addc(w, quote == '"' ? (char)conf_escape(*p) : *p);
		} else
			buf_addc(w, *p);
	}
	*pp = p;
	if (quote != 0)
		return error_set(err, "missing closing %c", quote);
	return 0;
}

/* Split a line into words; a # at the start of a word ends the line. */
int
conf_split(const char *line, int *argc, char ***argv, struct error *err)
{
	struct buf	 w = BUF_INIT;
	const char	*p = line;

	*argc = 0;
	*argv = xcalloc(1, sizeof **argv);
	while (*(p = conf_skip_space(p)) != '\0' && *p != '#') {
		buf_truncate(&w, 0);
		if (conf_word(&p, &w, err) == -1) {
			buf_free(&w);
			conf_free_argv(*argc, *argv);
			*argv = NULL;
			*argc = 0;
			return -1;
		}
		*argv = xreallocarray(*argv, (size_t)*argc + 2, sizeof **argv);
		(*argv)[(*argc)++] = xstrdup(buf_str(&w));
		(*argv)[*argc] = NULL;
	}
	buf_free(&w);
	return 0;
}

void
conf_free_argv(int argc, char **argv)
{
	int	i;

	for (i = 0; argv != NULL && i < argc; i++)
		free(argv[i]);
	free(argv);
}

const struct conf_command *
conf_find(const struct conf *c, const char *name)
{
	int	i;

	for (i = 0; i < c->ncmds; i++)
		if (strcmp(c->cmds[i].name, name) == 0 ||
		    (c->cmds[i].alias != NULL &&
		    strcmp(c->cmds[i].alias, name) == 0))
			return &c->cmds[i];
	return NULL;
}

/* ~/x is in the home directory; a relative path is next to the file. */
static char *
conf_resolve(const char *path, const char *from)
{
	const char	*home = getenv("HOME"), *slash;

	if (path[0] == '~' && path[1] == '/' && home != NULL)
		return xasprintf("%s%s", home, path + 1);
	if (path[0] == '/' || from == NULL ||
	    (slash = strrchr(from, '/')) == NULL)
		return xstrdup(path);
	return xasprintf("%.*s/%s", (int)(slash - from), from, path);
}

static int
conf_source(struct conf *c, const char *path, struct error *err)
{
	char	*full = conf_resolve(path, c->file);
	int	 rc;

	if (c->depth >= CONF_MAX_DEPTH) {
		free(full);
		return error_set(err, "source: nested more than %d deep "
		    "(does a file source itself?)", CONF_MAX_DEPTH);
	}
	rc = conf_load(c, full, true, err);
	free(full);
	return rc < 0 ? -1 : 0;
}

static int
conf_check(const struct conf *c, const struct conf_command *cmd, int nargs,
    struct error *err)
{
	if (!(cmd->where & c->where))
		return error_set(err, "'%s' cannot be used %s", cmd->name,
		    c->where == CONF_FILE ? "in a config file" : "here");
	if (nargs < cmd->min_args || (cmd->max_args >= 0 &&
	    nargs > cmd->max_args))
		return error_set(err, "usage: %s", cmd->usage);
	return 0;
}

static int
conf_dispatch(struct conf *c, int argc, char **argv, struct error *err)
{
	const struct conf_command	*cmd;

	if (strcmp(argv[0], "source") == 0) {
		if (argc != 2)
			return error_set(err, "usage: source FILE");
		return conf_source(c, argv[1], err);
	}
	if ((cmd = conf_find(c, argv[0])) == NULL)
		return error_set(err, "unknown command '%s'", argv[0]);
	if (conf_check(c, cmd, argc - 1, err) == -1)
		return -1;
	return cmd->run(c->ctx, argc - 1, argv + 1, err);
}

/* Run one line; an empty line or a comment does nothing. */
int
conf_run_line(struct conf *c, const char *line, struct error *err)
{
	char	**argv;
	int	  argc, rc = 0;

	if (conf_split(line, &argc, &argv, err) == -1)
		return -1;
	if (argc > 0)
		rc = conf_dispatch(c, argc, argv, err);
	conf_free_argv(argc, argv);
	return rc;
}

static void
conf_report(struct conf *c, const char *path, unsigned line,
    const struct error *e)
{
	char	*msg;

	msg = xasprintf("%s:%u: %s", path, line, e->msg);
	c->errors++;
	if (c->report != NULL)
		c->report(c->ctx, msg);
	free(msg);
}

static void
conf_read(struct conf *c, FILE *fp, const char *path)
{
	struct error	 e;
	char		*line = NULL;
	size_t		 cap = 0;
	unsigned	 n = 0;

	/* A sourced file reports its own errors; its source line succeeds. */
	while (getline(&line, &cap, fp) != -1) {
		n++;
		if (conf_run_line(c, line, &e) == -1)
			conf_report(c, path, n, &e);
	}
	free(line);
}

/*
 * Read a config file, reporting each bad line; returns the number of
 * errors, or -1 (with err set) if the file cannot be read.  A missing
 * file is no error unless must_exist.
 */
int
conf_load(struct conf *c, const char *path, bool must_exist,
    struct error *err)
{
	const char	*outer = c->file;
	unsigned	 before = c->errors;
	FILE		*fp;

	if ((fp = fopen(path, "r")) == NULL) {
		if (errno == ENOENT && !must_exist)
			return 0;
		return error_set(err, "%s: %s", path, strerror(errno));
	}
	c->depth++;
	c->file = path;
	conf_read(c, fp, path);
	c->file = outer;
	c->depth--;
	fclose(fp);
	return (int)(c->errors - before);
}

/* $XDG_CONFIG_HOME/quoth/config, else ~/.config/quoth/config. */
int
conf_default_path(char **out, struct error *err)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		*out = xasprintf("%s/quoth/config", xdg);
	else if (home != NULL && *home == '/')
		*out = xasprintf("%s/.config/quoth/config", home);
	else
		return error_set(err, "neither XDG_CONFIG_HOME nor HOME is set");
	return 0;
}

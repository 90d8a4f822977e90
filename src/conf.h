/*
 * The configuration language: one command a line, words split as a
 * shell would (quotes, backslashes, # comments).  The parser knows only
 * `source FILE`; every other command is the caller's, from a table.
 * The same lines come from the config file and the reader's `:` prompt.
 *
 * (The file is conf.c, not config.c: src/config.h would hide the
 * config.h that configure writes.)
 */
#ifndef QUOTH_CONF_H
#define QUOTH_CONF_H

#include <stdbool.h>

#include "error.h"

#define CONF_FILE	0x1	/* allowed in a config file */
#define CONF_PROMPT	0x2	/* allowed at the : prompt */
#define CONF_MAX_DEPTH	8	/* nested `source` */

struct conf_command {
	const char	*name;
	const char	*alias;		/* or NULL */
	int		 min_args;	/* words after the name */
	int		 max_args;	/* -1: any number */
	unsigned	 where;		/* CONF_FILE | CONF_PROMPT */
	const char	*usage;		/* "set NAME [VALUE]" */
	int		(*run)(void *, int, char **, struct error *);
};

struct conf {
	const struct conf_command	*cmds;
	int				 ncmds;
	void				*ctx;
	unsigned			 where;		/* CONF_FILE or CONF_PROMPT */
	/* each error of a file, as "FILE:LINE: message" */
	void				(*report)(void *, const char *);
	int				 depth;
	const char			*file;		/* being read, for source */
	unsigned			 errors;
};

int	 conf_split(const char *, int *, char ***, struct error *);
void	 conf_free_argv(int, char **);
int	 conf_run_line(struct conf *, const char *, struct error *);
int	 conf_load(struct conf *, const char *, bool, struct error *);
int	 conf_default_path(char **, struct error *);
const struct conf_command *conf_find(const struct conf *, const char *);

#endif

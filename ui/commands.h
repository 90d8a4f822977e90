/*
 * The reader's commands: what a config file and the : prompt say.  One
 * table; the help screen and quoth.conf(5) list it.
 */
#ifndef QUOTH_COMMANDS_H
#define QUOTH_COMMANDS_H

#include "conf.h"
#include "ui.h"

int	 commands_run(struct ui *, const char *);
int	 commands_load_config(struct ui *);
int	 commands_count(void);
const struct conf_command *commands_get(int);
const char *commands_help(int);

#endif

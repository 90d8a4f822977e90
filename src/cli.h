/*
 * The subcommands.  main.c parses the global options, opens nothing, and
 * hands the rest of the command line to cli_run(); each command is one
 * entry of the table in cli.c, from which its --help is generated.
 */
#ifndef QUOTH_CLI_H
#define QUOTH_CLI_H

#include <stdbool.h>
#include <stdio.h>

struct cli_globals {
	const char	*db;		/* --db, or NULL for the default */
	const char	*argv0;
};

struct index;
struct error;

int	cli_run(const struct cli_globals *, int, char **);
int	cli_reattribute(struct index *, bool, struct error *);
int	cli_open_index(const char *, struct index **, struct error *);
int	cli_has_command(const char *);
void	cli_usage(FILE *);

#endif

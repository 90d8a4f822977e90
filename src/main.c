/*
 * quoth: a terminal reader for news that shows who said what.
 *
 * main() parses the global options and hands a command to cli.c; with no
 * command, it opens the reader.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void
main_usage(FILE *fp)
{
	fprintf(fp, "usage: quoth [--db PATH] [COMMAND [ARGS...]]\n"
	    "       quoth --demo | --help | --version\n\n"
	    "A terminal reader for news that shows who said what.  With no\n"
	    "command, quoth opens the reader on the index.\n\n"
	    "options:\n"
	    "  --db PATH   the index (default $QUOTH_DB, else\n"
	    "              $XDG_DATA_HOME/quoth/index.db)\n"
	    "  --demo      open the bundled sample articles in a temporary index\n"
	    "  --help      show this help; 'quoth COMMAND --help' for a command\n"
	    "  --version   print the version\n\n");
	cli_usage(fp);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "demo", no_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_globals	g = { NULL, argv[0] };
	int			ch;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			g.db = optarg;
			break;
		case 'h':
			main_usage(stdout);
			return 0;
		case 'V':
			printf("quoth %s\n", PACKAGE_VERSION);
			return 0;
		default:
			main_usage(stderr);
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		main_usage(stderr);
		return 2;
	}
	return cli_run(&g, argc, argv);
}

/*
 * quoth: a terminal reader for news that shows who said what.
 *
 * main() parses the global options and hands a command to cli.c; with no
 * command, it opens the reader (ui/), on the index or, with --demo, on
 * the sample articles in a temporary index.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ingest.h"
#include "keys.h"
#include "samples.h"
#include "ui.h"
#include "xmalloc.h"

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
	    "  --dump-keys print the reader's default keys (mdoc, for quoth.1)\n"
	    "  --help      show this help; 'quoth COMMAND --help' for a command\n"
	    "  --version   print the version\n\n");
	cli_usage(fp);
}

/* The reader on the index, created if there is none yet. */
static int
main_reader(const struct cli_globals *g)
{
	struct ui_start	 start = { false, 0 };
	struct index	*ix;
	struct error	 err;
	char		*path = NULL;
	int		 rc;

	if (ui_usable(&err) == -1 ||
	    (g->db == NULL && index_default_path(&path, &err) == -1)) {
		fprintf(stderr, "quoth: %s\n", err.msg);
		return 1;
	}
	rc = cli_open_index(g->db != NULL ? g->db : path, &ix, &err);
	free(path);
	if (rc == -1) {
		fprintf(stderr, "quoth: %s\n", err.msg);
		return 1;
	}
	rc = ui_run(ix, &start);
	index_close(ix);
	return rc;
}

/* The samples into a new index in dir; the reader on it. */
static int
main_demo_in(const char *dir, const char *db)
{
	struct ui_start		 start = { true, 0 };
	struct ingest_opts	 opts = { .format = IMPORT_AUTO };
	struct ingest_stats	 st;
	struct index		*ix;
	struct error		 err;
	int			 rc;

	memset(&st, 0, sizeof st);
	if (index_open(&ix, db, 0, &err) == -1 ||
	    ingest_path(ix, dir, &opts, &st, &err) == -1) {
		fprintf(stderr, "quoth: %s\n", err.msg);
		index_close(ix);
		return 1;
	}
	rc = ui_run(ix, &start);
	index_close(ix);
	return rc;
}

/* --demo: a temporary index, removed when the reader quits. */
static int
main_demo(void)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	const char	*tmp = getenv("TMPDIR");
	char		*samples = samples_dir(), *dir, *db, *f;
	struct error	 err;
	size_t		 i;
	int		 rc;

	if (ui_usable(&err) == -1) {
		fprintf(stderr, "quoth: %s\n", err.msg);
		free(samples);
		return 1;
	}
	if (samples == NULL) {
		fprintf(stderr, "quoth: the sample articles are not installed "
		    "(looked in %s/samples)\n", QUOTH_PKGDATADIR);
		return 1;
	}
	dir = xasprintf("%s/quoth-demo.XXXXXX", tmp != NULL && *tmp == '/' ?
	    tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		fprintf(stderr, "quoth: %s: cannot make a temporary folder\n", dir);
		free(dir);
		free(samples);
		return 1;
	}
	db = xasprintf("%s/index.db", dir);
	rc = main_demo_in(samples, db);
	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		f = xasprintf("%s%s", db, suffixes[i]);
		unlink(f);
		free(f);
	}
	rmdir(dir);
	free(db);
	free(dir);
	free(samples);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "demo", no_argument, NULL, 'D' },
		{ "dump-keys", no_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_globals	g = { NULL, argv[0] };
	bool			demo = false;
	int			ch;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			g.db = optarg;
			break;
		case 'D':
			demo = true;
			break;
		case 'K':
			keys_dump_mdoc(stdout);
			return 0;
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
	if (demo && argc > 0) {
		fprintf(stderr, "quoth: --demo takes no command\n");
		return 2;
	}
	if (demo)
		return main_demo();
	if (argc == 0)
		return main_reader(&g);
	return cli_run(&g, argc, argv);
}

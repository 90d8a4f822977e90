/*
 * The subcommands: add, list, show, search, quotes, sources, stats.
 * Each is a row of cli_commands[] with its options; usage and --help are
 * generated from the table.  Commands print through out.c, which keeps
 * every format terminal-safe.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "attrib.h"
#include "claims.h"
#include "cli.h"
#include "cli_private.h"
#include "index.h"
#include "ingest.h"
#include "out.h"
#include "xmalloc.h"


struct cli_opt {
	const char	*name;
	const char	*arg;		/* NULL: a flag */
	int		(*set)(struct cli *, const char *);
	const char	*help;
};

struct cli_cmd {
	const char		*name;
	int			(*run)(struct cli *, int, char **);
	const char		*args;
	const char		*summary;
	const struct cli_opt	*opts;
	int			 formats;
};

#define F(x)	(1 << OUT_##x)
#define LISTING	(F(TEXT) | F(TSV) | F(JSONL))

int
cli_fail(struct cli *c, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	error_vset(&c->err, fmt, ap);
	va_end(ap);
	return -1;
}

static int
cli_set_format(struct cli *c, const char *v)
{
	int	f = out_format_parse(v);

	if (f < 0 || !(c->formats & (1 << f)))
		return cli_fail(c, "unknown format '%s' for this command", v);
	c->format = (enum out_format)f;
	return 0;
}

/* A monotonic clock, for the time long work takes and its progress. */
int64_t
cli_now_ns(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int
cli_parse_int(const char *v, int64_t *out)
{
	char	*end;
	long long n;

	errno = 0;
	n = strtoll(v, &end, 10);
	if (errno != 0 || end == v || *end != '\0' || n < 0)
		return -1;
	*out = n;
	return 0;
}

static int
cli_set_limit(struct cli *c, const char *v)
{
	if (cli_parse_int(v, &c->limit) == -1)
		return cli_fail(c, "--limit takes a number, not '%s'", v);
	return 0;
}

static int
cli_set_sort(struct cli *c, const char *v)
{
	int	s = index_sort_parse(v);

	if (s < 0)
		return cli_fail(c, "unknown sort key '%s' (date, added, title, "
		    "outlet, quotes, denials, id)", v);
	c->sort = (enum index_sort)s;
	return 0;
}

static int
cli_set_stance(struct cli *c, const char *v)
{
	if ((c->stance = attrib_stance_parse(v)) < 0)
		return cli_fail(c, "unknown stance '%s' (claim, denial, "
		    "correction, refusal)", v);
	return 0;
}

static int
cli_set_timeout(struct cli *c, const char *v)
{
	int64_t	n;

	if (cli_parse_int(v, &n) == -1 || n == 0 || n > 3600)
		return cli_fail(c, "--timeout takes seconds (1 to 3600), not '%s'",
		    v);
	c->timeout = (long)n;
	return 0;
}

static int
cli_set_import_format(struct cli *c, const char *v)
{
	int	f = import_format_parse(v);

	if (f < 0)
		return cli_fail(c, "unknown import format '%s'", v);
	c->import_format = (enum import_format)f;
	return 0;
}

static int
cli_set_relation(struct cli *c, const char *v)
{
	if ((c->relation = claims_relation_parse(v)) < 0)
		return cli_fail(c, "unknown relation '%s' (contradicts, supports, "
		    "same-quote)", v);
	return 0;
}

static int cli_set_within(struct cli *c, const char *v) { c->within = true; return 0; }
static int cli_set_topic(struct cli *c, const char *v) { c->topic = v; return 0; }
static int cli_set_asc(struct cli *c, const char *v) { c->ascending = true; return 0; }
static int cli_set_unread(struct cli *c, const char *v) { c->unread = true; return 0; }
static int cli_set_all(struct cli *c, const char *v) { c->all = true; return 0; }
static int cli_set_quiet(struct cli *c, const char *v) { c->quiet = true; return 0; }
static int cli_set_speaker(struct cli *c, const char *v) { c->speaker = v; return 0; }
static int cli_set_articles(struct cli *c, const char *v) { c->only_articles = true; return 0; }
static int cli_set_quotes(struct cli *c, const char *v) { c->only_quotes = true; return 0; }

#define OPT_FORMAT(list) { "format", "FORMAT", cli_set_format, "output format: " list }
#define OPT_END { NULL, NULL, NULL, NULL }

#define OPT_TIMEOUT { "timeout", "SECONDS", cli_set_timeout, \
	"give up on a download after this long (default 30)" }

static const struct cli_opt cli_add_opts[] = {
	{ "as", "FORMAT", cli_set_import_format,
	    "read every input as this format (text, html, feed or jsonl), "
	    "not by its content" },
	{ "quiet", NULL, cli_set_quiet, "report only failures and the summary" },
	OPT_TIMEOUT,
	OPT_END
};
static const struct cli_opt cli_feeds_opts[] = {
	OPT_FORMAT("text, tsv or jsonl (for list)"),
	{ "quiet", NULL, cli_set_quiet, "report only failures and the summary "
	    "(for import)" },
	OPT_TIMEOUT,
	OPT_END
};
static const struct cli_opt cli_fetch_opts[] = {
	{ "quiet", NULL, cli_set_quiet, "report only failures and the summary" },
	OPT_TIMEOUT,
	OPT_END
};
static const struct cli_opt cli_list_opts[] = {
	OPT_FORMAT("text, tsv or jsonl"),
	{ "sort", "KEY", cli_set_sort,
	    "date (default), added, title, outlet, quotes, denials or id" },
	{ "ascending", NULL, cli_set_asc, "oldest or smallest first" },
	{ "unread", NULL, cli_set_unread, "only articles not yet read" },
	{ "limit", "N", cli_set_limit, "at most N articles" },
	OPT_END
};
static const struct cli_opt cli_show_opts[] = {
	OPT_FORMAT("text or json"),
	OPT_END
};
static const struct cli_opt cli_search_opts[] = {
	OPT_FORMAT("text, tsv or jsonl"),
	{ "limit", "N", cli_set_limit, "at most N hits of each kind (default 20)" },
	{ "articles", NULL, cli_set_articles, "search articles only" },
	{ "quotes", NULL, cli_set_quotes, "search quotes only" },
	OPT_END
};
static const struct cli_opt cli_quotes_opts[] = {
	OPT_FORMAT("text, tsv or jsonl"),
	{ "all", NULL, cli_set_all, "the quotes of every article" },
	{ "speaker", "NAME", cli_set_speaker,
	    "only quotes by this speaker (words of the name, any case)" },
	{ "stance", "STANCE", cli_set_stance,
	    "only claims, denials, corrections or refusals" },
	{ "limit", "N", cli_set_limit, "at most N quotes" },
	OPT_END
};
static const struct cli_opt cli_sources_opts[] = {
	OPT_FORMAT("text, tsv or jsonl"),
	OPT_END
};
static const struct cli_opt cli_compare_opts[] = {
	OPT_FORMAT("text, tsv or jsonl"),
	{ "all", NULL, cli_set_all, "the pairs within every article" },
	{ "relation", "RELATION", cli_set_relation,
	    "only contradicts, supports or same-quote" },
	{ "within", NULL, cli_set_within,
	    "only pairs within the articles, not across the index" },
	{ "topic", "QUERY", cli_set_topic,
	    "the pairs in and across the articles that match QUERY best" },
	{ "limit", "N", cli_set_limit, "at most N pairs within the articles" },
	OPT_END
};
static const struct cli_opt cli_check_opts[] = {
	OPT_END
};
static const struct cli_opt cli_stats_opts[] = {
	OPT_FORMAT("text, tsv or jsonl"),
	OPT_END
};

static const struct cli_cmd cli_commands[] = {
	{ "add", cli_add, "PATH... | URL... | -",
	    "import files, folders (recursively), web pages and feeds by URL, "
	    "or standard input",
	    cli_add_opts, 0 },
	{ "feeds", cli_feeds, "add URL... | list | remove URL|ID... | "
	    "import FILE... | export",
	    "subscribe to feeds, list the subscriptions, remove them, or "
	    "exchange them with other readers as OPML",
	    cli_feeds_opts, LISTING },
	{ "fetch", cli_fetch, "",
	    "fetch every subscribed feed and import its new and changed items",
	    cli_fetch_opts, 0 },
	{ "list", cli_list, "",
	    "list the articles: id, file, title, outlet, date, quotes, denials",
	    cli_list_opts, LISTING },
	{ "show", cli_show, "ID", "print one article: metadata and body",
	    cli_show_opts, F(TEXT) | F(JSON) },
	{ "search", cli_search, "QUERY...",
	    "full-text search of articles and quotes, best first",
	    cli_search_opts, LISTING },
	{ "quotes", cli_quotes, "ID... | --all",
	    "the attributed quotes of articles: who said what, through whom",
	    cli_quotes_opts, LISTING },
	{ "sources", cli_sources, "ID...",
	    "the people, outlets, organisations and documents an article names",
	    cli_sources_opts, LISTING },
	{ "compare", cli_compare, "ID... | --all | --topic QUERY",
	    "claims set side by side: what contradicts, supports or repeats what",
	    cli_compare_opts, LISTING },
	{ "stats", cli_stats, "", "what the index holds",
	    cli_stats_opts, LISTING },
	{ "check", cli_check, "", "check that the index is whole and consistent",
	    cli_check_opts, 0 },
	{ "reindex", cli_reindex, "",
	    "find who said what again in every article (after an upgrade)",
	    cli_check_opts, 0 },
	{ "optimize", cli_optimize, "",
	    "merge the full-text indexes for faster searches (after big "
	    "imports)",
	    cli_check_opts, 0 },
};

#define CLI_NCOMMANDS	(sizeof cli_commands / sizeof cli_commands[0])

static const struct cli_cmd *
cli_find(const char *name)
{
	size_t	i;

	for (i = 0; i < CLI_NCOMMANDS; i++)
		if (strcmp(cli_commands[i].name, name) == 0)
			return &cli_commands[i];
	return NULL;
}

int
cli_has_command(const char *name)
{
	return cli_find(name) != NULL;
}

void
cli_usage(FILE *fp)
{
	size_t	i;

	fprintf(fp, "commands:\n");
	for (i = 0; i < CLI_NCOMMANDS; i++)
		fprintf(fp, "  %-8s %s\n", cli_commands[i].name,
		    cli_commands[i].summary);
}

static void
cli_command_help(const struct cli_cmd *cmd, FILE *fp)
{
	const struct cli_opt	*o;
	char			 lhs[64];

	fprintf(fp, "usage: quoth [--db PATH] %s%s%s%s\n\n%s.\n", cmd->name,
	    cmd->opts[0].name != NULL ? " [options]" : "",
	    *cmd->args ? " " : "", cmd->args, cmd->summary);
	if (cmd->opts[0].name != NULL)
		fprintf(fp, "\noptions:\n");
	for (o = cmd->opts; o->name != NULL; o++) {
		snprintf(lhs, sizeof lhs, "--%s%s%s", o->name, o->arg ? "=" : "",
		    o->arg ? o->arg : "");
		fprintf(fp, "  %-20s %s\n", lhs, o->help);
	}
	fprintf(fp, "  %-20s %s\n", "--help", "show this help");
}

/* getopt_long over the command's table; option values go through setters. */
static int
cli_parse(struct cli *c, const struct cli_cmd *cmd, int argc, char **argv)
{
	struct option	 longopts[16];
	int		 n, ch, idx;

	for (n = 0; cmd->opts[n].name != NULL && n < 14; n++) {
		longopts[n].name = cmd->opts[n].name;
		longopts[n].has_arg = cmd->opts[n].arg ? required_argument :
		    no_argument;
		longopts[n].flag = NULL;
		longopts[n].val = 256 + n;
	}
	longopts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	longopts[n] = (struct option){ NULL, 0, NULL, 0 };
	optind = 0;		/* glibc: start afresh, permuting again */
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "h", longopts, &idx)) != -1) {
		if (ch == 'h') {
			cli_command_help(cmd, stdout);
			exit(0);
		}
		if (ch == '?' || ch == ':')
			return cli_fail(c, "unknown or incomplete option '%s'",
			    argv[optind - 1]);
		if (cmd->opts[ch - 256].set(c, optarg) == -1)
			return -1;
	}
	return optind;
}

/*
 * Open the index for the command line and the reader: an upgrade of its
 * schema is said before it starts, as it can take a while; records an
 * older quoth wrote are made again.
 */
int
cli_open_index(const char *path, struct index **ix, struct error *err)
{
	int	from = index_upgrade_pending(path);

	if (from > 0)
		fprintf(stderr, "quoth: %s has schema %d: upgrading it, once (a"
		    " minute or so at a million articles)\n", path, from);
	if (index_open(ix, path, 0, err) == -1)
		return -1;
	if (cli_reattribute(*ix, false, err) == -1) {
		index_close(*ix);
		*ix = NULL;
		return -1;
	}
	return 0;
}

static int
cli_open(struct cli *c)
{
	char	*path = NULL;
	int	 rc;

	if (c->g->db == NULL && index_default_path(&path, &c->err) == -1)
		return -1;
	rc = cli_open_index(c->g->db != NULL ? c->g->db : path, &c->ix, &c->err);
	free(path);
	return rc;
}

/* Article ids from the command line, each checked to be a number. */
int
cli_ids(struct cli *c, int argc, char **argv, int64_t **ids)
{
	int	i;

	*ids = xcalloc((size_t)argc + 1, sizeof **ids);
	for (i = 0; i < argc; i++) {
		if (cli_parse_int(argv[i], &(*ids)[i]) == -1 || (*ids)[i] == 0) {
			free(*ids);
			*ids = NULL;
			return cli_fail(c, "'%s' is not an article id (see 'quoth list')",
			    argv[i]);
		}
	}
	return 0;
}

int
cli_run(const struct cli_globals *g, int argc, char **argv)
{
	const struct cli_cmd	*cmd = cli_find(argv[0]);
	struct cli		 c;
	int			 first, rc;

	memset(&c, 0, sizeof c);
	c.g = g;
	c.stance = -1;
	c.relation = -1;
	if (cmd == NULL) {
		fprintf(stderr, "quoth: unknown command '%s'\n", argv[0]);
		cli_usage(stderr);
		return 2;
	}
	c.formats = cmd->formats;
	if ((first = cli_parse(&c, cmd, argc, argv)) == -1) {
		fprintf(stderr, "quoth %s: %s\n", cmd->name, c.err.msg);
		fprintf(stderr, "see 'quoth %s --help'\n", cmd->name);
		return 2;
	}
	if (cli_open(&c) == -1) {
		fprintf(stderr, "quoth: %s\n", c.err.msg);
		return 1;
	}
	rc = cmd->run(&c, argc - first, argv + first);
	if (rc < 0)
		fprintf(stderr, "quoth %s: %s\n", cmd->name, c.err.msg);
	index_close(c.ix);
	return rc < 0 ? (rc == -2 ? 2 : 1) : rc;
}

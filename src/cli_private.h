/* Shared by the files of the command line (cli*.c). */
#ifndef QUOTH_CLI_PRIVATE_H
#define QUOTH_CLI_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include "cli.h"
#include "error.h"
#include "import.h"
#include "index.h"
#include "out.h"

struct cli {
	const struct cli_globals *g;
	struct index	*ix;
	struct error	 err;
	/* option values, shared by the commands that take them */
	enum out_format	 format;
	int		 formats;	/* bit set of formats allowed */
	int64_t		 limit;
	enum index_sort	 sort;
	bool		 ascending;
	bool		 unread;
	bool		 all;
	bool		 quiet;
	const char	*speaker;
	int		 stance;
	enum import_format import_format;
	long		 timeout;	/* seconds for a download, 0: default */
	bool		 only_articles, only_quotes;
	int		 relation;
	bool		 within;
	const char	*topic;
};

int	cli_fail(struct cli *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	cli_parse_int(const char *, int64_t *);
int64_t	cli_now_ns(void);
int	cli_ids(struct cli *, int, char **, int64_t **);
void	cli_quote_fields(struct out *, const struct quote_row *);

/* The commands, each in the file of its concern. */
int	cli_add(struct cli *, int, char **);
int	cli_list(struct cli *, int, char **);
int	cli_show(struct cli *, int, char **);
int	cli_search(struct cli *, int, char **);
int	cli_quotes(struct cli *, int, char **);
int	cli_sources(struct cli *, int, char **);
int	cli_stats(struct cli *, int, char **);
int	cli_check(struct cli *, int, char **);
int	cli_reindex(struct cli *, int, char **);
int	cli_optimize(struct cli *, int, char **);
int	cli_compare(struct cli *, int, char **);
int	cli_feeds(struct cli *, int, char **);
int	cli_fetch(struct cli *, int, char **);

#endif

/*
 * quoth optimize: merge the full-text indexes' segments, so that a search
 * seeks each of its words in fewer places (index_merge.c).
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "cli_private.h"

struct optimize_state {
	int64_t	start_ns;
	bool	shown;		/* a progress line is on the terminal */
};

static double
optimize_secs(const struct optimize_state *st)
{
	return (double)(cli_now_ns() - st->start_ns) / 1e9;
}

/* A round takes a second or so: each is shown, on a terminal. */
static void
optimize_progress(void *ctx, int64_t rounds)
{
	struct optimize_state	*st = ctx;

	fprintf(stderr, "\r\033[Kmerging the full-text indexes: %lld round%s"
	    " (%.0f s)", (long long)rounds, rounds == 1 ? "" : "s",
	    optimize_secs(st));
	st->shown = true;
}

int
cli_optimize(struct cli *c, int argc, char **argv)
{
	struct optimize_state	st = { cli_now_ns(), false };
	int64_t			rounds;

	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	rounds = index_merge(c->ix, isatty(STDERR_FILENO) ? optimize_progress :
	    NULL, &st, &c->err);
	if (st.shown)
		fputs("\r\033[K", stderr);
	if (rounds == -1)
		return -1;
	if (rounds == 0)
		printf("%s: already merged\n", index_path(c->ix));
	else
		printf("%s: full-text indexes merged in %lld round%s (%.1f s)\n",
		    index_path(c->ix), (long long)rounds, rounds == 1 ? "" : "s",
		    optimize_secs(&st));
	return 0;
}

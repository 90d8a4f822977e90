/*
 * quoth optimize: merge the full-text indexes' segments, so that a search
 * seeks each of its words in fewer places (index_merge.c).
 */
#include "config.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli_private.h"

struct optimize_state {
	double	start;
	bool	shown;		/* a progress line is on the terminal */
};

static double
optimize_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A round takes a second or so: each is shown, on a terminal. */
static void
optimize_progress(void *ctx, int64_t rounds)
{
	struct optimize_state	*st = ctx;

	fprintf(stderr, "\r\033[Kmerging the full-text indexes: %lld round%s"
	    " (%.0f s)", (long long)rounds, rounds == 1 ? "" : "s",
	    optimize_now() - st->start);
	st->shown = true;
}

int
cli_optimize(struct cli *c, int argc, char **argv)
{
	struct optimize_state	st = { optimize_now(), false };
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
		    optimize_now() - st.start);
	return 0;
}

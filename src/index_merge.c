/*
 * Merging the segments of the full-text indexes (quoth optimize).
 *
 * FTS5 writes each batch of terms as a segment, and merges segments four
 * at a time, a level at a time, as it goes: a million articles make
 * twenty or so, and a search seeks each of its words in every one, so a
 * prefix spelled out as 500 words seeks 10,000 times.  Merging while
 * any level holds two leaves one segment a level: at a million articles,
 * 21 segments became 3, the slowest filter keystroke went from 47 to 20 ms
 * and a search for "over*" from 58 to 18 ms.
 *
 * Imports do not merge that far themselves: merging every two segments
 * rewrites each term about twice as often, and made importing the
 * AllSides set 15-45% slower.  So it is asked for, after a large import.
 * Each round is a transaction of its own: an interrupted run keeps what
 * it merged, and FTS5 carries on a merge it had begun at the next.
 */
#include "config.h"

#include <stdio.h>

#include "index_private.h"

#define INDEX_MERGE_PAGES	20000	/* pages merged a round: a second or so */

static const char *const index_merge_tables[] = { "articles_fts", "said_fts" };

/* Set an FTS5 option of table: it is kept in the table's own config. */
static int
index_merge_option(struct index *ix, const char *table, const char *option,
    int value, struct error *err)
{
	char	sql[160];

	snprintf(sql, sizeof sql, "INSERT INTO %s(%s, rank) VALUES ('%s', %d)",
	    table, table, option, value);
	return index_exec(ix, sql, err);
}

/* One round of merging table: *more when there was anything to merge. */
static int
index_merge_round(struct index *ix, const char *table, bool *more,
    struct error *err)
{
	int	before;

	if (index_begin(ix, err) == -1)
		return -1;
	before = sqlite3_total_changes(ix->db);
	if (index_merge_option(ix, table, "merge", INDEX_MERGE_PAGES, err) ==
	    -1) {
		index_rollback(ix);
		return -1;
	}
	/* a merge with nothing to merge makes one change, FTS5 says */
	*more = sqlite3_total_changes(ix->db) - before >= 2;
	return index_commit(ix, err);
}

/*
 * Merge both full-text indexes until no level of either holds two
 * segments ('usermerge' 2: the fewest a 'merge' takes from one level).
 * progress, if any, hears the rounds done so far.  Returns how many
 * rounds merged anything (0: nothing was to be merged), or -1.
 */
int64_t
index_merge(struct index *ix, void (*progress)(void *, int64_t), void *ctx,
    struct error *err)
{
	size_t	i;
	int64_t	rounds = 0;
	bool	more;

	for (i = 0; i < sizeof index_merge_tables /
	    sizeof index_merge_tables[0]; i++) {
		if (index_merge_option(ix, index_merge_tables[i], "usermerge", 2,
		    err) == -1)
			return -1;
		do {
			if (index_merge_round(ix, index_merge_tables[i], &more,
			    err) == -1)
				return -1;
			if (more)
				rounds++;
			if (more && progress != NULL)
				progress(ctx, rounds);
		} while (more);
	}
	return rounds;
}

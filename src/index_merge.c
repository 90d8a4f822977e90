/*
 * Merging the segments of the full-text indexes (quoth optimize).
 *
 * FTS5 writes each batch of terms as a segment, and merges segments a
 * level at a time as it goes (eight to a level in articles_fts, schema
 * 10): a million articles make twenty or so, and a search seeks each of
 * its words in every one, so a prefix spelled out as 500 words seeks
 * 10,000 times.  Merging while
 * any level holds two leaves one segment a level: at a million articles,
 * 21 segments became 3, the slowest filter keystroke went from 47 to 20 ms
 * and a search for "over*" from 58 to 18 ms.
 *
 * Imports do not merge that far themselves: merging every two segments
 * rewrites each term about twice as often, and made importing the
 * AllSides set 15-45% slower.  So it is done by quoth optimize, after a
 * large import, and by the reader a little at a time while nothing is
 * typed.  Each round is a transaction of its own: an interrupted run
 * keeps what it merged, and FTS5 carries on a merge it had begun at the
 * next.
 */
#include "config.h"

#include <stdio.h>

#include "index_private.h"

#define INDEX_MERGE_PAGES	20000	/* pages merged a round: a second or so */

static const char *const index_merge_tables[] = { "articles_fts", "said_fts" };
#define INDEX_MERGE_TABLES \
	(sizeof index_merge_tables / sizeof index_merge_tables[0])

/* An FTS5 option of table ('usermerge', kept in its config), or 'merge'. */
static int
index_merge_option(struct index *ix, const char *table, const char *option,
    int value, struct error *err)
{
	char	sql[160];

	snprintf(sql, sizeof sql, "INSERT INTO %s(%s, rank) VALUES ('%s', %d)",
	    table, table, option, value);
	return index_exec(ix, sql, err);
}

/*
 * One round of merging table, pages at most: *more when there was
 * anything to merge.  'usermerge' 2 is the fewest a 'merge' takes from
 * one level (FTS5 itself waits for more).  A round that finds nothing is
 * rolled back: it writes nothing, so that another reader of the index is
 * not woken to look for news.
 */
static int
index_merge_round(struct index *ix, const char *table, int pages, bool *more,
    struct error *err)
{
	int64_t	before;

	*more = false;
	if (index_begin(ix, err) == -1)
		return -1;
	if (index_merge_option(ix, table, "usermerge", 2, err) == -1)
		goto fail;
	before = sqlite3_total_changes64(ix->db);
	if (index_merge_option(ix, table, "merge", pages, err) == -1)
		goto fail;
	/* a merge with nothing to merge makes one change, FTS5 says */
	if (sqlite3_total_changes64(ix->db) - before < 2) {
		index_rollback(ix);
		return 0;
	}
	*more = true;
	if (index_commit(ix, err) == 0)
		return 0;
fail:
	index_rollback(ix);
	return -1;
}

/* The segments of one full-text index: its %_idx by segment, skipped. */
static int64_t
index_segments_of(struct index *ix, const char *table)
{
	sqlite3_stmt	*st;
	char		 sql[128];
	int64_t		 n = 0, seg = -1;

	snprintf(sql, sizeof sql, "SELECT segid FROM %s_idx WHERE segid > ?"
	    " ORDER BY segid LIMIT 1", table);
	if (sqlite3_prepare_v2(ix->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	for (;;) {
		sqlite3_bind_int64(st, 1, seg);
		if (sqlite3_step(st) != SQLITE_ROW)
			break;
		seg = sqlite3_column_int64(st, 0);
		n++;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return n;
}

/*
 * How many segments both full-text indexes are in, each a lookup for
 * every word of a search; -1 if FTS5 keeps them otherwise than in its
 * %_idx tables.  A skip from segment to segment: 2 ms at a million.
 */
int64_t
index_segments(struct index *ix)
{
	size_t	i;
	int64_t	n, all = 0;

	for (i = 0; i < INDEX_MERGE_TABLES; i++) {
		if ((n = index_segments_of(ix, index_merge_tables[i])) == -1)
			return -1;
		all += n;
	}
	return all;
}

/*
 * Merge both full-text indexes until no level of either holds two
 * segments.  progress, if any, hears the rounds done so far.  Returns how
 * many rounds merged anything (0: nothing was to be merged), or -1.
 */
int64_t
index_merge(struct index *ix, void (*progress)(void *, int64_t), void *ctx,
    struct error *err)
{
	size_t	i;
	int64_t	rounds = 0;
	bool	more;

	for (i = 0; i < INDEX_MERGE_TABLES; i++)
		do {
			if (index_merge_round(ix, index_merge_tables[i],
			    INDEX_MERGE_PAGES, &more, err) == -1)
				return -1;
			if (more)
				rounds++;
			if (more && progress != NULL)
				progress(ctx, rounds);
		} while (more);
	/* the rounds grew the write-ahead log; give the space back */
	if (rounds > 0)
		sqlite3_wal_checkpoint_v2(ix->db, NULL,
		    SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	return rounds;
}

/*
 * A round of merging, of pages at most, in the first full-text index with
 * anything to merge, if the index is free this instant: the reader does
 * this while nothing is typed, and must not wait for an import.  1: it
 * merged (there may be more); 0: there is nothing to merge; -1: not now
 * (busy, or read-only), as err says.
 */
int
index_merge_some(struct index *ix, int pages, struct error *err)
{
	size_t	i;
	bool	more = false;
	int	rc = 0;

	sqlite3_busy_timeout(ix->db, 0);
	for (i = 0; rc == 0 && !more && i < INDEX_MERGE_TABLES; i++)
		rc = index_merge_round(ix, index_merge_tables[i], pages,
		    &more, err);
	sqlite3_busy_timeout(ix->db, INDEX_BUSY_MS);
	return rc == -1 ? -1 : more;
}

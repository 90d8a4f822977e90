/*
 * bench_synth SOURCE.db TARGET.db N: an index of N articles made from the
 * articles of SOURCE (an index quoth built by importing real text), each
 * copy with another title and date, for the scale benchmarks.  Quotes,
 * sources, mentions, relays and pairs are copied with their articles, and
 * both full-text indexes are filled as an import fills them.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sqlite3	*db;

static void
synth_exec(const char *sql)
{
	char	*msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "bench_synth: %s\n  in: %.200s\n", msg, sql);
		exit(1);
	}
}

static long long
synth_max(const char *sql)
{
	sqlite3_stmt	*st;
	long long	 v = 0;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/*
 * Copy k: every table's rows of the source articles up to `last`, their
 * ids moved past the k-1 copies before.
 */
static void
synth_copy(int k, long long a, long long s, long long q, long long last)
{
	char	sql[4096];

	snprintf(sql, sizeof sql,
	    "INSERT INTO articles SELECT id + %d * %lld, file, NULL,"
	    " title || ' (' || %d || ')', byline, outlet, url,"
	    " CASE WHEN date IS NULL THEN NULL ELSE strftime('%%Y-%%m-%%d',"
	    "  date, '-%d days') END, body, hash + %d, added, read, quotes,"
	    " denials FROM src.articles WHERE id <= %lld;"
	    "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body"
	    " FROM articles WHERE id > %d * %lld;"
	    "INSERT INTO sources SELECT id + %d * %lld, article + %d * %lld,"
	    " name, kind, role, mentions, quotes FROM src.sources"
	    " WHERE article <= %lld;"
	    "INSERT INTO mentions SELECT m.source + %d * %lld, m.start, m.stop"
	    " FROM src.mentions m JOIN src.sources s ON s.id = m.source"
	    " WHERE s.article <= %lld;"
	    "INSERT INTO quotes SELECT id + %d * %lld, article + %d * %lld, text,"
	    " direct, speaker, source + %d * %lld, mention, role, cue, stance,"
	    " start, stop, mention_start, mention_stop, cue_start, cue_stop,"
	    " rule, confidence, context FROM src.quotes WHERE article <= %lld;"
	    "INSERT INTO quotes_fts(rowid, text, speaker) SELECT id, text, speaker"
	    " FROM quotes WHERE id > %d * %lld;"
	    "INSERT INTO quote_via SELECT v.quote + %d * %lld, v.ord,"
	    " v.source + %d * %lld FROM src.quote_via v JOIN src.quotes q"
	    " ON q.id = v.quote WHERE q.article <= %lld;"
	    "INSERT INTO pairs SELECT p.a + %d * %lld, p.b + %d * %lld,"
	    " p.relation, p.score, p.why FROM src.pairs p JOIN src.quotes q"
	    " ON q.id = p.a WHERE q.article <= %lld;",
	    k, a, k, k * 9, k, last,
	    k, a,
	    k, s, k, a, last,
	    k, s, last,
	    k, q, k, a, k, s, last,
	    k, q,
	    k, q, k, s, last,
	    k, q, k, q, last);
	synth_exec("BEGIN");
	synth_exec(sql);
	synth_exec("COMMIT");
}

int
main(int argc, char **argv)
{
	char		 sql[1024];
	long long	 n, a, s, q, have;
	int		 k;

	if (argc != 4 || (n = atoll(argv[3])) <= 0) {
		fprintf(stderr, "usage: bench_synth SOURCE.db TARGET.db N\n");
		return 2;
	}
	remove(argv[2]);
	/* the target starts as a copy of the source, schema and all */
	snprintf(sql, sizeof sql, "VACUUM INTO '%s'", argv[2]);
	if (sqlite3_open(argv[1], &db) != SQLITE_OK)
		return 1;
	synth_exec(sql);
	sqlite3_close(db);
	if (sqlite3_open(argv[2], &db) != SQLITE_OK)
		return 1;
	synth_exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;"
	    "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536");
	snprintf(sql, sizeof sql, "ATTACH '%s' AS src", argv[1]);
	synth_exec(sql);
	a = synth_max("SELECT max(id) FROM src.articles");
	s = synth_max("SELECT coalesce(max(id), 0) FROM src.sources");
	q = synth_max("SELECT coalesce(max(id), 0) FROM src.quotes");
	have = synth_max("SELECT count(*) FROM articles");
	if (have > n) {
		fprintf(stderr, "bench_synth: %s has %lld articles, more than %lld\n",
		    argv[1], have, n);
		return 1;
	}
	for (k = 1; have < n; k++) {
		synth_copy(k, a, s, q, n - have < a ? n - have : a);
		have = synth_max("SELECT count(*) FROM articles");
		fprintf(stderr, "\rbench_synth: %lld articles", have);
	}
	fprintf(stderr, "\n");
	synth_exec("DETACH src; PRAGMA wal_checkpoint(TRUNCATE)");
	sqlite3_close(db);
	return 0;
}

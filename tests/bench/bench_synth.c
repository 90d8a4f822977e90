/*
 * bench_synth SOURCE.db TARGET.db N: an index of N articles made from the
 * articles of SOURCE (an index quoth built by importing real text), each
 * copy with another title and date, for the scale benchmarks.  Each copy
 * keeps its article's record of who said what, and both full-text
 * indexes and the list of words are filled as an import fills them.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index_private.h"
#include "said.h"

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
 * The full-text row of each new article's record: said_fts keeps no
 * text of its own, so its names are made again from the record.
 */
static void
synth_said_fts(long long from)
{
	sqlite3_stmt	*rd, *wr;
	struct said	 s;
	struct buf	 speaker = BUF_INIT, source = BUF_INIT;

	if (sqlite3_prepare_v2(db, "SELECT s.article, a.body, s.data FROM said s"
	    " JOIN articles a ON a.id = s.article WHERE s.article > ?", -1, &rd,
	    NULL) != SQLITE_OK || sqlite3_prepare_v2(db, "INSERT INTO said_fts"
	    " (rowid, speaker, source) VALUES (?, ?, ?)", -1, &wr,
	    NULL) != SQLITE_OK) {
		fprintf(stderr, "bench_synth: %s\n", sqlite3_errmsg(db));
		exit(1);
	}
	sqlite3_bind_int64(rd, 1, from);
	while (sqlite3_step(rd) == SQLITE_ROW) {
		if (said_unpack(sqlite3_column_blob(rd, 2), (size_t)
		    sqlite3_column_bytes(rd, 2), (size_t)sqlite3_column_bytes(rd, 1),
		    &s) == -1)
			continue;
		buf_truncate(&speaker, 0);
		buf_truncate(&source, 0);
		said_words(&s.r, &speaker, &source);
		sqlite3_bind_int64(wr, 1, sqlite3_column_int64(rd, 0));
		sqlite3_bind_text(wr, 2, buf_str(&speaker), -1, SQLITE_STATIC);
		sqlite3_bind_text(wr, 3, buf_str(&source), -1, SQLITE_STATIC);
		sqlite3_step(wr);
		sqlite3_reset(wr);
		said_free(&s);
	}
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	buf_free(&speaker);
	buf_free(&source);
}

/*
 * Copy k: the source articles up to `last`, their ids moved past the
 * k - 1 copies before, with their records and both full-text rows.
 */
static void
synth_copy(int k, long long a, long long last)
{
	char	sql[2048];

	snprintf(sql, sizeof sql,
	    "INSERT INTO articles SELECT id + %d * %lld, file, NULL,"
	    " title || ' (' || %d || ')', byline, outlet, url,"
	    " CASE WHEN date IS NULL THEN NULL ELSE strftime('%%Y-%%m-%%d',"
	    "  date, '-%d days') END, body, hash + %d, added, read, quotes,"
	    " denials, sources FROM src.articles WHERE id <= %lld;"
	    "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body"
	    " FROM articles WHERE id > %d * %lld;"
	    "INSERT OR IGNORE INTO words VALUES ('%d');"	/* the title's */
	    "INSERT INTO said SELECT article + %d * %lld, data FROM src.said"
	    " WHERE article <= %lld;",
	    k, a, k, k * 9, k, last,
	    k, a, k,
	    k, a, last);
	synth_exec("BEGIN");
	synth_exec(sql);
	synth_said_fts((long long)k * a);
	synth_exec("COMMIT");
}

int
main(int argc, char **argv)
{
	char		 sql[1024];
	long long	 n, a, have;
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
	have = synth_max("SELECT count(*) FROM articles");
	if (have > n) {
		fprintf(stderr, "bench_synth: %s has %lld articles, more than %lld\n",
		    argv[1], have, n);
		return 1;
	}
	for (k = 1; have < n; k++) {
		synth_copy(k, a, n - have < a ? n - have : a);
		have = synth_max("SELECT count(*) FROM articles");
		fprintf(stderr, "\rbench_synth: %lld articles", have);
	}
	fprintf(stderr, "\n");
	/* the copies came in by SQL, which does not count them */
	synth_exec("DELETE FROM totals; INSERT INTO totals (articles, unread,"
	    " quotes, denials, sources) " INDEX_TOTALS_SQL);
	synth_exec("DETACH src; PRAGMA wal_checkpoint(TRUNCATE)");
	sqlite3_close(db);
	return 0;
}

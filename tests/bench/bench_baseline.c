/*
 * The storage engine's limit, as the baseline for import benchmarks:
 * JSON lines (title, text) from standard input inserted into a bare FTS5
 * table in one transaction, with nothing else.  Prints one line:
 *   baseline ARTICLES articles MB MB SECONDS s
 */
#include "config.h"

#include <json-c/json.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *
field(json_object *o, const char *a, const char *b)
{
	json_object	*v;

	if (json_object_object_get_ex(o, a, &v) ||
	    (b != NULL && json_object_object_get_ex(o, b, &v)))
		return json_object_get_string(v);
	return "";
}

static void
die(sqlite3 *db, const char *what)
{
	fprintf(stderr, "bench_baseline: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

int
main(int argc, char **argv)
{
	sqlite3		*db;
	sqlite3_stmt	*st;
	json_object	*o;
	char		*line = NULL;
	size_t		 cap = 0;
	ssize_t		 n;
	long		 count = 0;
	double		 bytes = 0, t0;

	if (argc != 2) {
		fprintf(stderr, "usage: bench_baseline DB < articles.jsonl\n");
		return 2;
	}
	unlink(argv[1]);
	if (sqlite3_open(argv[1], &db) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
	    "CREATE VIRTUAL TABLE t USING fts5(title, body); BEGIN",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?, ?)", -1, &st,
	    NULL) != SQLITE_OK)
		die(db, "setting up");
	t0 = now();
	while ((n = getline(&line, &cap, stdin)) > 0) {
		if ((o = json_tokener_parse(line)) == NULL)
			continue;
		sqlite3_bind_text(st, 1, field(o, "title", NULL), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, field(o, "text", "body"), -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE)
			die(db, "inserting");
		sqlite3_reset(st);
		json_object_put(o);
		bytes += (double)n;
		count++;
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		die(db, "committing");
	printf("baseline %ld articles %.1f MB %.3f s\n", count, bytes / 1e6,
	    now() - t0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(line);
	return 0;
}

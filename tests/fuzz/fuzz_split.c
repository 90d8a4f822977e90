/*
 * libFuzzer: an article's words as the index lists them for prefixes
 * (index_split, on an index that has listed none) must be exactly the
 * words FTS5 indexes for the same text, of three bytes or more; a
 * difference aborts.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "index.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static sqlite3 *fuzz_db;
static struct index *fuzz_ix;
static char fuzz_dir[] = "/tmp/quoth-fuzz-split.XXXXXX";

static void
fuzz_cleanup(void)
{
	char	cmd[64];

	index_close(fuzz_ix);
	sqlite3_close(fuzz_db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", fuzz_dir);
	if (system(cmd) != 0)
		return;
}

/* An index for its tokenizer; a database of FTS5's own, to compare. */
static void
fuzz_open(void)
{
	char		path[64];
	struct error	err;

	if (mkdtemp(fuzz_dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/index.db", fuzz_dir);
	if (index_open(&fuzz_ix, path, 0, &err) == -1 ||
	    sqlite3_open(":memory:", &fuzz_db) != SQLITE_OK ||
	    sqlite3_exec(fuzz_db, "CREATE VIRTUAL TABLE t USING fts5(body,"
	    " tokenize='unicode61 remove_diacritics 2');"
	    "CREATE VIRTUAL TABLE v USING fts5vocab(t, row)", NULL, NULL,
	    NULL) != SQLITE_OK)
		abort();
	atexit(fuzz_cleanup);
}

/* Is the word at i the first of its kind (a split may give one again)? */
static int
fuzz_first(const struct buf *words, size_t at)
{
	size_t	i;

	for (i = 0; i < at; i += 8 + strlen(words->s + i + 8) + 1)
		if (strcmp(words->s + i + 8, words->s + at + 8) == 0)
			return 0;
	return 1;
}

/* Is every word of FTS5's (three bytes or more) in words, and no other? */
static int
fuzz_compare(const struct buf *words, size_t nwords)
{
	sqlite3_stmt	*st;
	size_t		 seen = 0, i;
	const char	*term;
	int		 rc = 0;

	if (sqlite3_prepare_v2(fuzz_db, "SELECT term FROM v WHERE"
	    " length(CAST(term AS BLOB)) >= 3", -1, &st, NULL) != SQLITE_OK)
		abort();
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		term = (const char *)sqlite3_column_text(st, 0);
		for (i = 0; i < words->len; i += 8 + strlen(words->s + i + 8) + 1)
			if (strcmp(words->s + i + 8, term) == 0)
				break;
		rc = i < words->len ? 0 : -1;
		seen++;
	}
	sqlite3_finalize(st);
	return rc == 0 && seen == nwords ? 0 : -1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct index_tokenizer	*tk;
	struct buf		 words = BUF_INIT;
	sqlite3_stmt		*st;
	struct error		 err;
	size_t			 i, n = 0;

	if (fuzz_ix == NULL)
		fuzz_open();
	if ((tk = index_tokenizer(fuzz_ix, &err)) == NULL ||
	    index_split(tk, NULL, (const char *)data, size, &words) == -1)
		abort();
	for (i = 0; i < words.len; i += 8 + strlen(words.s + i + 8) + 1)
		if (fuzz_first(&words, i))
			n++;
	if (sqlite3_exec(fuzz_db, "DELETE FROM t", NULL, NULL, NULL) !=
	    SQLITE_OK || sqlite3_prepare_v2(fuzz_db, "INSERT INTO t VALUES (?)",
	    -1, &st, NULL) != SQLITE_OK)
		abort();
	sqlite3_bind_text(st, 1, (const char *)data, (int)size, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		abort();
	sqlite3_finalize(st);
	if (fuzz_compare(&words, n) == -1) {
		fprintf(stderr, "fuzz_split: the words differ from FTS5's\n");
		abort();
	}
	buf_free(&words);
	return 0;
}

/*
 * Opening the index: location, pragmas, schema migrations, transactions.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "index_private.h"
#include "index_schema.h"
#include "xmalloc.h"

/*
 * WAL lets the reader keep reading while an import writes.  In WAL mode
 * synchronous=NORMAL cannot corrupt the index on a crash; a power cut may
 * lose the last transactions, which a re-import restores.  busy_timeout
 * makes a second writer wait instead of failing with "database is locked".
 * The page cache is capped so that the reader stays small at any size.
 * A new index has pages of 8 KB, not 4: most articles' text then fits in
 * one page, and importing the 37,554 AllSides articles takes 6% less
 * time (tests/bench/README).  It must be set before WAL mode; an index
 * made before keeps its pages.
 */
static const char index_pragmas[] =
	"PRAGMA page_size = 8192;"
	"PRAGMA busy_timeout = " INDEX_STR(INDEX_BUSY_MS) ";"
	"PRAGMA journal_mode = WAL;"
	"PRAGMA synchronous = NORMAL;"
	"PRAGMA foreign_keys = ON;"
	"PRAGMA temp_store = MEMORY;"
	"PRAGMA cache_size = -8192;";

/* What a person can do about the errors that are not quoth's fault. */
static const char *
index_hint(int code)
{
	switch (code & 0xff) {
	case SQLITE_FULL:
		return " (the disk is full: free some space and import again)";
	case SQLITE_IOERR:
		return " (is the disk full or failing? free some space and "
		    "import again)";
	case SQLITE_READONLY:
	case SQLITE_PERM:
	case SQLITE_CANTOPEN:
		return " (check the permissions of the index and its folder, "
		    "or name another with --db)";
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return " (another quoth is writing; try again when it is done)";
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return " (the index is damaged: 'quoth check' says how)";
	}
	return "";
}

int
index_db_error(struct index *ix, struct error *err, const char *what)
{
	return error_set(err, "%s: %s: %s%s", ix->path, what,
	    sqlite3_errmsg(ix->db), index_hint(sqlite3_extended_errcode(ix->db)));
}

int
index_prepare(struct index *ix, sqlite3_stmt **st, const char *sql,
    struct error *err)
{
	if (sqlite3_prepare_v2(ix->db, sql, -1, st, NULL) != SQLITE_OK)
		return index_db_error(ix, err, "preparing a query");
	return 0;
}

int
index_exec(struct index *ix, const char *sql, struct error *err)
{
	char	*msg = NULL;

	if (sqlite3_exec(ix->db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	error_set(err, "%s: %s%s", ix->path, msg != NULL ? msg :
	    sqlite3_errmsg(ix->db), index_hint(sqlite3_extended_errcode(ix->db)));
	sqlite3_free(msg);
	return -1;
}

static const char *const index_statement_sql[] = {
#define X(id, sql) sql,
	INDEX_STATEMENTS(X)
#undef X
};

/* A cached statement, reset and with its bindings cleared, ready to bind. */
sqlite3_stmt *
index_stmt(struct index *ix, enum index_stmt which, struct error *err)
{
	sqlite3_stmt	*st = ix->stmt[which];

	if (st == NULL) {
		if (index_prepare(ix, &st, index_statement_sql[which], err) == -1)
			return NULL;
		ix->stmt[which] = st;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* Bind text or NULL; SQLite copies it, so the caller's buffer may go. */
int
index_bind_text(sqlite3_stmt *st, int col, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(st, col);
	return sqlite3_bind_text(st, col, s, -1, SQLITE_TRANSIENT);
}

/* Text columns may be NULL; callers get NULL, never a dangling pointer. */
const char *
index_column_text(sqlite3_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(st, col);
}

static int
index_pragma_int(struct index *ix, const char *sql, int *value,
    struct error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (index_prepare(ix, &st, sql, err) == -1)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*value = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return index_db_error(ix, err, "reading the schema version");
	return 0;
}

int
index_schema_version(struct index *ix)
{
	int	v = -1;

	index_pragma_int(ix, "PRAGMA user_version", &v, NULL);
	return v;
}

/* A database with tables but not our application id is someone else's. */
static int
index_check_owner(struct index *ix, struct error *err)
{
	int	app, tables;

	if (index_pragma_int(ix, "PRAGMA application_id", &app, err) == -1 ||
	    index_pragma_int(ix, "SELECT count(*) FROM sqlite_schema", &tables,
	    err) == -1)
		return -1;
	if (app != INDEX_APPLICATION_ID && tables > 0)
		return error_set(err, "%s is an SQLite database but not a quoth "
		    "index; use --db to name another file", ix->path);
	return 0;
}

/* What a migration's SQL cannot do, done in C after it: by schema version. */
static int (*const index_migration_code[])(struct index *, struct error *) = {
	[8] = index_said_refill,
	[9] = index_words_refill,
};

static int
index_apply(struct index *ix, int from, struct error *err)
{
	char	sql[128];

	if (index_exec(ix, index_migrations[from], err) == -1 ||
	    (from + 1 < (int)(sizeof index_migration_code /
	    sizeof index_migration_code[0]) && index_migration_code[from + 1] !=
	    NULL && index_migration_code[from + 1](ix, err) == -1))
		return error_prefix(err, "migrating the index to schema %d", from + 1);
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d;"
	    "PRAGMA application_id = %d;", from + 1, INDEX_APPLICATION_ID);
	return index_exec(ix, sql, err);
}

/*
 * Bring the schema up to date, one migration per transaction.  The version
 * is read again inside the write lock, so two quoth processes starting on
 * a new index cannot both migrate it.
 */
static int
index_migrate(struct index *ix, struct error *err)
{
	int	v;

	for (;;) {
		if (index_pragma_int(ix, "PRAGMA user_version", &v, err) == -1)
			return -1;
		if (v > index_migration_count)
			return error_set(err, "%s has schema %d, newer than this quoth "
			    "knows (%d): upgrade quoth, or use --db for another index",
			    ix->path, v, index_migration_count);
		if (v == index_migration_count)
			return 0;
		if (index_exec(ix, "BEGIN IMMEDIATE", err) == -1)
			return -1;
		if (index_pragma_int(ix, "PRAGMA user_version", &v, err) == -1 ||
		    (v < index_migration_count && index_apply(ix, v, err) == -1)) {
			index_exec(ix, "ROLLBACK", NULL);
			return -1;
		}
		if (index_exec(ix, "COMMIT", err) == -1)
			return -1;
	}
}

/*
 * The schema of an index at path that has articles, if opening it for
 * writing will upgrade it (which can take a minute at a million
 * articles); else 0.  Nothing is written.
 */
int
index_upgrade_pending(const char *path)
{
	sqlite3		*db;
	sqlite3_stmt	*st = NULL;
	int		 v = 0;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK && sqlite3_prepare_v2(db, "SELECT user_version FROM"
	    " pragma_user_version WHERE EXISTS (SELECT 1 FROM articles)", -1,
	    &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v > 0 && v < index_migration_count ? v : 0;
}

/* Create the file with mode 0600 before SQLite does: an index is private. */
static int
index_create_private(const char *path, struct error *err)
{
	int	fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1 && errno != EEXIST)
		return error_set(err, "%s: cannot create the index: %s", path,
		    strerror(errno));
	if (fd != -1)
		close(fd);
	return 0;
}

int
index_open(struct index **out, const char *path, int flags, struct error *err)
{
	struct index	*ix;
	int		 oflags;

	*out = NULL;
	if (!(flags & (INDEX_READONLY | INDEX_EXISTING)) &&
	    index_create_private(path, err) == -1)
		return -1;
	oflags = (flags & INDEX_READONLY) ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE;
	ix = xcalloc(1, sizeof *ix);
	ix->path = xstrdup(path);
	ix->windows[0] = 20000;		/* newest rows ranked first by search */
	ix->windows[1] = 200000;
	ix->list_walk = -1;		/* whichever reads less */
	if (sqlite3_open_v2(path, &ix->db, oflags, NULL) != SQLITE_OK) {
		index_db_error(ix, err, "cannot open the index");
		index_close(ix);
		return -1;
	}
	sqlite3_extended_result_codes(ix->db, 1);
	if (index_exec(ix, index_pragmas, err) == -1 ||
	    index_rank_register(ix, err) == -1 ||
	    index_check_owner(ix, err) == -1 ||
	    (!(flags & INDEX_READONLY) && index_migrate(ix, err) == -1)) {
		index_close(ix);
		return -1;
	}
	*out = ix;
	return 0;
}

void
index_close(struct index *ix)
{
	int	i;

	if (ix == NULL)
		return;
	for (i = 0; i < INDEX_STMT_COUNT; i++)
		sqlite3_finalize(ix->stmt[i]);
	index_words_free(ix);
	sqlite3_close_v2(ix->db);
	free(ix->hits.match);
	free(ix->path);
	free(ix);
}

const char *
index_path(const struct index *ix)
{
	return ix->path;
}

/*
 * A number that changes whenever another connection (another quoth)
 * commits to the index: the reader polls it to pick up new articles.
 */
int64_t
index_data_version(struct index *ix)
{
	int	v = 0;

	index_pragma_int(ix, "PRAGMA data_version", &v, NULL);
	return v;
}

/*
 * A number that changes whenever the articles do, by any connection:
 * one comes, changes, is read or goes.  Merging the full-text indexes
 * leaves it (data_version does not).  -1 if it cannot be read.
 */
int64_t
index_library_stamp(struct index *ix)
{
	sqlite3_stmt	*st;
	int64_t		 v = -1;

	if (sqlite3_prepare_v2(ix->db, "SELECT changes FROM totals", -1, &st,
	    NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Writers take the lock at BEGIN, so a busy index waits here, not mid-way. */
int
index_begin(struct index *ix, struct error *err)
{
	return index_exec(ix, "BEGIN IMMEDIATE", err);
}

int
index_commit(struct index *ix, struct error *err)
{
	if (index_exec(ix, "COMMIT", err) == 0)
		return 0;
	index_words_forget(ix);		/* the words may not have been kept */
	return -1;
}

void
index_rollback(struct index *ix)
{
	if (!sqlite3_get_autocommit(ix->db))
		index_exec(ix, "ROLLBACK", NULL);
	index_words_forget(ix);
}

static int
index_mkdirs(char *path, struct error *err)
{
	char	*p;

	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) == -1 && errno != EEXIST) {
			error_set(err, "%s: cannot create: %s", path, strerror(errno));
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return 0;
}

/* $QUOTH_DB, else $XDG_DATA_HOME/quoth/index.db, else ~/.local/share/... */
int
index_default_path(char **out, struct error *err)
{
	const char	*env, *home;
	char		*path;

	if ((env = getenv("QUOTH_DB")) != NULL && *env != '\0') {
		*out = xstrdup(env);
		return 0;
	}
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/')
		path = xasprintf("%s/quoth/index.db", env);
	else if ((home = getenv("HOME")) != NULL && *home == '/')
		path = xasprintf("%s/.local/share/quoth/index.db", home);
	else
		return error_set(err, "neither XDG_DATA_HOME nor HOME is set: "
		    "name the index with --db PATH or QUOTH_DB");
	if (index_mkdirs(path, err) == -1) {
		free(path);
		return -1;
	}
	*out = path;
	return 0;
}

/* Each check, and what its failure means to a person reading it. */
static const struct {
	const char	*sql;
	const char	*what;
} index_checks[] = {
	{ "PRAGMA integrity_check", "database structure" },
	{ "PRAGMA foreign_key_check", "links between tables" },
	{ "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')",
	  "article search index" },
	{ "INSERT INTO said_fts(said_fts) VALUES ('integrity-check')",
	  "quote search index" },
	/* no HAVING without GROUP BY: SQLite takes it from 3.39 only */
	{ "SELECT n || ' of its words are not listed for prefix search"
	  " (''quoth reindex'' lists them again)' FROM (SELECT count(*) AS n"
	  " FROM temp.articles_vocab WHERE length(CAST(term AS BLOB)) >= "
	  INDEX_STR(INDEX_WORD_MIN)
	  " AND term NOT IN (SELECT term FROM words)) WHERE n > 0",
	  "article search index" },
	{ "SELECT 'counted ' || ifnull(t.articles, 'no') || ' articles, ' ||"
	  " ifnull(t.unread, 'no') || ' unread, ' || ifnull(t.quotes, 'no') ||"
	  " ' quotes, ' || ifnull(t.denials, 'no') || ' denials and ' ||"
	  " ifnull(t.sources, 'no') || ' sources, but it has ' || c.n || ', ' ||"
	  " c.u || ', ' || c.q || ', ' || c.d || ' and ' || c.s ||"
	  " ' (''quoth reindex'' counts them again)'"
	  " FROM (" INDEX_TOTALS_SQL ") c LEFT JOIN totals t WHERE"
	  " t.articles IS NOT c.n OR t.unread IS NOT c.u OR"
	  " t.quotes IS NOT c.q OR t.denials IS NOT c.d OR"
	  " t.sources IS NOT c.s OR (SELECT count(*) FROM totals) <> 1",
	  "article counts" },
};

/* The counts the library shows, counted again (quoth reindex). */
int
index_totals_renew(struct index *ix, struct error *err)
{
	/* one row; its count of changes goes on, for the readers open */
	return index_exec(ix, "DELETE FROM totals WHERE rowid >"
	    " (SELECT min(rowid) FROM totals);"
	    " UPDATE totals SET (articles, unread, quotes, denials, sources) ="
	    " (" INDEX_TOTALS_SQL "), changes = ifnull(changes, 0) + 1;"
	    " INSERT INTO totals (articles, unread, quotes, denials, sources,"
	    " changes) SELECT *, 1 FROM (" INDEX_TOTALS_SQL ") WHERE NOT EXISTS"
	    " (SELECT 1 FROM totals)", err);
}

/* Run one check; every row it returns other than "ok" is a problem. */
static int
index_check_one(struct index *ix, size_t k, int (*problem)(void *,
    const char *), void *ctx, int *found)
{
	sqlite3_stmt	*st;
	char		 msg[512];
	const char	*row;
	int		 rc;

	if (sqlite3_prepare_v2(ix->db, index_checks[k].sql, -1, &st,
	    NULL) != SQLITE_OK) {
		snprintf(msg, sizeof msg, "%s: %s", index_checks[k].what,
		    sqlite3_errmsg(ix->db));
		(*found)++;
		return problem(ctx, msg);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		row = (const char *)sqlite3_column_text(st, 0);
		if (row != NULL && strcmp(row, "ok") == 0)
			continue;
		snprintf(msg, sizeof msg, "%s: %s", index_checks[k].what,
		    row != NULL ? row : "a dangling row");
		(*found)++;
		problem(ctx, msg);
	}
	if (rc != SQLITE_DONE) {
		snprintf(msg, sizeof msg, "%s: %s", index_checks[k].what,
		    sqlite3_errmsg(ix->db));
		(*found)++;
		problem(ctx, msg);
	}
	sqlite3_finalize(st);
	return 0;
}

/*
 * Check the whole index: SQLite's structure, the links between tables,
 * both full-text indexes, the words listed for prefixes, the counts the
 * library shows and the records of what was said.  Each problem goes to
 * the callback; returns the number found, or -1 if the checks could not
 * run.
 */
int
index_check(struct index *ix, int (*problem)(void *, const char *), void *ctx,
    struct error *err)
{
	size_t	k;
	int	found = 0;
	char	msg[128];
	int64_t	damaged;

	if (index_words_vocab(ix, err) == -1)
		return -1;
	for (k = 0; k < sizeof index_checks / sizeof index_checks[0]; k++)
		index_check_one(ix, k, problem, ctx, &found);
	if ((damaged = index_said_damaged(ix, err)) == -1)
		return -1;
	if (damaged > 0) {
		snprintf(msg, sizeof msg, "quotes: %lld article record%s cannot be "
		    "read ('quoth reindex' makes them again)", (long long)damaged,
		    damaged == 1 ? "" : "s");
		found++;
		problem(ctx, msg);
	}
	return found;
}

/*
 * An index whose records were written by an older engine (or migrated
 * from an older schema) is marked in meta; the records are made again
 * from the articles' text (ingest_reattribute).
 */
int
index_reattribute_pending(struct index *ix)
{
	int	v = 0;

	index_pragma_int(ix, "SELECT count(*) FROM meta WHERE key ="
	    " 'reattribute'", &v, NULL);
	return v;
}

int
index_reattribute_done(struct index *ix, struct error *err)
{
	return index_exec(ix, "DELETE FROM meta WHERE key = 'reattribute'", err);
}

int
index_reattribute_mark(struct index *ix, struct error *err)
{
	return index_exec(ix, "INSERT OR IGNORE INTO meta VALUES"
	    " ('reattribute', 1)", err);
}

/* Shared by the index's own files (index.c, index_store.c, index_query.c). */
#ifndef QUOTH_INDEX_PRIVATE_H
#define QUOTH_INDEX_PRIVATE_H

#include <sqlite3.h>

#include "index.h"

/* The statements that run once per article or quote, prepared once. */
#define INDEX_STATEMENTS(X)						\
	X(BY_ORIGIN, "SELECT id, hash FROM articles WHERE origin = ?")	\
	X(BY_HASH, "SELECT id FROM articles WHERE hash = ? LIMIT 1")	\
	X(INSERT_ARTICLE, "INSERT INTO articles (file, origin, title, byline," \
	    " outlet, url, date, body, hash, added, quotes, denials)"	\
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")		\
	X(UPDATE_ARTICLE, "UPDATE articles SET file = ?, origin = ?,"	\
	    " title = ?, byline = ?, outlet = ?, url = ?, date = ?, body = ?," \
	    " hash = ?, added = ?, quotes = ?, denials = ?, read = 0"	\
	    " WHERE id = ?")						\
	X(INSERT_ARTICLE_FTS, "INSERT INTO articles_fts (rowid, title, body)" \
	    " VALUES (?, ?, ?)")					\
	X(INSERT_QUOTE_FTS, "INSERT INTO quotes_fts (rowid, text, speaker)" \
	    " VALUES (?, ?, ?)")					\
	X(DELETE_QUOTES, "DELETE FROM quotes WHERE article = ?")	\
	X(DELETE_SOURCES, "DELETE FROM sources WHERE article = ?")	\
	X(INSERT_SOURCE, "INSERT INTO sources (article, name, kind, role,"	\
	    " mentions, quotes) VALUES (?, ?, ?, ?, ?, ?)")		\
	X(INSERT_MENTION, "INSERT INTO mentions (source, start, stop)"	\
	    " VALUES (?, ?, ?)")					\
	X(INSERT_QUOTE, "INSERT INTO quotes (article, text, direct, speaker," \
	    " source, mention, role, cue, stance, start, stop, mention_start," \
	    " mention_stop, cue_start, cue_stop, rule, confidence, context)" \
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") \
	/* by the index: in id order, the planner would scan every quote */ \
	X(QUOTE_IDS, "SELECT id FROM quotes INDEXED BY quotes_article"	\
	    " WHERE article = ? ORDER BY id")				\
	/* never OR REPLACE: a statement that may delete needs a statement \
	 * journal, and opening one makes FTS5 flush its pending terms */ \
	X(INSERT_PAIR, "INSERT INTO pairs (a, b, relation, score, why)"	\
	    " VALUES (?, ?, ?, ?, ?)")					\
	X(INSERT_VIA, "INSERT INTO quote_via (quote, ord, source)"	\
	    " VALUES (?, ?, ?)")					\
	X(SET_READ, "UPDATE articles SET read = ? WHERE id = ?")

enum index_stmt {
#define X(id, sql) INDEX_STMT_##id,
	INDEX_STATEMENTS(X)
#undef X
	INDEX_STMT_COUNT
};

#define INDEX_SEARCH_WINDOWS	2

struct index {
	sqlite3		*db;
	char		*path;
	int64_t		 windows[INDEX_SEARCH_WINDOWS];	/* see index_query.c */
	sqlite3_stmt	*stmt[INDEX_STMT_COUNT];
};

int	index_db_error(struct index *, struct error *, const char *);
int	index_prepare(struct index *, sqlite3_stmt **, const char *,
	    struct error *);
int	index_exec(struct index *, const char *, struct error *);
const char *index_column_text(sqlite3_stmt *, int);
sqlite3_stmt *index_stmt(struct index *, enum index_stmt, struct error *);
int	index_bind_text(sqlite3_stmt *, int, const char *);

#endif

/* The schema of the index, one migration per schema version. */
#include "config.h"

#include "index_schema.h"

const char *const index_migrations[] = {
	/* 1: articles, attributions, sources, full-text search. */
	"CREATE TABLE articles ("
	"  id      INTEGER PRIMARY KEY,"
	"  file    TEXT NOT NULL,"		/* as named at import */
	"  origin  TEXT,"			/* identity for updates: path, URL, feed item */
	"  title   TEXT NOT NULL DEFAULT '',"
	"  byline  TEXT,"
	"  outlet  TEXT,"
	"  url     TEXT,"
	"  date    TEXT,"			/* ISO 8601 */
	"  body    TEXT NOT NULL,"		/* paragraphs joined by a blank line */
	"  hash    INTEGER NOT NULL,"		/* of title and body: folds duplicates */
	"  added   INTEGER NOT NULL,"		/* unix time */
	"  read    INTEGER NOT NULL DEFAULT 0,"
	"  quotes  INTEGER NOT NULL DEFAULT 0,"
	"  denials INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE UNIQUE INDEX articles_origin ON articles(origin);"
	"CREATE INDEX articles_hash ON articles(hash);"
	"CREATE INDEX articles_date ON articles(date, id);"
	"CREATE INDEX articles_added ON articles(added, id);"
	"CREATE TABLE sources ("
	"  id       INTEGER PRIMARY KEY,"
	"  article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  name     TEXT NOT NULL,"
	"  kind     TEXT NOT NULL CHECK (kind IN"
	"             ('person', 'outlet', 'organization', 'document')),"
	"  role     TEXT,"
	"  mentions INTEGER NOT NULL DEFAULT 0,"
	"  quotes   INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE INDEX sources_article ON sources(article);"
	"CREATE INDEX sources_name ON sources(name COLLATE NOCASE);"
	"CREATE TABLE mentions ("
	"  source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
	"  start  INTEGER NOT NULL,"
	"  stop   INTEGER NOT NULL"
	");"
	"CREATE INDEX mentions_source ON mentions(source, start);"
	"CREATE TABLE quotes ("
	"  id            INTEGER PRIMARY KEY,"
	"  article       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  text          TEXT NOT NULL,"
	"  direct        INTEGER NOT NULL,"
	"  speaker       TEXT,"			/* resolved name */
	"  source        INTEGER REFERENCES sources(id),"
	"  mention       TEXT,"			/* as written at the cue */
	"  role          TEXT,"
	"  cue           TEXT,"
	"  stance        TEXT NOT NULL CHECK (stance IN"
	"                  ('claim', 'denial', 'correction', 'refusal')),"
	"  start         INTEGER NOT NULL,"	/* byte offsets in the body */
	"  stop          INTEGER NOT NULL,"
	"  mention_start INTEGER, mention_stop INTEGER,"
	"  cue_start     INTEGER, cue_stop INTEGER,"
	"  rule          TEXT NOT NULL,"
	"  confidence    REAL NOT NULL"
	");"
	"CREATE INDEX quotes_article ON quotes(article, start);"
	"CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);"
	"CREATE INDEX quotes_source ON quotes(source);"
	"CREATE TABLE quote_via ("
	"  quote  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,"
	"  ord    INTEGER NOT NULL,"
	"  source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (quote, ord)"
	") WITHOUT ROWID;"
	"CREATE INDEX quote_via_source ON quote_via(source);"
	/* External-content FTS5: the text is stored once, in the tables above. */
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,"
	"  content='articles', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');"
	"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
	"  INSERT INTO articles_fts(rowid, title, body)"
	"    VALUES (new.id, new.title, new.body);"
	"END;"
	"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"    VALUES ('delete', old.id, old.title, old.body);"
	"END;"
	"CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"    VALUES ('delete', old.id, old.title, old.body);"
	"  INSERT INTO articles_fts(rowid, title, body)"
	"    VALUES (new.id, new.title, new.body);"
	"END;"
	"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker,"
	"  content='quotes', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');"
	"CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN"
	"  INSERT INTO quotes_fts(rowid, text, speaker)"
	"    VALUES (new.id, new.text, new.speaker);"
	"END;"
	"CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN"
	"  INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)"
	"    VALUES ('delete', old.id, old.text, old.speaker);"
	"END;",

	/* 2: the sentence around each quote, and pairs of claims. */
	"ALTER TABLE quotes ADD COLUMN context TEXT;"
	"CREATE TABLE pairs ("
	"  a        INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,"
	"  b        INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,"
	"  relation TEXT NOT NULL CHECK (relation IN"
	"             ('contradicts', 'supports', 'same-quote')),"
	"  score    REAL NOT NULL,"
	"  why      TEXT NOT NULL,"
	"  PRIMARY KEY (a, b)"
	") WITHOUT ROWID;"
	"CREATE INDEX pairs_b ON pairs(b);"
	"CREATE INDEX pairs_score ON pairs(score);",

	/* 3: feed subscriptions and what their last fetch learned. */
	"CREATE TABLE feeds ("
	"  id            INTEGER PRIMARY KEY,"
	"  url           TEXT NOT NULL UNIQUE,"	/* as subscribed */
	"  title         TEXT,"
	"  etag          TEXT,"			/* for conditional requests */
	"  last_modified TEXT,"
	"  added         INTEGER NOT NULL,"	/* unix time */
	"  fetched       INTEGER,"		/* last attempt */
	"  ok            INTEGER,"		/* last success */
	"  error         TEXT,"			/* of the last attempt, or NULL */
	"  errors        INTEGER NOT NULL DEFAULT 0," /* failures in a row */
	"  articles      INTEGER NOT NULL DEFAULT 0" /* added or updated, ever */
	");",

	/*
	 * 4: new rows reach the full-text indexes from index_store.c, not
	 * from triggers: a trigger reads the new row back, which made every
	 * import of an article cost half as much again.  Updates and deletes
	 * are rare and keep their triggers.
	 */
	"DROP TRIGGER articles_ai;"
	"DROP TRIGGER quotes_ai;",

	/*
	 * 5: quotes are found by speaker through quotes_fts and by source
	 * within their article, so these two indexes only slowed imports.
	 */
	"DROP INDEX quotes_speaker;"
	"DROP INDEX quotes_source;",

	/*
	 * 6: what the engine found in an article is one record (said.c), not
	 * a row for every quote, source, mention and relay: imports write a
	 * third as much.  One full-text row an article holds its quotes'
	 * words, their speakers and its sources' names.  The records are
	 * made again from the articles' text the first time this index is
	 * opened for writing (the meta row 'reattribute').
	 */
	"DROP TABLE pairs;"
	"DROP TABLE quote_via;"
	"DROP TRIGGER quotes_ad;"
	"DROP TABLE quotes_fts;"
	"DROP TABLE quotes;"
	"DROP TABLE mentions;"
	"DROP TABLE sources;"
	"CREATE TABLE said ("
	"  article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  data    BLOB NOT NULL"
	");"
	"CREATE VIRTUAL TABLE said_fts USING fts5(text, speaker, source,"
	"  content='', tokenize='unicode61 remove_diacritics 2');"
	"ALTER TABLE articles ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
	"INSERT INTO meta SELECT 'reattribute', 1 WHERE EXISTS"
	"  (SELECT 1 FROM articles);"
	"UPDATE articles SET quotes = 0, denials = 0;",

	/*
	 * 7: the unread articles by date, so that the library's unread-only
	 * list and its count read only them, not every article.
	 */
	"CREATE INDEX articles_unread ON articles(date, id) WHERE read = 0;",

	/*
	 * 8: said_fts holds the names of speakers and sources only.  A
	 * quote's words are its article's, which articles_fts has: indexing
	 * them twice made an import cost a third as much again.  The new
	 * table is filled from the records (index_said_refill, after this).
	 */
	"DROP TABLE said_fts;"
	"CREATE VIRTUAL TABLE said_fts USING fts5(speaker, source,"
	"  content='', tokenize='unicode61 remove_diacritics 2');",

	/*
	 * 9: the words of articles_fts, so that a prefix is spelled out by
	 * reading a range of them, not every row each is in (index_words.c).
	 * Filled from FTS5's vocabulary (index_words_refill, after this).
	 */
	"CREATE TABLE words (term TEXT PRIMARY KEY) WITHOUT ROWID;",

	/*
	 * 10: articles_fts merges its segments once eight of a size are
	 * written, not four: an import of the 37,554 AllSides articles takes
	 * 11.4 s, not 12.5, and search at a million articles costs the same
	 * within noise (tests/bench/README).
	 */
	"INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);",

	/*
	 * 11: how many articles the index has, and how many are unread, kept
	 * as they change: the library shows both on opening, and counting a
	 * million rows read 4,800 pages (20 ms, 5 MB) before the first screen.
	 * An article stored is counted by the statement after its INSERT
	 * (INDEX_STMT_COUNT_NEW), not by a trigger, and the columns have no
	 * NOT NULL: a statement that writes twice (a trigger) and may abort
	 * (a constraint) needs a statement journal, and opening one makes
	 * FTS5 write out its pending terms: an import 40% slower.
	 */
	"CREATE TABLE totals (articles INTEGER, unread INTEGER);"
	"INSERT INTO totals SELECT (SELECT count(*) FROM articles),"
	"  (SELECT count(*) FROM articles WHERE read = 0);"
	"CREATE TRIGGER totals_ad AFTER DELETE ON articles BEGIN"
	"  UPDATE totals SET articles = articles - 1,"
	"    unread = unread - (old.read = 0);"
	"END;"
	"CREATE TRIGGER totals_au AFTER UPDATE OF read ON articles"
	"  WHEN (old.read = 0) IS NOT (new.read = 0) BEGIN"
	"  UPDATE totals SET unread = unread + (new.read = 0) - (old.read = 0);"
	"END;",

	/*
	 * 12: each article's date and read mark by its id, so that a filtered
	 * list is put in date order without reading every article it found
	 * (index_list.c): ten thousand at most, a page each.
	 */
	"CREATE INDEX articles_list ON articles(id, date, read);",

	/*
	 * 13: the articles' quotes, denials and sources, kept with the
	 * totals.  quoth stats summed them over every article, and as they
	 * are stored after the body, that read every page of every body:
	 * 1.0 s at a million articles with the file in memory, far longer
	 * from disk.  They are counted as 11 counts the articles: a new
	 * article by INDEX_STMT_COUNT_NEW, a changed one by
	 * INDEX_STMT_COUNTS_MOVE, one deleted by the trigger.
	 */
	"ALTER TABLE totals ADD COLUMN quotes INTEGER;"
	"ALTER TABLE totals ADD COLUMN denials INTEGER;"
	"ALTER TABLE totals ADD COLUMN sources INTEGER;"
	"DELETE FROM totals;"	/* all counted again: one row, none null */
	"INSERT INTO totals (articles, unread, quotes, denials, sources)"
	"  SELECT count(*), ifnull(sum(read = 0), 0), ifnull(sum(quotes), 0),"
	"  ifnull(sum(denials), 0), ifnull(sum(sources), 0) FROM articles;"
	"DROP TRIGGER totals_ad;"
	"CREATE TRIGGER totals_ad AFTER DELETE ON articles BEGIN"
	"  UPDATE totals SET articles = articles - 1,"
	"    unread = unread - (old.read = 0), quotes = quotes - old.quotes,"
	"    denials = denials - old.denials, sources = sources - old.sources;"
	"END;",

	/*
	 * 14: the read mark in the index of the day each article was added,
	 * as in the others a list walks: an unread-only list in that order
	 * read each article it passed, and the read mark is stored after the
	 * body: 10 s for a window half way down a million.
	 */
	"DROP INDEX articles_added;"
	"CREATE INDEX articles_added ON articles(added, id, read);",

	/*
	 * 15: a count of the changes to the articles, kept with the totals:
	 * data_version changes at any commit, a merge of the full-text
	 * indexes too, and the reader and a filter's matches need to know
	 * only of articles come, changed, read or gone (index_library_stamp).
	 * Counted where the totals are.
	 */
	"ALTER TABLE totals ADD COLUMN changes INTEGER DEFAULT 0;"
	"DROP TRIGGER totals_ad;"
	"CREATE TRIGGER totals_ad AFTER DELETE ON articles BEGIN"
	"  UPDATE totals SET articles = articles - 1,"
	"    unread = unread - (old.read = 0), quotes = quotes - old.quotes,"
	"    denials = denials - old.denials, sources = sources - old.sources,"
	"    changes = changes + 1;"
	"END;"
	"DROP TRIGGER totals_au;"
	"CREATE TRIGGER totals_au AFTER UPDATE OF read ON articles"
	"  WHEN (old.read = 0) IS NOT (new.read = 0) BEGIN"
	"  UPDATE totals SET unread = unread + (new.read = 0) - (old.read = 0),"
	"    changes = changes + 1;"
	"END;",
};

const int index_migration_count =
    (int)(sizeof index_migrations / sizeof index_migrations[0]);

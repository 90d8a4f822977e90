/*
 * The library's filter, and prefixes spelled out.
 *
 * The filter as typed is made an FTS5 query: "ryab contact" finds
 * "Ryabkov ... contacts".  Each word is quoted; from INDEX_PREFIX_MIN
 * letters on it is a prefix.  A search query's prefixes ("contact*") are
 * spelled out as well when the query is plain words and operators.  FTS5
 * answers a prefix by merging the doclists of every word it begins, all
 * of them, before the first row: a second at a million articles.  So a
 * prefix is spelled out as the words of the index it begins, read from
 * the table of its words (index_words.c): an OR of words reads each
 * doclist lazily, newest first, and the filter stops at INDEX_FILTER_CAP
 * rows.  A prefix that begins too many words, or one the table cannot be
 * searched for, stays a prefix.
 *
 * The articles a filter matches are found once and kept in a temp table
 * that the count, each window of the list and an article's place in it
 * read (index_filter_hits).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "index_private.h"
#include "utf8.h"
#include "xmalloc.h"

#define INDEX_PREFIX_WORDS	2048	/* words of the index it may stand for */

/* Text as an FTS5 string: in double quotes, its own doubled. */
void
index_fts_string(struct buf *b, const char *w, size_t n)
{
	size_t	i;

	buf_addc(b, '"');
	for (i = 0; i < n; i++) {
		if (w[i] == '"')
			buf_addc(b, '"');
		buf_addc(b, w[i]);
	}
	buf_addc(b, '"');
}

/*
 * Can the words be searched for those this prefix begins?  Only
 * for letters and digits in ASCII, which the tokenizer keeps as they are
 * but for case; lower-cased into low.
 */
static bool
index_filter_plain(const char *w, size_t n, char *low, size_t size)
{
	size_t	i;

	if (n + 1 >= size)
		return false;
	for (i = 0; i < n; i++) {
		if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' &&
		    w[i] <= 'Z') || (w[i] >= '0' && w[i] <= '9')))
			return false;
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	}
	low[n] = '\0';
	return true;
}

/*
 * The words of the index that begin with low, as an OR into b; 0 when
 * there are too many (or none: the prefix then matches nothing, cheaply).
 */
static int
index_filter_words(struct index *ix, const char *low, struct buf *b,
    struct error *err)
{
	sqlite3_stmt	*st;
	char		 end[64];
	size_t		 n = strlen(low), mark = b->len;
	int		 rc, count = 0;

	memcpy(end, low, n + 1);
	end[n - 1]++;			/* "stat" .. "stau" */
	if (index_prepare(ix, &st, "SELECT term FROM words"
	    " WHERE term >= ?1 AND term < ?2 LIMIT ?3", err) == -1)
		return -1;
	sqlite3_bind_text(st, 1, low, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, end, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, INDEX_PREFIX_WORDS + 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		buf_adds(b, count++ == 0 ? "(" : " OR ");
		index_fts_string(b, (const char *)sqlite3_column_text(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		buf_truncate(b, mark);
		return index_db_error(ix, err, "reading the index's words");
	}
	if (count == 0 || count > INDEX_PREFIX_WORDS) {
		buf_truncate(b, mark);
		return 0;
	}
	buf_addc(b, ')');
	return 1;
}

/* How many characters a word has. */
static size_t
index_filter_letters(const char *w, size_t n)
{
	size_t		i, letters = 0;
	uint32_t	cp;

	for (i = 0; i < n; letters++)
		i += utf8_decode(w + i, n - i, &cp);
	return letters;
}

/* One word as typed, into b. */
static int
index_filter_word(struct index *ix, const char *w, size_t n, struct buf *b,
    struct error *err)
{
	char	low[64];
	int	rc;

	if (index_filter_letters(w, n) < INDEX_PREFIX_MIN) {
		index_fts_string(b, w, n);
		return 0;
	}
	if (index_filter_plain(w, n, low, sizeof low)) {
		if ((rc = index_filter_words(ix, low, b, err)) != 0)
			return rc == 1 ? 0 : -1;
	}
	index_fts_string(b, w, n);
	buf_addc(b, '*');
	return 0;
}

int
index_filter_query(struct index *ix, const char *typed, char **query,
    struct error *err)
{
	struct buf	 b = BUF_INIT;
	const char	*p = typed, *end;

	*query = NULL;
	while (*p != '\0') {
		p += strspn(p, " ");
		end = p + strcspn(p, " ");
		if (end > p) {
			if (b.len > 0)
				buf_adds(&b, " AND ");
			if (index_filter_word(ix, p, (size_t)(end - p), &b,
			    err) == -1) {
				buf_free(&b);
				return -1;
			}
		}
		p = end;
	}
	if (b.len > 0)
		*query = buf_detach(&b);
	buf_free(&b);
	return 0;
}

/*
 * May the prefixes of this search query be spelled out: plain words,
 * operators and parentheses only, no NEAR (which takes no OR)?
 */
static bool
index_query_plain(const char *q)
{
	const char	*p;

	for (p = q; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(" *()", *p) != NULL))
			return false;
	return strstr(q, "NEAR") == NULL && strchr(q, '*') != NULL;
}

/*
 * One word of a search query, into b: "word*" spelled out, or as it is
 * (also when the words cannot be read: the query still runs).
 */
static void
index_expand_word(struct index *ix, const char *w, size_t n, struct buf *b)
{
	struct error	err;
	char		low[64];

	if (n > INDEX_PREFIX_MIN && w[n - 1] == '*' &&
	    index_filter_plain(w, n - 1, low, sizeof low) &&
	    index_filter_words(ix, low, b, &err) == 1)
		return;
	buf_add(b, w, n);
}

char *
index_expand_prefixes(struct index *ix, const char *query)
{
	struct buf	 b = BUF_INIT;
	const char	*p = query;
	size_t		 n;

	if (!index_query_plain(query))
		return NULL;
	while (*p != '\0') {
		n = strspn(p, " ()");
		buf_add(&b, p, n);
		p += n;
		n = strcspn(p, " ()");
		if (n > 0)
			index_expand_word(ix, p, n, &b);
		p += n;
	}
	return buf_detach(&b);
}


/* Are the articles kept for match still those it matches? */
static bool
index_hits_fresh(struct index *ix, const char *match, int64_t stamp)
{
	return ix->hits.match != NULL && strcmp(ix->hits.match, match) == 0 &&
	    stamp != -1 && ix->hits.stamp == stamp;
}

/*
 * The newest INDEX_FILTER_CAP articles that match, into temp.filter_hits,
 * *n of them: the library counts them, reads a window of them at each
 * scroll and finds an article among them, and the search runs once.
 * They are found again when the filter or the articles change, not when
 * the full-text indexes are merged (index_library_stamp).
 */
int
index_filter_hits(struct index *ix, const char *match, int64_t *n,
    struct error *err)
{
	sqlite3_stmt	*st;
	int64_t		 stamp = index_library_stamp(ix);	/* before */
	int		 rc;

	if (index_hits_fresh(ix, match, stamp)) {
		*n = ix->hits.n;
		return 0;
	}
	free(ix->hits.match);
	ix->hits.match = NULL;
	if (index_exec(ix, "CREATE TEMP TABLE IF NOT EXISTS filter_hits"
	    "(id INTEGER PRIMARY KEY); DELETE FROM temp.filter_hits", err) == -1 ||
	    index_prepare(ix, &st, "INSERT INTO temp.filter_hits SELECT rowid"
	    " FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC"
	    " LIMIT " INDEX_STR(INDEX_FILTER_CAP), err) == -1)
		return -1;
	sqlite3_bind_text(st, 1, match, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return index_query_error(ix, err, match);
	ix->hits.n = *n = sqlite3_changes64(ix->db);
	ix->hits.match = xstrdup(match);
	ix->hits.stamp = stamp;
	return 0;
}

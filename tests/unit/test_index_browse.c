/*
 * index_browse.c, index_filter.c, index_list.c: a source across the
 * index; an article's place in a list; the library's filter as typed; the
 * indexes of a list's order, made on its first use.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "index.h"

#define N_ARTICLES	12

static char	db_path[] = "/tmp/quoth-browse.XXXXXX";

/* Dates with ties and gaps, outlets with NULLs, some articles read. */
static void
add_article(struct index *ix, int i)
{
	static const char *const dates[] = { "2024-01-02", NULL, "2023-12-31",
	    "2024-01-02" };
	static const char *const outlets[] = { "Post", NULL, "Courier" };
	struct attrib_result	 r;
	struct source		 src;
	struct span		 m = { 0, 4 };
	struct article		 a;
	struct error		 err;
	char			 title[64], body[128], name[32];
	int64_t			 id = 0;

	article_init(&a);
	snprintf(title, sizeof title, "%c title %d", 'A' + (i * 7) % 5, i);
	snprintf(body, sizeof body, "Body %d %s", i, i % 3 ? "harbour" : "bridge");
	article_set(&a.title, title, strlen(title));
	if (dates[i % 4] != NULL)
		article_set(&a.date, dates[i % 4], strlen(dates[i % 4]));
	if (outlets[i % 3] != NULL)
		article_set(&a.outlet, outlets[i % 3], strlen(outlets[i % 3]));
	article_add_paragraph(&a, body, strlen(body));
	memset(&r, 0, sizeof r);
	memset(&src, 0, sizeof src);
	snprintf(name, sizeof name, "%s", i % 2 ? "Ines Mallory" : "ines mallory");
	src.name = name;
	src.mentions = &m;
	src.nmentions = 1;
	r.src = &src;
	r.nsrc = i % 4 == 3 ? 0 : 1;
	assert_int_equal(index_store(ix, &a, &r, NULL, 0, &id, &err), 0);
	if (i % 5 == 0)
		assert_int_equal(index_set_read(ix, id, true, &err), 0);
	article_free(&a);
}

static int
setup(void **state)
{
	struct index	*ix;
	struct error	 err;
	int		 fd, i;

	if ((fd = mkstemp(db_path)) == -1)
		return -1;
	close(fd);
	unlink(db_path);
	if (index_open(&ix, db_path, 0, &err) == -1)
		return -1;
	for (i = 0; i < N_ARTICLES; i++)
		add_article(ix, i);
	*state = ix;
	return 0;
}

static int
teardown(void **state)
{
	char	path[sizeof db_path + 8];

	index_close(*state);
	unlink(db_path);
	snprintf(path, sizeof path, "%s-wal", db_path);
	unlink(path);
	snprintf(path, sizeof path, "%s-shm", db_path);
	unlink(path);
	return 0;
}

struct listed {
	int64_t	ids[N_ARTICLES];
	int	n;
};

static int
take_id(void *ctx, const struct article_row *r)
{
	struct listed	*l = ctx;

	l->ids[l->n++] = r->id;
	return 0;
}

/* Every article's position is where index_list() puts it, or absent. */
static void
check_positions(struct index *ix, const struct index_list_query *q)
{
	struct listed	l = { { 0 }, 0 };
	struct error	err;
	int64_t		id, pos;
	int		i, rc;

	assert_int_equal(index_list(ix, q, take_id, &l, &err), 0);
	for (id = 1; id <= N_ARTICLES; id++) {
		rc = index_list_position(ix, q, id, &pos, &err);
		for (i = 0; i < l.n && l.ids[i] != id; i++)
			;
		if (i == l.n)
			assert_int_equal(rc, 1);
		else {
			assert_int_equal(rc, 0);
			assert_int_equal(pos, i);
		}
	}
}

static void
test_position(void **state)
{
	struct index_list_query	q;
	int			sort, asc, unread, match;

	for (sort = 0; sort < INDEX_SORT_COUNT; sort++)
		for (asc = 0; asc < 2; asc++)
			for (unread = 0; unread < 2; unread++)
				for (match = 0; match < 2; match++) {
					memset(&q, 0, sizeof q);
					q.sort = (enum index_sort)sort;
					q.ascending = asc;
					q.unread_only = unread;
					q.match = match ? "harbour" : NULL;
					check_positions(*state, &q);
				}
}

/* The newest articles first. */
static int
count_source(void *ctx, int64_t source, int64_t article)
{
	int64_t	*last = ctx;

	assert_true(last[1] == 0 || article < last[1]);
	last[0]++;
	last[1] = article;
	return 0;
}

static void
test_sources_named(void **state)
{
	struct error	err;
	int64_t		seen[2] = { 0, 0 };

	assert_int_equal(index_sources_named(*state, "INES MALLORY", 0,
	    count_source, seen, &err), 0);
	assert_int_equal(seen[0], 9);		/* all but i % 4 == 3 */
	seen[0] = seen[1] = 0;
	assert_int_equal(index_sources_named(*state, "Ines Mallory", 4,
	    count_source, seen, &err), 0);
	assert_int_equal(seen[0], 4);
	seen[0] = seen[1] = 0;
	assert_int_equal(index_sources_named(*state, "Nobody", 0,
	    count_source, seen, &err), 0);
	assert_int_equal(seen[0], 0);
}

/* The filter as typed: a query, and how many articles it finds. */
static void
filter(struct index *ix, const char *typed, const char *want, int64_t n)
{
	struct index_list_query	 q;
	struct error		 err;
	char			*got;
	int64_t			 count;

	assert_int_equal(index_filter_query(ix, typed, &got, &err), 0);
	if (want == NULL) {
		assert_null(got);
		return;
	}
	assert_string_equal(got, want);
	memset(&q, 0, sizeof q);
	q.match = got;
	assert_int_equal(index_count(ix, &q, &count, &err), 0);
	assert_int_equal(count, n);
	free(got);
}

/* Prefixes are spelled out as the index's words; the rest stays. */
static void
test_filter_words(void **state)
{
	filter(*state, "harb", "(\"harbour\")", 8);
	filter(*state, "  Bri  HAR ", "(\"bridge\") AND (\"harbour\")", 0);
	filter(*state, "ha", "\"ha\"", 0);
	filter(*state, "body harb", "(\"body\") AND (\"harbour\")", 8);
	filter(*state, "zzzz", "\"zzzz\"*", 0);
	filter(*state, "Br\xc3\xaf" "d", "\"Br\xc3\xaf" "d\"*", 4);
	filter(*state, "ha\"r", "\"ha\"\"r\"*", 0);
	filter(*state, "   ", NULL, 0);
}

static int
count_article(void *ctx, const struct article_row *r)
{
	(*(int *)ctx)++;
	return 0;
}

/*
 * A search's prefixes are spelled out too, and find what the prefix
 * finds; a query FTS5 refuses is named as it was written.
 */
static void
test_search_prefix(void **state)
{
	struct error	err;
	int		n = 0;

	assert_int_equal(index_search(*state, "harb*", 20, count_article, NULL,
	    &n, &err), 0);
	assert_int_equal(n, 8);
	n = 0;
	assert_int_equal(index_search(*state, "(bri* OR harb*) AND body", 20,
	    count_article, NULL, &n, &err), 0);
	assert_int_equal(n, N_ARTICLES);
	assert_int_equal(index_search(*state, "harb* AND", 20, count_article,
	    NULL, &n, &err), -1);
	assert_non_null(strstr(err.msg, "'harb* AND'"));
}

static int64_t
filter_count(struct index *ix, const char *match)
{
	struct index_list_query	q;
	struct error		err;
	int64_t			n = -1;

	memset(&q, 0, sizeof q);
	q.match = match;
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	return n;
}

/*
 * A filter's articles are kept between calls, and found again when this
 * connection or another changes the index; a read-only one filters too.
 * (Last: it adds articles.)
 */
static void
test_filter_fresh(void **state)
{
	struct index_list_query	 q;
	struct index		*other, *ro;
	struct error		 err;
	int64_t			 n;
	int			 rows = 0;

	assert_int_equal(filter_count(*state, "harbour"), 8);
	add_article(*state, 1);		/* a harbour article */
	assert_int_equal(filter_count(*state, "harbour"), 9);
	assert_int_equal(index_open(&other, db_path, 0, &err), 0);
	add_article(other, 2);
	index_close(other);
	assert_int_equal(filter_count(*state, "harbour"), 10);
	assert_int_equal(filter_count(*state, "bridge"), 4);
	assert_int_equal(index_open(&ro, db_path, INDEX_READONLY, &err), 0);
	assert_int_equal(filter_count(ro, "harbour"), 10);
	index_close(ro);
	/* with unread only: the two harbour articles read are left out */
	memset(&q, 0, sizeof q);
	q.match = "harbour";
	q.unread_only = true;
	assert_int_equal(index_count(*state, &q, &n, &err), 0);
	assert_int_equal(n, 8);
	assert_int_equal(index_list(*state, &q, count_article, &rows, &err), 0);
	assert_int_equal(rows, 8);
}

/* The ids of q's list as SQL gives them using no index: the oracle. */
static void
unindexed(sqlite3 *db, const struct index_list_query *q, struct listed *l)
{
	sqlite3_stmt	*st;
	char		 sql[256];
	const char	*dir = q->ascending ? "ASC" : "DESC";

	snprintf(sql, sizeof sql, "SELECT id FROM articles NOT INDEXED%s"
	    " ORDER BY %s %s, id %s LIMIT %lld OFFSET %lld", q->unread_only ?
	    " WHERE read = 0" : "", index_sort_name(q->sort), dir, dir,
	    (long long)q->limit, (long long)q->offset);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	l->n = 0;
	while (sqlite3_step(st) == SQLITE_ROW)
		l->ids[l->n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
}

/* q's window, as index_list() and the oracle have it. */
static void
check_window(struct index *ix, sqlite3 *db, const struct index_list_query *q)
{
	struct listed	want, got = { { 0 }, 0 };
	struct error	err;

	unindexed(db, q, &want);
	assert_int_equal(index_list(ix, q, take_id, &got, &err), 0);
	assert_int_equal(got.n, want.n);
	assert_memory_equal(got.ids, want.ids,
	    (size_t)want.n * sizeof want.ids[0]);
}

/*
 * q's list, as the oracle has it, whether its order has an index or not:
 * both ways, all and unread only, the first rows and windows of five
 * from every offset (those past the middle are read from the end).
 */
static void
check_order(struct index *ix, sqlite3 *db, struct index_list_query *q)
{
	struct error	err;
	int64_t		all;
	int		i;

	for (i = 0; i < 4; i++) {
		q->ascending = i & 1;
		q->unread_only = (i & 2) != 0;
		q->limit = N_ARTICLES;
		q->offset = 0;
		check_window(ix, db, q);
		assert_int_equal(index_count(ix, q, &all, &err), 0);
		assert_true(all > 10);
		for (q->limit = 5; q->offset <= all + 1; q->offset++)
			check_window(ix, db, q);
	}
}

/*
 * The orders by title, outlet, quotes and denials have no index until a
 * list in that order: then it is made, and the list is the same.  While
 * another quoth writes, the list is had without one after a second's
 * wait, and the lists after by a scan too, until asked again.  Date,
 * added and id need none made.
 */
static void
test_sort_made(void **state)
{
	static const char *const made[] = { "title", "outlet", "quotes",
	    "denials" };
	struct index_list_query	 q;
	struct error		 err;
	sqlite3			*db;
	struct index		*ix;	/* its own: no order tried yet */
	size_t			 i;
	int			 sort;

	(void)state;
	assert_int_equal(index_open(&ix, db_path, 0, &err), 0);
	assert_int_equal(sqlite3_open(db_path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP INDEX IF EXISTS articles_title;"
	    " DROP INDEX IF EXISTS articles_outlet; DROP INDEX IF EXISTS"
	    " articles_quotes; DROP INDEX IF EXISTS articles_denials;", NULL,
	    NULL, NULL), SQLITE_OK);
	for (sort = 0; sort < INDEX_SORT_COUNT; sort++) {
		memset(&q, 0, sizeof q);
		q.sort = (enum index_sort)sort;
		if (sort == INDEX_SORT_DATE || sort == INDEX_SORT_ADDED ||
		    sort == INDEX_SORT_ID) {
			assert_true(index_sort_ready(ix, q.sort));
			check_order(ix, db, &q);
		}
	}
	for (i = 0; i < sizeof made / sizeof made[0]; i++) {
		memset(&q, 0, sizeof q);
		sort = index_sort_parse(made[i]);
		q.sort = (enum index_sort)sort;
		assert_false(index_sort_ready(ix, q.sort));
		if (q.sort == INDEX_SORT_OUTLET) {	/* another quoth writes */
			assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL,
			    NULL, NULL), SQLITE_OK);
			assert_int_equal(index_sort_prepare(ix, q.sort, &err),
			    -1);
			assert_non_null(strstr(err.msg, "locked"));
			check_order(ix, db, &q);
			assert_false(index_sort_ready(ix, q.sort));
			assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL,
			    NULL), SQLITE_OK);
			check_order(ix, db, &q);	/* tried once: a scan */
			assert_false(index_sort_ready(ix, q.sort));
			assert_int_equal(index_sort_prepare(ix, q.sort,
			    &err), 0);		/* as the reader asks again */
		}
		check_order(ix, db, &q);
		assert_true(index_sort_ready(ix, q.sort));
		check_order(ix, db, &q);
	}
	sqlite3_close(db);
	index_close(ix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_position),
		cmocka_unit_test(test_sources_named),
		cmocka_unit_test(test_filter_words),
		cmocka_unit_test(test_search_prefix),
		cmocka_unit_test(test_filter_fresh),
		cmocka_unit_test(test_sort_made),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

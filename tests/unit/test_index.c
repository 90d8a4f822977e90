/* index*.c: schema, migrations, storing, looking up and reading back. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "attrib.h"
#include "index.h"
#include "index_private.h"
#include "index_schema.h"
#include "xmalloc.h"

/* What migrations 11 and 12 made, undone: an index of schema 10 or older. */
#define BEFORE_TOTALS	"DROP INDEX articles_list; DROP TRIGGER totals_ad;" \
	" DROP TRIGGER totals_au; DROP TABLE totals;"

static char	tmpdir[] = "/tmp/quoth-test-index.XXXXXX";
static char	dbpath[256];

static int
setup(void **state)
{
	static int	n;

	if (n++ == 0 && mkdtemp(tmpdir) == NULL)
		return -1;
	snprintf(dbpath, sizeof dbpath, "%s/%d.db", tmpdir, n);
	return 0;
}

static struct index *
open_ok(void)
{
	struct index	*ix;
	struct error	 err;

	if (index_open(&ix, dbpath, 0, &err) == -1)
		fail_msg("%s", err.msg);
	return ix;
}

static void
make_article(struct article *a, const char *origin, const char *body)
{
	article_init(a);
	article_set(&a->title, "A Title", 7);
	article_set(&a->file, "f.txt", 5);
	if (origin != NULL)
		a->origin = xstrdup(origin);
	article_add_paragraph(a, body, strlen(body));
}

static void
test_create_private(void **state)
{
	struct index	*ix = open_ok();
	sqlite3_stmt	*st;
	struct stat	 sb;

	assert_int_equal(index_schema_version(ix), index_migration_count);
	assert_int_equal(sqlite3_prepare_v2(ix->db, "SELECT v FROM"
	    " articles_fts_config WHERE k = 'automerge'", -1, &st, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 8);	/* migration 10 */
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(ix->db, "PRAGMA page_size", -1,
	    &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 8192);
	sqlite3_finalize(st);
	assert_int_equal(stat(dbpath, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	index_close(ix);
	ix = open_ok();			/* reopening migrates nothing */
	index_close(ix);
}

static void
test_refuses_newer_schema(void **state)
{
	struct index	*ix = open_ok();
	sqlite3		*db;
	struct error	 err;

	index_close(ix);
	assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
	sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL);
	sqlite3_close(db);
	assert_int_equal(index_open(&ix, dbpath, 0, &err), -1);
	assert_non_null(strstr(err.msg, "newer than this quoth"));
	assert_non_null(strstr(err.msg, "999"));
}

static void
test_refuses_foreign_db(void **state)
{
	struct index	*ix;
	sqlite3		*db;
	struct error	 err;

	assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
	sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL);
	sqlite3_close(db);
	assert_int_equal(index_open(&ix, dbpath, 0, &err), -1);
	assert_non_null(strstr(err.msg, "not a quoth index"));
}

/* INDEX_EXISTING opens an index that is there, and makes none. */
static void
test_open_existing(void **state)
{
	struct index	*ix;
	struct error	 err;
	struct stat	 sb;

	(void)state;
	assert_int_equal(index_open(&ix, dbpath, INDEX_EXISTING, &err), -1);
	assert_int_equal(stat(dbpath, &sb), -1);
	index_close(open_ok());
	assert_int_equal(index_open(&ix, dbpath, INDEX_EXISTING, &err), 0);
	index_close(ix);
}

static void
test_lookup_statuses(void **state)
{
	struct index		*ix = open_ok();
	struct article		 a, b, c;
	enum index_status	 st;
	struct error		 err;
	int64_t			 id, id2;

	make_article(&a, "/x/a.txt", "Body one.");
	assert_int_equal(index_lookup(ix, &a, &id, &st, &err), 0);
	assert_int_equal(st, INDEX_NEW);
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
	assert_true(id > 0);
	assert_int_equal(index_lookup(ix, &a, &id2, &st, &err), 0);
	assert_int_equal(st, INDEX_UNCHANGED);
	assert_int_equal(id2, id);
	make_article(&b, "/x/other.txt", "Body one.");
	assert_int_equal(index_lookup(ix, &b, &id2, &st, &err), 0);
	assert_int_equal(st, INDEX_DUPLICATE);
	assert_int_equal(id2, id);
	make_article(&c, "/x/a.txt", "Body two.");
	assert_int_equal(index_lookup(ix, &c, &id2, &st, &err), 0);
	assert_int_equal(st, INDEX_CHANGED);
	assert_int_equal(index_store(ix, &c, NULL, NULL, 0, &id2, &err), 0);
	assert_int_equal(id2, id);		/* updated in place */
	article_free(&a);
	article_free(&b);
	article_free(&c);
	index_close(ix);
}

static int
count_row(void *ctx, const struct article_row *r)
{
	(*(int *)ctx)++;
	return 0;
}

static void
test_rollback_leaves_nothing(void **state)
{
	struct index	*ix = open_ok();
	struct article	 a;
	struct error	 err;
	int64_t		 id = 0;
	int		 n = 0;
	struct index_list_query q = { .limit = 10 };

	make_article(&a, NULL, "Never kept.");
	assert_int_equal(index_begin(ix, &err), 0);
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
	index_rollback(ix);
	assert_int_equal(index_list(ix, &q, count_row, &n, &err), 0);
	assert_int_equal(n, 0);
	article_free(&a);
	index_close(ix);
}

/* A hand-built attribution, as the engine would return it. */
static void
make_result(struct attrib_result *r, const char *body)
{
	const char	*q = strstr(body, "no sale");
	const char	*who = strstr(body, "Dray");
	const char	*cue = strstr(body, "told");
	const char	*via = strstr(body, "the Courier");

	memset(r, 0, sizeof *r);
	r->nsrc = 2;
	r->src = xcalloc(2, sizeof *r->src);
	r->src[0].name = xstrdup("Anselm Dray");
	r->src[0].kind = SOURCE_PERSON;
	r->src[0].role = xstrdup("chairman");
	r->src[0].nmentions = 1;
	r->src[0].mentions = xcalloc(1, sizeof (struct span));
	r->src[0].mentions[0] = (struct span){ (uint32_t)(who - body),
	    (uint32_t)(who - body + 4) };
	r->src[0].quotes = 1;
	r->src[1].name = xstrdup("Kestrel Courier");
	r->src[1].kind = SOURCE_OUTLET;
	r->n = 1;
	r->v = xcalloc(1, sizeof *r->v);
	r->v[0].quote = (struct span){ (uint32_t)(q - body), (uint32_t)(q - body + 7) };
	r->v[0].direct = true;
	r->v[0].speaker = 0;
	r->v[0].mention = r->src[0].mentions[0];
	r->v[0].cue = (struct span){ (uint32_t)(cue - body), (uint32_t)(cue - body + 4) };
	r->v[0].via = xcalloc(1, sizeof (int));
	r->v[0].via[0] = 1;
	r->v[0].nvia = 1;
	r->v[0].stance = STANCE_DENIAL;
	r->v[0].rule = "test-rule";
	r->v[0].confidence = 0.75f;
	(void)via;
}

static void
store_body(struct index *ix, const char *body)
{
	struct article	a;
	struct error	err;
	int64_t		id = 0;

	make_article(&a, NULL, body);
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
	article_free(&a);
}

/* An article whose one quote is a denial, from two sources; its id. */
static int64_t
store_denial(struct index *ix, int64_t id)
{
	static const char	 body[] = "“There is no sale,” Dray told the Courier.";
	struct article		 a;
	struct attrib_result	 r;
	struct error		 err;

	make_article(&a, NULL, body);
	make_result(&r, body);
	assert_int_equal(index_store(ix, &a, &r, NULL, 0, &id, &err), 0);
	attrib_result_free(&r);
	article_free(&a);
	return id;
}

static int
keep_quote_article(void *ctx, const struct quote_row *q)
{
	buf_printf(ctx, " %lld", (long long)q->article);
	return 0;
}

/*
 * Quotes across the index come from the newest articles first, by
 * speaker too; those of articles named come in article order.
 */
static void
test_quotes_newest_first(void **state)
{
	struct index		*ix = open_ok();
	struct error		 err;
	struct buf		 got = BUF_INIT;
	int64_t			 ids[] = { 3, 1 };
	struct index_quote_query q = { .stance = -1 };

	(void)state;
	store_denial(ix, 0);
	store_body(ix, "Nothing said.");
	store_denial(ix, 0);
	assert_int_equal(index_quotes(ix, &q, keep_quote_article, &got, &err), 0);
	assert_string_equal(buf_str(&got), " 3 1");
	q.speaker = "dray";
	buf_truncate(&got, 0);
	assert_int_equal(index_quotes(ix, &q, keep_quote_article, &got, &err), 0);
	assert_string_equal(buf_str(&got), " 3 1");
	q.articles = ids;
	q.narticles = 2;
	buf_truncate(&got, 0);
	assert_int_equal(index_quotes(ix, &q, keep_quote_article, &got, &err), 0);
	assert_string_equal(buf_str(&got), " 1 3");
	buf_free(&got);
	index_close(ix);
}

static int
check_quote(void *ctx, const struct quote_row *q)
{
	assert_string_equal(q->text, "no sale");
	assert_string_equal(q->speaker, "Anselm Dray");
	assert_string_equal(q->mention, "Dray");
	assert_string_equal(q->role, "chairman");
	assert_string_equal(q->cue, "told");
	assert_int_equal(q->nvia, 1);
	assert_string_equal(q->via[0], "Kestrel Courier");
	assert_int_equal(q->stance, STANCE_DENIAL);
	assert_string_equal(q->rule, "test-rule");
	(*(int *)ctx)++;
	return 0;
}

static int
check_source(void *ctx, const struct source_row *s)
{
	(*(int *)ctx)++;
	if (s->kind == SOURCE_PERSON)
		assert_string_equal(s->name, "Anselm Dray");
	return 0;
}

static void
test_quotes_roundtrip(void **state)
{
	struct index		*ix = open_ok();
	struct error		 err;
	int64_t			 id = store_denial(ix, 0);
	int			 n = 0, m = 0;
	struct index_quote_query q = { .stance = -1 };

	assert_int_equal(index_quotes(ix, &q, check_quote, &n, &err), 0);
	assert_int_equal(n, 1);
	q.speaker = "dray";			/* any case, one word of the name */
	assert_int_equal(index_quotes(ix, &q, check_quote, &n, &err), 0);
	assert_int_equal(n, 2);
	q.speaker = "Voss";
	assert_int_equal(index_quotes(ix, &q, check_quote, &n, &err), 0);
	assert_int_equal(n, 2);
	q.speaker = NULL;
	q.stance = STANCE_CLAIM;
	assert_int_equal(index_quotes(ix, &q, check_quote, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(index_sources(ix, id, check_source, &m, &err), 0);
	assert_int_equal(m, 2);
	index_close(ix);
}

static int
count_quote(void *ctx, const struct quote_row *q)
{
	(void)q;
	(*(int *)ctx)++;
	return 0;
}

static int
no_problem(void *ctx, const char *msg)
{
	(void)ctx;
	fail_msg("%s", msg);
	return 0;
}

static void
widened(const char *q, bool columns, const char *want)
{
	char	*got = index_query_widen(q, columns);

	assert_string_equal(got, want);
	free(got);
}

/* The query that finds the articles whose quotes may match. */
static void
test_query_widen(void **state)
{
	(void)state;
	widened("a NOT b", false, "a OR b");
	widened("(a NOT b) AND c", false, "(a OR b) AND c");
	widened("\"x NOT \"\"y\"\" ^z\" NOT w", false,
	    "\"x NOT \"\"y\"\" ^z\" OR w");
	widened("^a b NOTE not", false, "a b NOTE not");
	widened("speaker:dray economy", false, "speaker:dray economy");
	widened("speaker:dray economy", true, "dray economy");
	widened("Source : Courier OR title:x", true, " Courier OR title:x");
	widened("", true, "");
}

/* An index of schema 7 had the quotes' words in said_fts as well. */
static void
make_schema_7(int64_t id)
{
	sqlite3	*db;
	char	 sql[1024];

	assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
	snprintf(sql, sizeof sql, BEFORE_TOTALS "DROP TABLE words;"
	    " DROP TABLE said_fts;"
	    "CREATE VIRTUAL TABLE said_fts USING fts5(text, speaker, source,"
	    " content='', tokenize='unicode61 remove_diacritics 2');"
	    "INSERT INTO said_fts (rowid, text, speaker, source) VALUES (%lld,"
	    " 'no sale', 'Anselm Dray', 'Anselm Dray Kestrel Courier');"
	    "PRAGMA user_version = 7;", (long long)id);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* Migration 8 fills said_fts again from the records, names only. */
static void
test_migrate_said_names(void **state)
{
	static const char body[] = "“There is no sale,” Dray told the Courier.";
	struct index		*ix = open_ok();
	struct article		 a;
	struct attrib_result	 r;
	struct error		 err;
	int64_t			 id = 0;
	int			 n = 0;
	struct index_quote_query q = { .stance = -1, .speaker = "dray" };

	(void)state;
	make_article(&a, "origin-1", body);
	make_result(&r, body);
	assert_int_equal(index_store(ix, &a, &r, NULL, 0, &id, &err), 0);
	index_close(ix);
	make_schema_7(id);
	ix = open_ok();
	assert_int_equal(index_schema_version(ix), index_migration_count);
	assert_int_equal(index_quotes(ix, &q, count_quote, &n, &err), 0);
	assert_int_equal(n, 1);
	/* the quote's words are found through its article's */
	assert_int_equal(index_search(ix, "sale", 10, NULL, count_quote, &n,
	    &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(index_search(ix, "speaker:dray", 10, NULL, count_quote,
	    &n, &err), 0);
	assert_int_equal(n, 3);
	/* the article's words outside the quote find the article, no quote */
	assert_int_equal(index_search(ix, "told", 10, NULL, count_quote, &n,
	    &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(index_search(ix, "\"is no\"", 10, NULL, count_quote,
	    &n, &err), 0);
	assert_int_equal(n, 3);		/* "There is": not the quote's words */
	assert_int_equal(index_search(ix, "\"no sale\"", 10, NULL, count_quote,
	    &n, &err), 0);
	assert_int_equal(n, 4);
	/* NOT looks at the quote, not at the rest of its article */
	assert_int_equal(index_search(ix, "sale NOT told", 10, NULL, count_quote,
	    &n, &err), 0);
	assert_int_equal(n, 5);
	/* the quotes' columns, alone or with words, in both halves */
	assert_int_equal(index_search(ix, "speaker:dray sale", 10, count_row,
	    count_quote, &n, &err), 0);
	assert_int_equal(n, 6);
	assert_int_equal(index_search(ix, "text:sale", 10, NULL, count_quote, &n,
	    &err), 0);
	assert_int_equal(n, 7);
	/* stored again, its old row goes with the names it was filled with */
	assert_int_equal(index_store(ix, &a, &r, NULL, 0, &id, &err), 0);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	attrib_result_free(&r);
	article_free(&a);
	index_close(ix);
}

static void
test_search(void **state)
{
	struct index	*ix = open_ok();
	struct article	 a;
	struct error	 err;
	int64_t		 id = 0;
	int		 n = 0;

	make_article(&a, NULL, "The ferry terminal was never for sale.");
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
	assert_int_equal(index_search(ix, "ferry", 10, count_row, NULL, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(index_search(ix, "ferry AND", 10, count_row, NULL, &n,
	    &err), -1);
	assert_non_null(strstr(err.msg, "malformed search query"));
	assert_int_equal(index_search(ix, "\"unbalanced", 10, count_row, NULL,
	    &n, &err), -1);
	article_free(&a);
	index_close(ix);
}

static int
keep_id(void *ctx, const struct article_row *r)
{
	int64_t	*min = ctx;

	if (*min == 0 || r->id < *min)
		*min = r->id;
	return 0;
}

/* n articles about a harbour, the third also about a lighthouse. */
static void
store_harbours(struct index *ix, int n)
{
	struct article	a;
	struct error	err;
	char		body[96];
	int64_t		id;
	int		i;

	for (i = 1; i <= n; i++) {
		snprintf(body, sizeof body, "Harbour story %d%s.", i,
		    i == 3 ? " about a lighthouse" : "");
		make_article(&a, NULL, body);
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
	}
}

/* A common word is ranked among the newest; a rare one is found anywhere. */
static void
test_search_windows(void **state)
{
	struct index	*ix = open_ok();
	struct error	 err;
	int64_t		 min;

	index_set_search_windows(ix, 10, 40);
	store_harbours(ix, 100);
	min = 0;
	assert_int_equal(index_search(ix, "harbour", 5, keep_id, NULL, &min,
	    &err), 0);
	assert_true(min > 90);			/* the newest ten */
	min = 0;
	assert_int_equal(index_search(ix, "harbour", 20, keep_id, NULL, &min,
	    &err), 0);
	assert_true(min > 60 && min <= 80);	/* the newest forty */
	min = 0;
	assert_int_equal(index_search(ix, "lighthouse", 5, keep_id, NULL, &min,
	    &err), 0);
	assert_int_equal(min, 3);		/* the whole index */
	index_close(ix);
}

/* A query of many words ORed together ranks a narrower window. */
static void
test_search_windows_weighed(void **state)
{
	struct index	*ix = open_ok();
	struct error	 err;
	int64_t		 min;

	(void)state;
	index_set_search_windows(ix, 200, 250);
	store_harbours(ix, 300);
	min = 0;
	assert_int_equal(index_search(ix, "harbour", 5, keep_id, NULL, &min,
	    &err), 0);
	assert_true(min > 100 && min <= 200);	/* the newest two hundred */
	min = 0;
	assert_int_equal(index_search(ix, "harbour OR quay OR pier OR jetty OR"
	    " wharf OR dock OR mole OR slip", 5, keep_id, NULL, &min, &err), 0);
	assert_true(min > 200);			/* a window half as wide */
	index_close(ix);
}

/* Texts whose words recur unevenly, so that ranks differ. */
static void
store_ranked(struct index *ix)
{
	static const char *const bodies[] = {
		"The harbour and the quay.",
		"A harbour, a harbour, a harbour at dusk by the old pier.",
		"The quay was closed. The quay reopened after the storm.",
		"Pier, quay and harbour, and a jetty beyond the long mole.",
		"Nothing of the sea here at all, only fields and a harbour.",
	};
	struct article	a;
	struct error	err;
	int64_t		id;
	size_t		i;

	for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		make_article(&a, NULL, bodies[i]);
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
	}
}

/* quoth_rank and bm25 of each row matching query, into q and b; how many. */
static int
ranks(struct index *ix, const char *query, double *q, double *b)
{
	sqlite3_stmt	*st;
	int		 n = 0;

	assert_int_equal(sqlite3_prepare_v2(ix->db, "SELECT quoth_rank("
	    "articles_fts, 4.0, 1.0), bm25(articles_fts, 4.0, 1.0) FROM"
	    " articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", -1, &st,
	    NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW && n < 8) {
		q[n] = sqlite3_column_double(st, 0);
		b[n++] = sqlite3_column_double(st, 1);
	}
	sqlite3_finalize(st);
	return n;
}

/*
 * quoth_rank is bm25 but for the weight of a phrase: the same for a few
 * phrases, bm25 over a constant for one, and each phrase alike for many.
 */
static void
test_rank(void **state)
{
	struct index	*ix = open_ok();
	double		 q[8], b[8];
	int		 i, n;

	(void)state;
	store_ranked(ix);
	n = ranks(ix, "harbour OR quay", q, b);
	assert_int_equal(n, 5);
	for (i = 0; i < n; i++)
		assert_float_equal(q[i], b[i], 1e-9);
	n = ranks(ix, "harbour", q, b);
	assert_int_equal(n, 4);
	for (i = 1; i < n; i++)
		assert_float_equal(b[i] / q[i], b[0] / q[0], 1e-9);
	n = ranks(ix, "harbour OR quay OR pier OR jetty OR mole OR dusk OR"
	    " storm OR sea OR fields OR old OR long OR closed OR reopened OR"
	    " beyond OR nothing OR only OR after", q, b);
	assert_int_equal(n, 5);
	assert_true(q[1] < q[0]);	/* three harbours and a pier: more */
	assert_true(q[3] < q[0]);
	index_close(ix);
}

/* The quotes a search finds, their texts joined by "|". */
static int
join_quote(void *ctx, const struct quote_row *q)
{
	struct buf	*b = ctx;

	buf_printf(b, "%s%s", b->len > 0 ? "|" : "", q->text);
	return 0;
}

static void
quotes_found(struct index *ix, const char *query, const char *want)
{
	struct buf	b = BUF_INIT;
	struct error	err;

	assert_int_equal(index_search(ix, query, 20, NULL, join_quote, &b,
	    &err), 0);
	assert_string_equal(buf_str(&b), want);
	buf_free(&b);
}

/*
 * A search asks one by one only the quotes of an article where the
 * query's words were found, in their words, speakers or relays: each is
 * found in its place, after quotes whose words are split at apostrophes,
 * points and hyphens or carry accents, composed or combining.
 */
static void
test_search_quote_hits(void **state)
{
	static const char body[] =
	    "“Les cafés du quai fermeront,” said Mara Oyelaran, the port"
	    " director.\n\n"
	    "“L'été sera calme à 3.5 degrés,” she said.\n\n"
	    "“The harbour will close in March,” said Mara Oyelaran.\n\n"
	    "“A cafe\xcc\x81" " for the long-term workers stays,” the notice"
	    " read.\n\n"
	    "“Fishing boats may stay until the summer,” said Tomas Reyes, a"
	    " councillor.\n\n"
	    "“We expect the pelicans to come back,” Oyelaran told the Lantern"
	    " Herald.";
	struct index		*ix = open_ok();
	struct article		 a;
	struct attrib_result	 r;
	struct error		 err;
	int64_t			 id = 0;

	(void)state;
	make_article(&a, NULL, body);
	attrib_article(buf_str(&a.body), a.body.len, &r);
	assert_int_equal(r.n, 6);
	assert_int_equal(index_store(ix, &a, &r, NULL, 0, &id, &err), 0);
	quotes_found(ix, "cafes", "Les cafés du quai fermeront");
	quotes_found(ix, "ete degres", "L'été sera calme à 3.5 degrés");
	quotes_found(ix, "march", "The harbour will close in March");
	quotes_found(ix, "cafe", "A cafe\xcc\x81" " for the long-term workers"
	    " stays");
	quotes_found(ix, "\"term workers\"", "A cafe\xcc\x81" " for the"
	    " long-term workers stays");
	quotes_found(ix, "fishing", "Fishing boats may stay until the summer");
	quotes_found(ix, "pelicans", "We expect the pelicans to come back");
	quotes_found(ix, "reyes", "Fishing boats may stay until the summer");
	quotes_found(ix, "speaker:notice long", "A cafe\xcc\x81" " for the"
	    " long-term workers stays");
	quotes_found(ix, "lantern", "We expect the pelicans to come back");
	quotes_found(ix, "\"will close\"", "The harbour will close in March");
	quotes_found(ix, "NEAR(harbour march, 5)",
	    "The harbour will close in March");
	quotes_found(ix, "close OR pelicans", "The harbour will close in March|"
	    "We expect the pelicans to come back");
	quotes_found(ix, "\"fermeront l\"", "");	/* across two quotes */
	quotes_found(ix, "NEAR(pelicans herald, 5)", "");	/* two columns */
	quotes_found(ix, "harbour fishing", "");
	quotes_found(ix, "speaker:oyelaran summer", "");
	quotes_found(ix, "speaker:reyes summer",
	    "Fishing boats may stay until the summer");
	quotes_found(ix, "herald NOT pelicans", "");
	attrib_result_free(&r);
	article_free(&a);
	index_close(ix);
}

/* quoth_rank and bm25 of row id for query. */
static void
rank_at(struct index *ix, const char *query, int64_t id, double *q, double *b)
{
	sqlite3_stmt	*st;

	assert_int_equal(sqlite3_prepare_v2(ix->db, "SELECT quoth_rank("
	    "articles_fts), bm25(articles_fts) FROM articles_fts WHERE"
	    " articles_fts MATCH ? AND rowid = ?", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	*q = sqlite3_column_double(st, 0);
	*b = sqlite3_column_double(st, 1);
	sqlite3_finalize(st);
}

/*
 * A phrase in more rows than quoth_rank counts is as frequent in the
 * index as in the rows counted: right for a word spread evenly (ferry,
 * every other row), wrong for one found only in the oldest rows
 * (harbour, the first 2,500 of 6,000).
 */
static void
test_rank_reckoned(void **state)
{
	struct index	*ix = open_ok();
	struct article	 a;
	struct error	 err;
	char		 body[64];
	double		 q, b;
	int64_t		 id;
	int		 i;

	(void)state;
	assert_int_equal(index_begin(ix, &err), 0);
	for (i = 1; i <= 6000; i++) {
		snprintf(body, sizeof body, "%s%snews.", i % 2 == 0 ? "ferry " :
		    "", i <= 2500 ? "harbour " : "");
		make_article(&a, NULL, body);
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
	}
	assert_int_equal(index_commit(ix, &err), 0);
	rank_at(ix, "ferry OR harbour", 4002, &q, &b);	/* ferry only */
	assert_float_equal(q, b, 1e-9);
	rank_at(ix, "ferry OR harbour", 1, &q, &b);	/* harbour only */
	assert_true(q > b + 0.1);	/* harbour taken as everywhere */
	index_close(ix);
}

/* The filter typed as prefix, spelled out from the listed words. */
static void
spelled(struct index *ix, const char *prefix, const char *want)
{
	struct error	 err;
	char		*got;

	assert_int_equal(index_filter_query(ix, prefix, &got, &err), 0);
	assert_string_equal(got, want);
	free(got);
}

static int
count_problem(void *ctx, const char *msg)
{
	assert_non_null(strstr(msg, "not listed for prefix search"));
	(*(int *)ctx)++;
	return 0;
}

/*
 * Engine threads finish out of order: a later article split first must
 * not take a word from an earlier one stored (and committed) without it.
 */
static void
split_first_stored_second(struct index *ix)
{
	struct index_tokenizer	*tk;
	struct article		 early, late;
	struct error		 err;
	int64_t			 id = 0;

	assert_non_null(tk = index_tokenizer(ix, &err));
	make_article(&late, NULL, "Anemones, later.");
	make_article(&early, NULL, "Anemones, earlier.");
	late.split = index_split(tk, late.title, buf_str(&late.body),
	    late.body.len, &late.words) == 0;
	early.split = index_split(tk, early.title, buf_str(&early.body),
	    early.body.len, &early.words) == 0;
	assert_true(late.split && early.split);
	assert_int_equal(index_store(ix, &early, NULL, NULL, 0, &id, &err), 0);
	spelled(ix, "anem", "(\"anemones\")");
	article_free(&late);
	article_free(&early);
}

/*
 * Each article stored lists its words for prefixes, title too; a word
 * whose transaction was rolled back is listed when it comes again; an
 * index of schema 8 has its words listed by the migration; check finds
 * a word not listed, and reindex lists it again.
 */
static void
test_words_listed(void **state)
{
	struct index	*ix = open_ok();
	struct error	 err;
	sqlite3		*db;
	int		 n = 0;

	(void)state;
	store_body(ix, "Anchorage and anchovies.");
	spelled(ix, "anch", "(\"anchorage\" OR \"anchovies\")");
	spelled(ix, "titl", "(\"title\")");
	assert_int_equal(index_begin(ix, &err), 0);
	store_body(ix, "Ancillary costs.");
	index_rollback(ix);
	store_body(ix, "The ancillary staff.");
	spelled(ix, "anci", "(\"ancillary\")");
	split_first_stored_second(ix);
	index_close(ix);
	assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, BEFORE_TOTALS "DROP TABLE words;"
	    " PRAGMA user_version = 8;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ix = open_ok();
	spelled(ix, "anc", "(\"anchorage\" OR \"anchovies\" OR"
	    " \"ancillary\")");
	assert_int_equal(sqlite3_exec(ix->db, "DELETE FROM words WHERE term ="
	    " 'staff'", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(index_check(ix, count_problem, &n, &err), 1);
	assert_int_equal(n, 1);
	assert_int_equal(index_words_renew(ix, &err), 0);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	index_close(ix);
}

/* The library's two counts: all the articles, and the unread ones. */
static void
assert_counts(struct index *ix, int64_t all, int64_t unread)
{
	struct index_list_query	q = { .limit = 10 };
	struct error		err;
	int64_t			n = -1;

	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(n, all);
	q.unread_only = true;
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(n, unread);
}

/* An index of schema 10: what migrations 11 and 12 made, undone. */
static void
rewind_to_10(void)
{
	sqlite3	*db;

	assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, BEFORE_TOTALS
	    " PRAGMA user_version = 10;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static int
count_totals_problem(void *ctx, const char *msg)
{
	assert_non_null(strstr(msg, "article counts: counted "));
	(*(int *)ctx)++;
	return 0;
}

/* The one integer a statement (a pragma) gives, on connection db. */
static int
db_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*st;
	int		 v;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* quoth stats's figures, and the same counted again from every article. */
static void
assert_stats(struct index *ix, int64_t articles, int64_t quotes,
    int64_t denials, int64_t sources)
{
	struct index_stats	 s;
	struct error		 err;
	sqlite3_stmt		*st;

	assert_int_equal(index_stats(ix, &s, &err), 0);
	assert_int_equal(s.articles, articles);
	assert_int_equal(s.quotes, quotes);
	assert_int_equal(s.denials, denials);
	assert_int_equal(s.sources, sources);
	assert_int_equal(sqlite3_prepare_v2(ix->db, INDEX_TOTALS_SQL, -1, &st,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int64(st, 0), articles);
	assert_int_equal(sqlite3_column_int64(st, 2), quotes);
	assert_int_equal(sqlite3_column_int64(st, 3), denials);
	assert_int_equal(sqlite3_column_int64(st, 4), sources);
	sqlite3_finalize(st);
}

/*
 * The quotes, denials and sources stats shows are kept as articles come,
 * change (stored again, or reattributed), go, or are rolled back; an
 * index of schema 12 has them summed by the migration; check finds them
 * wrong, reindex mends them.
 */
static void
test_stats_totals(void **state)
{
	static const char	 body[] = "“There is no sale,” Dray told the Courier.";
	struct index		*ix = open_ok();
	struct article		 a;
	struct attrib_result	 r;
	struct error		 err;
	sqlite3			*db;
	int64_t			 one, two;
	int			 n = 0;

	(void)state;
	assert_stats(ix, 0, 0, 0, 0);
	one = store_denial(ix, 0);
	two = store_denial(ix, 0);
	store_body(ix, "Nothing said.");
	assert_stats(ix, 3, 2, 2, 4);
	make_result(&r, body);			/* reattributed: the same */
	assert_int_equal(index_restore_said(ix, one, &r, NULL, 0, &err), 0);
	assert_stats(ix, 3, 2, 2, 4);
	assert_int_equal(index_restore_said(ix, one, NULL, NULL, 0, &err), 0);
	assert_stats(ix, 3, 1, 1, 2);
	assert_int_equal(index_restore_said(ix, one, &r, NULL, 0, &err), 0);
	attrib_result_free(&r);
	assert_stats(ix, 3, 2, 2, 4);
	assert_int_equal(index_begin(ix, &err), 0);
	store_denial(ix, 0);
	index_rollback(ix);
	assert_stats(ix, 3, 2, 2, 4);
	assert_int_equal(sqlite3_exec(ix->db, "DELETE FROM articles WHERE"
	    " id = 2", NULL, NULL, NULL), SQLITE_OK);
	assert_stats(ix, 2, 1, 1, 2);
	make_article(&a, NULL, "Changed, and nothing said.");	/* stored again */
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &one, &err), 0);
	article_free(&a);
	assert_stats(ix, 2, 0, 0, 0);
	assert_int_equal(store_denial(ix, one), one);
	assert_stats(ix, 2, 1, 1, 2);
	(void)two;
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	assert_int_equal(sqlite3_exec(ix->db, "UPDATE totals SET denials = 9",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(index_check(ix, count_totals_problem, &n, &err), 1);
	assert_int_equal(index_totals_renew(ix, &err), 0);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	index_close(ix);
	/* schema 12: the totals had no such columns, and are summed */
	assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TRIGGER totals_ad;"
	    " DROP TRIGGER totals_au; ALTER TABLE totals DROP COLUMN quotes;"
	    " ALTER TABLE totals DROP COLUMN denials; ALTER TABLE totals DROP"
	    " COLUMN sources; ALTER TABLE totals DROP COLUMN changes;"
	    " CREATE TRIGGER totals_ad AFTER DELETE ON articles BEGIN"
	    " UPDATE totals SET articles = articles - 1,"
	    " unread = unread - (old.read = 0); END;"
	    " CREATE TRIGGER totals_au AFTER UPDATE OF read ON articles"
	    " WHEN (old.read = 0) IS NOT (new.read = 0) BEGIN UPDATE totals"
	    " SET unread = unread + (new.read = 0) - (old.read = 0); END;"
	    " DELETE FROM totals;"	/* lost: migration 13 counts them all */
	    " PRAGMA user_version = 12;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(index_upgrade_pending(dbpath), 12);
	ix = open_ok();
	assert_stats(ix, 2, 1, 1, 2);		/* and 14: the read mark */
	assert_counts(ix, 2, 2);
	assert_true(index_library_stamp(ix) != -1);	/* and 15 */
	assert_int_equal(db_int(ix->db, "SELECT count(*) FROM"
	    " pragma_index_info('articles_added') WHERE name = 'read'"), 1);
	assert_int_equal(sqlite3_exec(ix->db, "DELETE FROM articles WHERE"
	    " quotes > 0", NULL, NULL, NULL), SQLITE_OK);	/* its trigger */
	assert_stats(ix, 1, 0, 0, 0);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	index_close(ix);
}

/*
 * The counts are kept as articles come, are read, change and go, and
 * not kept for a transaction rolled back; an index of schema 10 has them
 * counted by the migration (an empty one needs no word of it); check
 * finds a wrong or missing count, reindex mends it.
 */
static void
test_totals(void **state)
{
	struct index	*ix = open_ok();
	struct article	 a;
	struct error	 err;
	int64_t		 id = 2;
	int		 n = 0;

	(void)state;
	index_close(ix);
	rewind_to_10();
	assert_int_equal(index_upgrade_pending(dbpath), 0);	/* nothing in it */
	ix = open_ok();
	assert_counts(ix, 0, 0);
	store_body(ix, "One.");
	store_body(ix, "Two.");
	store_body(ix, "Three.");
	assert_counts(ix, 3, 3);
	assert_int_equal(index_set_read(ix, 2, true, &err), 0);
	assert_int_equal(index_set_read(ix, 2, true, &err), 0);
	assert_int_equal(index_set_read(ix, 3, true, &err), 0);
	assert_counts(ix, 3, 1);
	assert_int_equal(index_set_read(ix, 3, false, &err), 0);
	assert_counts(ix, 3, 2);
	make_article(&a, NULL, "Two, changed.");	/* unread again */
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
	article_free(&a);
	assert_counts(ix, 3, 3);
	assert_int_equal(index_begin(ix, &err), 0);
	store_body(ix, "Four.");
	index_rollback(ix);
	assert_int_equal(index_set_read(ix, 1, true, &err), 0);
	assert_int_equal(sqlite3_exec(ix->db, "DELETE FROM articles WHERE"
	    " id = 3", NULL, NULL, NULL), SQLITE_OK);
	assert_counts(ix, 2, 1);
	index_close(ix);
	rewind_to_10();
	assert_int_equal(index_upgrade_pending(dbpath), 10);
	ix = open_ok();
	assert_int_equal(index_upgrade_pending(dbpath), 0);
	assert_counts(ix, 2, 1);
	assert_int_equal(sqlite3_exec(ix->db, "UPDATE totals SET articles = 7",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_counts(ix, 7, 1);		/* kept, not counted */
	assert_int_equal(index_check(ix, count_totals_problem, &n, &err), 1);
	assert_int_equal(n, 1);
	assert_int_equal(index_totals_renew(ix, &err), 0);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	assert_counts(ix, 2, 1);
	assert_int_equal(sqlite3_exec(ix->db, "DELETE FROM totals", NULL, NULL,
	    NULL), SQLITE_OK);
	n = 0;
	assert_int_equal(index_check(ix, count_totals_problem, &n, &err), 1);
	assert_int_equal(index_totals_renew(ix, &err), 0);
	assert_counts(ix, 2, 1);
	index_close(ix);
}

static int
by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The words of a split (each after its hash), sorted, once each. */
static char *
split_words(struct index_tokenizer *tk, const char *text)
{
	struct buf	 b = BUF_INIT, out = BUF_INIT;
	char		*v[512];
	size_t		 i, n = 0;

	assert_int_equal(index_split(tk, NULL, text, strlen(text), &b), 0);
	for (i = 0; i < b.len && n < 512; i += 8 + strlen(b.s + i + 8) + 1)
		v[n++] = b.s + i + 8;
	qsort(v, n, sizeof *v, by_string);
	for (i = 0; i < n; i++)
		if (i == 0 || strcmp(v[i], v[i - 1]) != 0)
			buf_printf(&out, "%s%s", i > 0 ? " " : "", v[i]);
	buf_free(&b);
	return buf_detach(&out);
}

/* The words FTS5 itself indexes for text, of three bytes or more. */
static char *
fts5_words(struct index *ix, const char *text)
{
	sqlite3_stmt	*st;
	struct buf	 out = BUF_INIT;

	assert_int_equal(sqlite3_exec(ix->db, "DROP TABLE IF EXISTS temp.t;"
	    "DROP TABLE IF EXISTS temp.tv; CREATE VIRTUAL TABLE temp.t USING"
	    " fts5(body, tokenize='unicode61 remove_diacritics 2');"
	    "CREATE VIRTUAL TABLE temp.tv USING fts5vocab(temp, t, row)",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(ix->db, "INSERT INTO temp.t"
	    " VALUES (?)", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(ix->db, "SELECT term FROM temp.tv"
	    " WHERE length(CAST(term AS BLOB)) >= 3 ORDER BY term", -1, &st,
	    NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&out, "%s%s", out.len > 0 ? " " : "",
		    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return buf_detach(&out);
}

/*
 * A text splits into exactly the words FTS5 indexes: ASCII, every other
 * script, folding, marks, punctuation between words, broken UTF-8, a
 * long word.
 */
static void
test_split_as_fts5(void **state)
{
	static const char *const texts[] = {
		"Hello, WORLD! It\xe2\x80\x99s a \xe2\x80\x9ctest\xe2\x80"
		"\x9d \xe2\x80\x94 of na\xc3\xafve caf\xc3\xa9 \xc3\x85"
		"ngstr\xc3\xb6m, r\xc3\xa9sum\xc3\xa9\xe2\x80\xa6 end.",
		"don't stop-gap e-mail U.S. 2024-01-02 ABC123def under_score"
		" tab\there new\nline",
		"\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97 \xce\x95\xce\xbb"
		"\xce\xbb\xce\xb7\xce\xbd\xce\xb9\xce\xba\xce\xac \xd0"
		"\xa2\xd0\x95\xd0\x9a\xd0\xa1\xd0\xa2 \xd9\xa3\xd9\xa4"
		"\xd9\xa5",
		"emoji \xf0\x9f\x98\x80 test\xf0\x9f\x91\x8dok zero\xe2"
		"\x80\x8bwidth nbsp\xc2\xa0here e\xcc\x81" "cole A\xcc\x8a"
		"bc \xef\xac\x81nance stra\xc3\x9f" "e \xc4\xb0stanbul",
		"bad\xff\xfe" "bytes abc\xe2\x80 x\xe2\x80\x9cyz\xe2\x80",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"
		" abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"
		" ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
		"QRSTUVWXYZ",
	};
	struct index		*ix = open_ok();
	struct index_tokenizer	*tk;
	struct error		 err;
	char			*got, *want, *big;
	size_t			 i;

	(void)state;
	assert_non_null(tk = index_tokenizer(ix, &err));	/* adds nothing */
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		got = split_words(tk, texts[i]);
		want = fts5_words(ix, texts[i]);
		assert_string_equal(got, want);
		free(got);
		free(want);
	}
	big = xmalloc(40001);		/* past FTS5's longest token */
	memset(big, 'q', 40000);
	big[40000] = '\0';
	got = split_words(tk, big);
	want = fts5_words(ix, big);
	assert_int_equal(strlen(got), strlen(want));
	assert_string_equal(got, want);
	free(got);
	free(want);
	free(big);
	index_close(ix);
}

/* A filter holds the newest INDEX_FILTER_CAP matches, however many there are. */
static void
test_filter_cap(void **state)
{
	struct index	*ix = open_ok();
	struct article	 a;
	struct error	 err;
	char		 body[64];
	int64_t		 id, total, oldest = 0;
	int		 i;
	struct index_list_query q = { .sort = INDEX_SORT_ID, .match = "harbour",
	    .limit = 1 };

	assert_int_equal(index_begin(ix, &err), 0);
	for (i = 1; i <= INDEX_FILTER_CAP + 10; i++) {
		snprintf(body, sizeof body, "Harbour story %d.", i);
		make_article(&a, NULL, body);
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
	}
	assert_int_equal(index_commit(ix, &err), 0);
	assert_int_equal(index_count(ix, &q, &total, &err), 0);
	assert_int_equal(total, INDEX_FILTER_CAP);
	q.ascending = true;			/* the oldest of those kept */
	assert_int_equal(index_list(ix, &q, keep_id, &oldest, &err), 0);
	assert_int_equal(oldest, 11);
	index_close(ix);
}

static int
keep_ids(void *ctx, const struct article_row *r)
{
	struct buf	*b = ctx;

	buf_printf(b, " %lld", (long long)r->id);
	return 0;
}

/* n articles with a quote each, one a transaction: said_fts rows too. */
static void
store_quoted(struct index *ix, int n)
{
	struct article		a;
	struct attrib_result	r;
	struct error		err;
	char			body[96];
	int64_t			id;
	int			i;

	for (i = 0; i < n; i++) {
		snprintf(body, sizeof body, "\xe2\x80\x9cThere is no sale,\xe2\x80\x9d"
		    " Dray told the Courier, day %d.", i);
		make_article(&a, NULL, body);
		make_result(&r, body);
		id = 0;
		assert_int_equal(index_store(ix, &a, &r, NULL, 0, &id, &err), 0);
		attrib_result_free(&r);
		article_free(&a);
	}
}

/* Would FTS5 find two segments of table on one level to merge? */
static bool
fts_can_merge(struct index *ix, const char *table)
{
	char	sql[200];
	int	before;

	snprintf(sql, sizeof sql, "SAVEPOINT probe;"
	    "INSERT INTO %s(%s, rank) VALUES ('usermerge', 2);", table, table);
	assert_int_equal(sqlite3_exec(ix->db, sql, NULL, NULL, NULL), SQLITE_OK);
	before = sqlite3_total_changes(ix->db);
	snprintf(sql, sizeof sql, "INSERT INTO %s(%s, rank) VALUES ('merge', 1)",
	    table, table);
	assert_int_equal(sqlite3_exec(ix->db, sql, NULL, NULL, NULL), SQLITE_OK);
	before = sqlite3_total_changes(ix->db) - before;
	assert_int_equal(sqlite3_exec(ix->db, "ROLLBACK TO probe; RELEASE probe",
	    NULL, NULL, NULL), SQLITE_OK);
	return before >= 2;
}

/* The ids a search finds, in its order. */
static void
search_ids(struct index *ix, const char *query, struct buf *b)
{
	struct error	err;

	buf_truncate(b, 0);
	assert_int_equal(index_search(ix, query, 50, keep_ids, NULL, b, &err),
	    0);
}

/*
 * Articles stored one a transaction leave FTS5 a segment each: index_merge
 * merges until no level holds two, even two (FTS5 itself waits for four),
 * and searches find what they found before.
 */
static void
test_merge(void **state)
{
	static const char *const queries[] = { "harbour", "lighthouse",
	    "story 7*", "\"harbour story\" NOT 12" };
	struct index	*ix = open_ok();
	struct buf	 before[4], after = BUF_INIT;
	struct error	 err;
	int64_t		 segments;
	size_t		 i;

	(void)state;
	store_harbours(ix, 60);
	store_quoted(ix, 2);
	assert_true(fts_can_merge(ix, "said_fts"));
	segments = index_segments(ix);
	assert_true(segments > 2);
	assert_true(index_merge(ix, NULL, NULL, &err) > 0);
	assert_false(fts_can_merge(ix, "said_fts"));
	assert_true(index_segments(ix) >= 2);		/* one each, at least */
	assert_true(index_segments(ix) < segments);
	assert_int_equal(index_merge(ix, NULL, NULL, &err), 0);
	store_body(ix, "Harbour story 70, late.");
	store_body(ix, "Harbour story 71, later.");
	assert_true(fts_can_merge(ix, "articles_fts"));
	for (i = 0; i < 4; i++) {
		before[i] = (struct buf)BUF_INIT;
		search_ids(ix, queries[i], &before[i]);
		assert_true(before[i].len > 0);
	}
	assert_true(index_merge(ix, NULL, NULL, &err) > 0);
	assert_false(fts_can_merge(ix, "articles_fts"));
	for (i = 0; i < 4; i++) {
		search_ids(ix, queries[i], &after);
		assert_string_equal(buf_str(&after), buf_str(&before[i]));
		buf_free(&before[i]);
	}
	buf_free(&after);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	index_close(ix);
}

/* Statements that find a filter's matches again, counted. */
static int
count_filter_fills(unsigned type, void *ctx, void *p, void *x)
{
	(void)type;
	(void)x;
	if (strstr(sqlite3_sql(p), "INSERT INTO temp.filter_hits") != NULL)
		(*(int *)ctx)++;
	return 0;
}

/*
 * The reader's merging, a round at a time: never waiting for a busy
 * index, and writing nothing once there is nothing to merge.
 */
static void
test_merge_some(void **state)
{
	struct index	*ix = open_ok();
	struct error	 err;
	struct timespec	 t0, t1;
	struct index_list_query q = { .match = "harbour" };
	sqlite3		*other;
	int64_t		 n;
	int		 rounds = 0, v, fills = 0;

	(void)state;
	store_harbours(ix, 60);
	assert_int_equal(sqlite3_open(dbpath, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL), SQLITE_OK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(index_merge_some(ix, 1, &err), -1);
	clock_gettime(CLOCK_MONOTONIC, &t1);	/* not the 10 s of a writer */
	assert_true((t1.tv_sec - t0.tv_sec) * 1000 +
	    (t1.tv_nsec - t0.tv_nsec) / 1000000 < 500);
	assert_int_equal(db_int(ix->db, "PRAGMA busy_timeout"), 10000);
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	while (index_merge_some(ix, 1, &err) == 1)
		rounds++;
	assert_true(rounds >= 1);
	assert_false(fts_can_merge(ix, "articles_fts"));
	v = db_int(other, "PRAGMA data_version");
	assert_int_equal(index_merge_some(ix, 1, &err), 0);
	assert_int_equal(db_int(other, "PRAGMA data_version"), v);
	store_body(ix, "Harbour story 70, late.");	/* FTS5 waits for four */
	store_body(ix, "Harbour story 71, later.");
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	sqlite3_trace_v2(ix->db, SQLITE_TRACE_STMT, count_filter_fills, &fills);
	assert_int_equal(index_merge_some(ix, 1000, &err), 1);
	assert_int_equal(index_merge_some(ix, 1000, &err), 0);
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(fills, 0);		/* the matches found stand */
	sqlite3_trace_v2(ix->db, 0, NULL, NULL);
	sqlite3_close(other);
	index_close(ix);
}

/* n articles of sixty words no other has: thirty rounds of a page. */
static void
store_words(struct index *ix, int n)
{
	struct buf	b = BUF_INIT;
	int		i, k;

	for (i = 0; i < n; i++) {
		buf_truncate(&b, 0);
		for (k = 0; k < 60; k++)
			buf_printf(&b, "w%dx%d ", i * 7 + k, k);
		store_body(ix, buf_str(&b));
	}
	buf_free(&b);
}

/* Wait up to ten seconds for the merger to reach state want. */
static void
merger_reaches(struct index_merger *m, enum index_merger_state want)
{
	struct timespec	tick = { 0, 10 * 1000000L };
	int		i;

	for (i = 0; i < 1000 && index_merger_state(m) != want; i++)
		nanosleep(&tick, NULL);
	assert_int_equal(index_merger_state(m), want);
}

/*
 * Merging on a thread: told to go, it merges until nothing is left;
 * told to pause, it stops after its round, work left; an index another
 * connection holds blocks it; ended while it rests between rounds, it
 * stops at once.
 */
static void
test_merger(void **state)
{
	struct index		*ix = open_ok();
	struct index_merger	*m;
	struct error		 err;
	struct timespec		 tick = { 0, 10 * 1000000L }, t0, t1;
	sqlite3			*other;
	int64_t			 rounds;
	int			 i;

	(void)state;
	store_harbours(ix, 60);
	assert_int_equal(index_merger_start(&m, ix, 1000, 1, &err), 0);
	assert_int_equal(index_merger_state(m), INDEX_MERGER_WAITING);
	index_merger_go(m);
	merger_reaches(m, INDEX_MERGER_DONE);
	assert_false(fts_can_merge(ix, "articles_fts"));
	index_merger_end(m);
	store_words(ix, 400);		/* a round a minute: paused after one */
	assert_int_equal(index_merger_start(&m, ix, 1, 60000, &err), 0);
	index_merger_go(m);
	index_merger_pause(m);
	merger_reaches(m, INDEX_MERGER_WAITING);
	assert_true(fts_can_merge(ix, "articles_fts"));
	assert_int_equal(sqlite3_open(dbpath, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL), SQLITE_OK);
	index_merger_go(m);
	merger_reaches(m, INDEX_MERGER_BLOCKED);
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(other);
	rounds = index_merger_rounds_done(m);
	index_merger_go(m);		/* a round, then a minute's rest */
	for (i = 0; i < 1000 && index_merger_rounds_done(m) == rounds; i++)
		nanosleep(&tick, NULL);
	assert_true(index_merger_rounds_done(m) > rounds);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	index_merger_end(m);		/* its rest cut short */
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_true(t1.tv_sec - t0.tv_sec < 30);
	assert_true(fts_can_merge(ix, "articles_fts"));
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	index_close(ix);
}

/* The stamp moved on by what happened since was, or stayed; the new one. */
static int64_t
stamp_moved(struct index *ix, int64_t was, bool moved)
{
	int64_t	now = index_library_stamp(ix);

	assert_true(now != -1);
	if (moved)
		assert_true(now > was);
	else
		assert_int_equal(now, was);
	return now;
}

/*
 * The articles' stamp moves when an article comes, changes, is read or
 * unread, or goes, by any connection, and when the totals are counted
 * again; not when the full-text indexes are merged, nor when a read
 * article is marked read.  A filter's matches are found again only when
 * it moves, whoever merged.
 */
static void
test_library_stamp(void **state)
{
	struct index_list_query	 q = { .match = "harbour" };
	struct index		*ix = open_ok(), *other = open_ok();
	struct article		 a;
	struct attrib_result	 r;
	struct error		 err;
	int64_t			 s = index_library_stamp(ix), id, n;
	int			 i, fills = 0;

	(void)state;
	for (i = 0; i < 6; i++) {	/* segments to merge */
		store_body(ix, i % 2 ? "A harbour." : "A quay.");
		s = stamp_moved(ix, s, true);
	}
	assert_int_equal(index_set_read(ix, 2, true, &err), 0);
	s = stamp_moved(ix, s, true);
	assert_int_equal(index_set_read(ix, 2, true, &err), 0);
	s = stamp_moved(ix, s, false);
	id = 2;
	make_article(&a, NULL, "A harbour, changed.");
	assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
	article_free(&a);
	s = stamp_moved(ix, s, true);
	make_result(&r, "“There is no sale,” Dray told the Courier.");
	id = store_denial(ix, 0);
	s = stamp_moved(ix, s, true);
	assert_int_equal(index_restore_said(ix, id, &r, NULL, 0, &err), 0);
	attrib_result_free(&r);
	s = stamp_moved(ix, s, true);
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(n, 3);
	sqlite3_trace_v2(ix->db, SQLITE_TRACE_STMT, count_filter_fills, &fills);
	assert_true(index_merge(other, NULL, NULL, &err) > 0);	/* another */
	s = stamp_moved(ix, s, false);
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(fills, 0);
	store_body(other, "Another harbour.");
	s = stamp_moved(ix, s, true);
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(fills, 1);
	assert_int_equal(n, 4);
	sqlite3_trace_v2(ix->db, 0, NULL, NULL);
	assert_int_equal(sqlite3_exec(other->db, "DELETE FROM articles WHERE"
	    " id = 1", NULL, NULL, NULL), SQLITE_OK);
	s = stamp_moved(ix, s, true);
	assert_int_equal(index_totals_renew(ix, &err), 0);
	s = stamp_moved(ix, s, true);
	assert_int_equal(index_check(ix, no_problem, NULL, &err), 0);
	index_close(other);
	index_close(ix);
}

/* The reader's news: the newest id, and how many came in a span of ids. */
static void
test_added_since(void **state)
{
	struct index	*ix = open_ok();
	struct error	 err;

	(void)state;
	assert_int_equal(index_last_id(ix), 0);
	store_harbours(ix, 5);
	assert_int_equal(index_last_id(ix), 5);
	assert_int_equal(index_added_since(ix, 0, 5, &err), 5);
	assert_int_equal(index_added_since(ix, 2, 4, &err), 2);
	assert_int_equal(index_added_since(ix, 5, 5, &err), 0);
	assert_int_equal(index_added_since(ix, 3, 99, &err), 2);
	index_close(ix);
}

/* The ids of the list, as index_list() gives them and as SQL sorts them. */
static void
same_list(struct index *ix, struct index_list_query *q)
{
	struct buf	 got = BUF_INIT, want = BUF_INIT;
	struct error	 err;
	sqlite3_stmt	*st;
	char		 sql[256];
	const char	*dir = q->ascending ? "ASC" : "DESC";

	assert_int_equal(index_list(ix, q, keep_ids, &got, &err), 0);
	snprintf(sql, sizeof sql, "SELECT id FROM articles WHERE id IN"
	    " temp.filter_hits%s ORDER BY date %s, id %s LIMIT %lld OFFSET %lld",
	    q->unread_only ? " AND read = 0" : "", dir, dir,
	    (long long)q->limit, (long long)q->offset);
	assert_int_equal(sqlite3_prepare_v2(ix->db, sql, -1, &st, NULL),
	    SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&want, " %lld", (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	assert_true(want.len > 0);
	assert_string_equal(buf_str(&got), buf_str(&want));
	buf_free(&got);
	buf_free(&want);
}

/*
 * A filtered list in date order, put in order by the index of dates and
 * read marks: the same rows as sorting the articles, in both directions,
 * unread only, in any window; dates the same or missing among them.
 */
static void
test_filter_by_date(void **state)
{
	static const char *const dates[] = { "2024-03-01", NULL, "2023-12-31",
	    "2024-03-01", "2025-01-09T10:00:00Z", NULL, "2019-07-04" };
	struct index_list_query	 q = { .sort = INDEX_SORT_DATE,
	    .match = "harbour" };
	struct index		*ix = open_ok();
	struct article		 a;
	struct error		 err;
	int64_t			 id, n;
	int			 i;

	(void)state;
	for (i = 1; i <= 40; i++) {
		make_article(&a, NULL, i % 3 ? "The harbour." : "The quay.");
		if (dates[i % 7] != NULL)
			a.date = xstrdup(dates[i % 7]);
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
		if (i % 4 == 0)
			assert_int_equal(index_set_read(ix, id, true, &err), 0);
	}
	assert_int_equal(index_count(ix, &q, &n, &err), 0);
	assert_int_equal(n, 27);
	for (i = 0; i < 24; i++) {
		index_set_list_walk(ix, i / 8 - 1);	/* either, or each way */
		q.ascending = i & 1;
		q.unread_only = (i & 2) != 0;
		q.offset = i & 4 ? 7 : 0;
		q.limit = i & 4 ? 5 : 50;
		same_list(ix, &q);
	}
	index_close(ix);
}

/* The indexes the statements run name (INDEXED BY), in turn. */
static int
keep_index_names(unsigned type, void *ctx, void *p, void *x)
{
	static const char *const names[] = { "articles_date",
	    "articles_unread", "articles_list" };
	char	*sql = sqlite3_expanded_sql(p);
	size_t	 i;

	(void)type;
	(void)x;
	for (i = 0; sql != NULL && i < 3; i++)
		if (strstr(sql, names[i]) != NULL)
			buf_printf(ctx, " %s", names[i]);
	sqlite3_free(sql);
	return 0;
}

/* The list in date order, as index_list() has it; the indexes it named. */
static void
list_named(struct index *ix, struct index_list_query *q, struct buf *names,
    const char *want)
{
	buf_truncate(names, 0);
	same_list(ix, q);
	assert_string_equal(buf_str(names), want);
}

/*
 * The dates of a filtered list are walked when the articles found are
 * many among all, and looked up when they are few, or when the walk finds
 * no full window in as many entries as the lookups would cost.
 */
static void
test_filter_walk_chosen(void **state)
{
	struct index_list_query	 q = { .sort = INDEX_SORT_DATE, .limit = 10 };
	struct index		*ix = open_ok();
	struct article		 a;
	struct error		 err;
	struct buf		 names = BUF_INIT;
	int64_t			 id;
	int			 i;

	(void)state;
	assert_int_equal(index_begin(ix, &err), 0);
	for (i = 0; i < 2000; i++) {	/* the last hundred, dated first */
		make_article(&a, NULL, i < 1900 ? "The quay." : "The harbour.");
		a.date = xstrdup(i < 1900 ? "2024-05-01" : "2001-01-01");
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
	}
	assert_int_equal(index_commit(ix, &err), 0);
	sqlite3_trace_v2(ix->db, SQLITE_TRACE_STMT, keep_index_names, &names);
	q.match = "quay";
	list_named(ix, &q, &names, " articles_date");
	q.unread_only = true;
	list_named(ix, &q, &names, " articles_unread");
	q.match = "harbour";		/* not in the 1,600 newest dates */
	list_named(ix, &q, &names, " articles_unread articles_list");
	q.unread_only = false;
	list_named(ix, &q, &names, " articles_date articles_list");
	q.ascending = true;		/* the oldest first: found at once */
	list_named(ix, &q, &names, " articles_date");
	store_body(ix, "A lighthouse.");
	q.match = "lighthouse";
	list_named(ix, &q, &names, " articles_list");
	sqlite3_trace_v2(ix->db, 0, NULL, NULL);
	buf_free(&names);
	index_close(ix);
}

/*
 * A list by id walks articles_list, not the table, whose rows an offset
 * would read whole; the window is the same.
 */
static void
test_list_by_id(void **state)
{
	struct index_list_query	 q = { .sort = INDEX_SORT_ID, .offset = 5,
	    .limit = 3 };
	struct index		*ix = open_ok();
	struct error		 err;
	struct buf		 names = BUF_INIT, got = BUF_INIT;
	int			 i;

	(void)state;
	for (i = 0; i < 20; i++)
		store_body(ix, i % 2 ? "Odd." : "Even.");	/* ids 1 to 20 */
	assert_int_equal(index_set_read(ix, 19, true, &err), 0);
	sqlite3_trace_v2(ix->db, SQLITE_TRACE_STMT, keep_index_names, &names);
	assert_int_equal(index_list(ix, &q, keep_ids, &got, &err), 0);
	assert_string_equal(buf_str(&got), " 15 14 13");
	assert_string_equal(buf_str(&names), " articles_list");
	q.unread_only = true;
	q.offset = 1;
	buf_truncate(&got, 0);
	assert_int_equal(index_list(ix, &q, keep_ids, &got, &err), 0);
	assert_string_equal(buf_str(&got), " 18 17 16");
	q.ascending = true;
	buf_truncate(&got, 0);
	assert_int_equal(index_list(ix, &q, keep_ids, &got, &err), 0);
	assert_string_equal(buf_str(&got), " 2 3 4");
	sqlite3_trace_v2(ix->db, 0, NULL, NULL);
	buf_free(&names);
	buf_free(&got);
	index_close(ix);
}

static void
test_windowed_list(void **state)
{
	struct index	*ix = open_ok();
	struct article	 a;
	struct error	 err;
	char		 body[64];
	int64_t		 id, total;
	int		 i, n = 0;
	struct index_list_query q = { .sort = INDEX_SORT_ID, .offset = 5,
	    .limit = 3 };

	for (i = 0; i < 20; i++) {
		snprintf(body, sizeof body, "Article number %d.", i);
		make_article(&a, NULL, body);
		id = 0;
		assert_int_equal(index_store(ix, &a, NULL, NULL, 0, &id, &err), 0);
		article_free(&a);
	}
	assert_int_equal(index_list(ix, &q, count_row, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(index_count(ix, &q, &total, &err), 0);
	assert_int_equal(total, 20);
	index_close(ix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_create_private, setup),
		cmocka_unit_test_setup(test_refuses_newer_schema, setup),
		cmocka_unit_test_setup(test_refuses_foreign_db, setup),
		cmocka_unit_test_setup(test_open_existing, setup),
		cmocka_unit_test_setup(test_lookup_statuses, setup),
		cmocka_unit_test_setup(test_rollback_leaves_nothing, setup),
		cmocka_unit_test_setup(test_quotes_roundtrip, setup),
		cmocka_unit_test_setup(test_quotes_newest_first, setup),
		cmocka_unit_test_setup(test_search, setup),
		cmocka_unit_test_setup(test_migrate_said_names, setup),
		cmocka_unit_test(test_query_widen),
		cmocka_unit_test_setup(test_windowed_list, setup),
		cmocka_unit_test_setup(test_filter_by_date, setup),
		cmocka_unit_test_setup(test_filter_walk_chosen, setup),
		cmocka_unit_test_setup(test_list_by_id, setup),
		cmocka_unit_test_setup(test_search_quote_hits, setup),
		cmocka_unit_test_setup(test_rank_reckoned, setup),
		cmocka_unit_test_setup(test_totals, setup),
		cmocka_unit_test_setup(test_stats_totals, setup),
		cmocka_unit_test_setup(test_merge, setup),
		cmocka_unit_test_setup(test_merge_some, setup),
		cmocka_unit_test_setup(test_library_stamp, setup),
		cmocka_unit_test_setup(test_merger, setup),
		cmocka_unit_test_setup(test_added_since, setup),
		cmocka_unit_test_setup(test_search_windows, setup),
		cmocka_unit_test_setup(test_search_windows_weighed, setup),
		cmocka_unit_test_setup(test_filter_cap, setup),
		cmocka_unit_test_setup(test_rank, setup),
		cmocka_unit_test_setup(test_words_listed, setup),
		cmocka_unit_test_setup(test_split_as_fts5, setup),
	};
	int	rc;

	rc = cmocka_run_group_tests_name("index", tests, NULL, NULL);
	if (rc == 0) {
		char	cmd[300];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			return 1;
	}
	return rc;
}

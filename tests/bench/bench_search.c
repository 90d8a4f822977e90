/*
 * Latency of the queries the reader and the command line run, on an
 * index of any size: the first window of the library, a filter keystroke,
 * the library's far end and an order made on first use, quoth stats,
 * full-text search (one term, two terms, a phrase, a prefix), one
 * speaker's quotes across the index, and counterparts of an article's
 * claims across the index.  Query words are drawn from the index's own
 * vocabulary at several frequencies, with a fixed seed: shares of the
 * articles, whose answers grow with the index, and then numbers of
 * articles, whose answers do not (they run last, on a warm cache).
 *
 *   bench_search INDEX.db     prints rows: what, p50 ms, p99 ms, queries
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "index.h"
#include "xmalloc.h"

#define BENCH_QUERIES	60

struct bench_words {
	char	*v[BENCH_QUERIES * 2];
	int	 n;
};

static double
bench_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
bench_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void
bench_report(const char *what, double *t, int n)
{
	if (n == 0)
		return;
	qsort(t, (size_t)n, sizeof *t, bench_cmp);
	printf("%s\t%.2f\t%.2f\t%d\n", what, t[n / 2], t[(n * 99) / 100], n);
}

/*
 * Words from the article index's vocabulary found in lo to hi - 1
 * articles.
 */
static void
bench_vocab_in(sqlite3 *db, int64_t lo, int64_t hi, struct bench_words *w)
{
	sqlite3_stmt	*st;

	w->n = 0;
	sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING "
	    "fts5vocab(main, articles_fts, row)", NULL, NULL, NULL);
	if (sqlite3_prepare_v2(db, "SELECT term FROM temp.vocab WHERE doc >= ?"
	    " AND doc < ? AND length(term) > 3 AND term GLOB '[a-z]*'"
	    " ORDER BY (rowid * 2654435761) % 1000003 LIMIT ?", -1, &st,
	    NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(st, 1, lo);
	sqlite3_bind_int64(st, 2, hi);
	sqlite3_bind_int(st, 3, BENCH_QUERIES * 2);
	while (sqlite3_step(st) == SQLITE_ROW && w->n < BENCH_QUERIES * 2)
		w->v[w->n++] = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/*
 * Words whose share of the articles lies in [lo, hi): common, middling
 * or rare.  The same share is ten times the articles at ten times the
 * size, and so are the answers; the words of bench_vocab_in are in as
 * many articles at every size, and their answers are as large.
 */
static void
bench_vocab(sqlite3 *db, double lo, double hi, int64_t articles,
    struct bench_words *w)
{
	bench_vocab_in(db, (int64_t)(lo * (double)articles) + 1,
	    (int64_t)(hi * (double)articles) + 2, w);
}

static void
bench_words_free(struct bench_words *w)
{
	int	i;

	for (i = 0; i < w->n; i++)
		free(w->v[i]);
	w->n = 0;
}

static int
bench_article(void *ctx, const struct article_row *r)
{
	(*(int *)ctx)++;
	return 0;
}

static int
bench_quote(void *ctx, const struct quote_row *q)
{
	(*(int *)ctx)++;
	return 0;
}

static int
bench_pair(void *ctx, const struct pair_row *p)
{
	(*(int *)ctx)++;
	return 0;
}

enum bench_kind { BENCH_ONE, BENCH_TWO, BENCH_PHRASE, BENCH_PREFIX };

static void
bench_query(enum bench_kind k, const char *a, const char *b, char *q,
    size_t cap)
{
	if (k == BENCH_TWO)
		snprintf(q, cap, "%s %s", a, b);
	else if (k == BENCH_PHRASE)
		snprintf(q, cap, "\"%s %s\"", a, b);
	else if (k == BENCH_PREFIX)
		snprintf(q, cap, "%.4s*", a);
	else
		snprintf(q, cap, "%s", a);
}

/* Time search over queries of one kind built from the words. */
static void
bench_searches(struct index *ix, const char *what, const struct bench_words *w,
    enum bench_kind kind)
{
	double		t[BENCH_QUERIES];
	char		q[256];
	struct error	err;
	int		i, n = 0, rows, stride;

	stride = kind == BENCH_TWO || kind == BENCH_PHRASE ? 2 : 1;
	for (i = 0; i + stride <= w->n && n < BENCH_QUERIES; i += stride) {
		bench_query(kind, w->v[i], stride > 1 ? w->v[i + 1] : "", q,
		    sizeof q);
		rows = 0;
		t[n] = bench_ms();
		index_search(ix, q, 20, bench_article, bench_quote, &rows, &err);
		t[n] = bench_ms() - t[n];
		n++;
	}
	bench_report(what, t, n);
}

/* Ten lists of 50 rows, from offset on, in order sort; their times. */
static void
bench_window(struct index *ix, const char *what, enum index_sort sort,
    int64_t offset)
{
	struct index_list_query	q;
	double			t[10];
	struct error		err;
	int			i, rows;

	memset(&q, 0, sizeof q);
	q.sort = sort;
	q.limit = 50;
	q.offset = offset;
	for (i = 0; i < 10; i++) {
		t[i] = bench_ms();
		index_list(ix, &q, bench_article, &rows, &err);
		t[i] = bench_ms() - t[i];
	}
	bench_report(what, t, 10);
}

/*
 * The library at its far end, and in an order whose index is made on
 * first use (made before the clock starts; the bench's copy keeps it);
 * what quoth stats reads.
 */
static void
bench_browse(struct index *ix, int64_t articles)
{
	struct index_stats	s;
	struct error		err;
	double			t[10];
	int			i;

	bench_window(ix, "library last window by date", INDEX_SORT_DATE,
	    articles - 50);
	bench_window(ix, "library last window by id", INDEX_SORT_ID,
	    articles - 50);
	index_sort_prepare(ix, INDEX_SORT_QUOTES, &err);
	bench_window(ix, "library first window by quotes", INDEX_SORT_QUOTES, 0);
	for (i = 0; i < 10; i++) {
		t[i] = bench_ms();
		index_stats(ix, &s, &err);
		t[i] = bench_ms() - t[i];
	}
	bench_report("quoth stats", t, 10);
}

/* The library's first window, and a filter keystroke: a prefix match. */
static void
bench_library(struct index *ix, const struct bench_words *w)
{
	struct index_list_query	q;
	double			t[BENCH_QUERIES];
	char			prefix[64], *match;
	struct error		err;
	int64_t			count;
	int			i, n = 0, rows;

	memset(&q, 0, sizeof q);
	q.limit = 50;
	for (i = 0; i < 10; i++) {
		t[n] = bench_ms();
		index_list(ix, &q, bench_article, &rows, &err);
		t[n] = bench_ms() - t[n];
		n++;
	}
	bench_report("library first window (50 rows)", t, n);
	for (n = 0, i = 0; i < w->n && n < BENCH_QUERIES; i++, n++) {
		snprintf(prefix, sizeof prefix, "%.4s", w->v[i]);
		t[n] = bench_ms();	/* as the reader does: words as typed */
		index_filter_query(ix, prefix, &match, &err);
		q.match = match;
		index_count(ix, &q, &count, &err);
		index_list(ix, &q, bench_article, &rows, &err);
		t[n] = bench_ms() - t[n];
		free(match);
	}
	bench_report("library filter keystroke", t, n);
}

struct bench_speaker {
	char	*name;
	int	 n;
};

struct bench_tally {
	struct bench_speaker	v[512];
	int			n;
};

static int
bench_tally_quote(void *ctx, const struct quote_row *q)
{
	struct bench_tally	*t = ctx;
	int			 i;

	if (q->speaker == NULL)
		return 0;
	for (i = 0; i < t->n; i++)
		if (strcmp(t->v[i].name, q->speaker) == 0) {
			t->v[i].n++;
			return 0;
		}
	if (t->n < (int)(sizeof t->v / sizeof t->v[0])) {
		t->v[t->n].name = xstrdup(q->speaker);
		t->v[t->n++].n = 1;
	}
	return 0;
}

static int
bench_by_count(const void *x, const void *y)
{
	const struct bench_speaker	*a = x, *b = y;

	return b->n - a->n;
}

/* The most quoted speakers of the first quotes, asked for across the index. */
static void
bench_speakers(struct index *ix)
{
	struct index_quote_query q;
	struct bench_tally	 t;
	double			 ms[BENCH_QUERIES];
	struct error		 err;
	int			 i, n, rows;

	memset(&q, 0, sizeof q);
	memset(&t, 0, sizeof t);
	q.stance = -1;
	q.limit = 20000;
	index_quotes(ix, &q, bench_tally_quote, &t, &err);
	qsort(t.v, (size_t)t.n, sizeof t.v[0], bench_by_count);
	n = t.n < BENCH_QUERIES ? t.n : BENCH_QUERIES;
	q.limit = 200;
	for (i = 0; i < n; i++) {
		q.speaker = t.v[i].name;
		rows = 0;
		ms[i] = bench_ms();
		index_quotes(ix, &q, bench_quote, &rows, &err);
		ms[i] = bench_ms() - ms[i];
	}
	for (i = 0; i < t.n; i++)
		free(t.v[i].name);
	bench_report("quotes --speaker (top speakers)", ms, n);
}

static void
bench_compare(struct index *ix, sqlite3 *db)
{
	sqlite3_stmt	*st;
	double		 t[20];
	struct error	 err;
	int		 n = 0, rows;

	if (sqlite3_prepare_v2(db, "SELECT id FROM articles WHERE quotes"
	    " BETWEEN 5 AND 15 ORDER BY (id * 2654435761) % 1000003 LIMIT 20",
	    -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW && n < 20) {
		rows = 0;
		t[n] = bench_ms();
		index_counterparts(ix, sqlite3_column_int64(st, 0), 3, bench_pair,
		    &rows, &err);
		t[n] = bench_ms() - t[n];
		n++;
	}
	sqlite3_finalize(st);
	bench_report("compare across the index (article)", t, n);
}

/*
 * The same kinds of search with words in as many articles at every size:
 * the cost of the index's size apart from that of a larger answer.
 */
static void
bench_answers(struct index *ix, sqlite3 *db)
{
	struct bench_words	w;

	bench_vocab_in(db, 30, 100, &w);
	bench_searches(ix, "search: one term in 30-99 articles", &w, BENCH_ONE);
	bench_words_free(&w);
	bench_vocab_in(db, 300, 3000, &w);
	bench_searches(ix, "search: two terms, each in 300-2999 articles", &w,
	    BENCH_TWO);
	bench_words_free(&w);
	bench_vocab_in(db, 5000, 50000, &w);
	bench_searches(ix, "search: phrase, words in 5000-49999 articles", &w,
	    BENCH_PHRASE);
	bench_words_free(&w);
}

int
main(int argc, char **argv)
{
	struct index		*ix;
	struct index_stats	 s;
	struct bench_words	 common, middling, rare;
	struct error		 err;
	sqlite3			*db;

	if (argc != 2) {
		fprintf(stderr, "usage: bench_search INDEX.db\n");
		return 2;
	}
	if (index_open(&ix, argv[1], 0, &err) == -1 ||
	    index_stats(ix, &s, &err) == -1 ||
	    sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "bench_search: %s\n", err.msg);
		return 1;
	}
	bench_vocab(db, 0.05, 0.5, s.articles, &common);
	bench_vocab(db, 0.001, 0.01, s.articles, &middling);
	bench_vocab(db, 0.00001, 0.0005, s.articles, &rare);
	bench_library(ix, &middling);
	bench_browse(ix, s.articles);
	bench_searches(ix, "search: one common term", &common, BENCH_ONE);
	bench_searches(ix, "search: one rare term", &rare, BENCH_ONE);
	bench_searches(ix, "search: two terms", &middling, BENCH_TWO);
	bench_searches(ix, "search: phrase", &common, BENCH_PHRASE);
	bench_searches(ix, "search: prefix", &middling, BENCH_PREFIX);
	bench_speakers(ix);
	bench_compare(ix, db);
	bench_answers(ix, db);
	sqlite3_close(db);
	index_close(ix);
	return 0;
}

/*
 * bench_reader: how long the reader takes to its first screen, and how
 * much memory it holds, on indexes of 1,000, 10,000 and 100,000
 * articles.  tests/bench/run (make bench) runs it as
 *
 *   bench_reader [-r RUNS] WORKDIR CORPUS.jsonl
 *
 * and prints its rows: what, figure, baseline, ratio, target.  The
 * baseline of each figure is the same figure at 1,000 articles: the
 * first screen must not cost more as the index grows.
 *
 * The indexes are built once in WORKDIR from the JSON-lines corpus (id,
 * title, outlet, url, date, text), read again from the start as often as
 * needed to reach the size, each article through the attribution engine
 * as an import would.  Each run starts quoth headless (src/quoth beside
 * tests/bench) with a script that saves the first screen and quits; the
 * time is the whole run's, start to exit, so an upper bound.
 */
#include "config.h"

#include <errno.h>
#include <json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "attrib.h"
#include "index.h"
#include "xmalloc.h"

#define BENCH_BATCH	2000	/* articles a transaction */
#define BENCH_MAX_RUNS	99

static const int64_t bench_sizes[] = { 1000, 10000, 100000 };

static const char *
jstr(struct json_object *o, const char *key)
{
	struct json_object	*v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static void
set_field(char **field, const char *s)
{
	if (s != NULL)
		article_set(field, s, strlen(s));
}

/* The text's paragraphs are separated by blank lines. */
static void
add_paragraphs(struct article *a, const char *text)
{
	const char	*p = text, *end;

	while (*p != '\0') {
		end = strstr(p, "\n\n");
		if (end == NULL)
			end = p + strlen(p);
		if (end > p)
			article_add_paragraph(a, p, (size_t)(end - p));
		p = *end != '\0' ? end + 2 : end;
	}
}

static int
store_line(struct index *ix, const char *line, struct error *err)
{
	struct json_object	*o = json_tokener_parse(line);
	struct attrib_result	 r;
	struct article		 a;
	const char		*text = o != NULL ? jstr(o, "text") : NULL;
	int64_t			 id = 0;
	int			 rc = 0;

	if (text == NULL) {
		json_object_put(o);
		return 1;		/* not an article: skipped */
	}
	article_init(&a);
	set_field(&a.title, jstr(o, "title"));
	set_field(&a.outlet, jstr(o, "outlet"));
	set_field(&a.date, jstr(o, "date"));
	set_field(&a.url, jstr(o, "url"));
	set_field(&a.file, "bench.jsonl");
	add_paragraphs(&a, text);
	if (a.body.len > 0) {
		attrib_article(buf_str(&a.body), a.body.len, &r);
		rc = index_store(ix, &a, &r, NULL, 0, &id, err);
		attrib_result_free(&r);
	} else
		rc = 1;		/* no text: skipped */
	article_free(&a);
	json_object_put(o);
	return rc;
}

/* Store n articles, reading the corpus again from the top as needed. */
static int
build(const char *db, const char *corpus, int64_t n, struct error *err)
{
	struct index	*ix;
	char		*line = NULL;
	size_t		 cap = 0;
	int64_t		 stored = 0, before;
	FILE		*fp;
	int		 rc = 0;

	if (index_open(&ix, db, 0, err) == -1 || index_begin(ix, err) == -1)
		return -1;
	while (rc == 0 && stored < n && (fp = fopen(corpus, "r")) != NULL) {
		before = stored;
		while (rc == 0 && stored < n && getline(&line, &cap, fp) != -1) {
			if ((rc = store_line(ix, line, err)) == 1) {
				rc = 0;
				continue;
			}
			if (++stored % BENCH_BATCH == 0 && (index_commit(ix, err) ==
			    -1 || index_begin(ix, err) == -1))
				rc = -1;
		}
		fclose(fp);
		if (stored == before)
			rc = error_set(err, "%s: no articles in it", corpus);
	}
	if (rc == 0)
		rc = index_commit(ix, err);
	index_close(ix);
	free(line);
	return rc;
}

/* Built under another name first, so that a half-built index never counts. */
static int
prepare(const char *db, const char *corpus, int64_t n)
{
	struct error	 err;
	char		*tmp = xasprintf("%s.part", db);
	int		 rc;

	fprintf(stderr, "building %s ...\n", db);
	unlink(tmp);
	if ((rc = build(tmp, corpus, n, &err)) == -1)
		fprintf(stderr, "bench_reader: %s\n", err.msg);
	else if ((rc = rename(tmp, db)) == -1)
		fprintf(stderr, "bench_reader: %s: %s\n", db, strerror(errno));
	free(tmp);
	return rc;
}

static double
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* One run: quoth saves its first screen and quits.  ms and KiB of RSS. */
static int
run(const char *quoth, const char *db, const char *script, double *ms,
    long *rss)
{
	struct rusage	ru;
	double		start = now_ms();
	pid_t		pid;
	int		status;

	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		setenv("QUOTH_NO_DISPLAY", "1", 1);
		setenv("QUOTH_SCRIPT", script, 1);
		execl(quoth, "quoth", "--db", db, (char *)NULL);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) == -1 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		return -1;
	*ms = now_ms() - start;
	*rss = ru.ru_maxrss;
	return 0;
}

static int
cmp_double(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

struct figures {
	double	ms;		/* median time to the first screen */
	double	mb;		/* largest resident set */
};

static int
measure(const char *quoth, const char *db, const char *script, int runs,
    struct figures *f)
{
	double	ms[BENCH_MAX_RUNS];
	long	rss, max_rss = 0;
	int	i;

	for (i = 0; i < runs; i++) {
		if (run(quoth, db, script, &ms[i], &rss) == -1) {
			fprintf(stderr, "bench_reader: %s --db %s failed\n", quoth,
			    db);
			return -1;
		}
		if (rss > max_rss)
			max_rss = rss;
	}
	qsort(ms, (size_t)runs, sizeof ms[0], cmp_double);
	f->ms = ms[runs / 2];
	f->mb = (double)max_rss / 1024;
	return 0;
}

/* Two rows a size: time and memory, each against the smallest index. */
static void
report(int64_t n, const struct figures *f, const struct figures *base)
{
	printf("reader first screen (ms), %lld articles\t%.1f\t%.1f\t%.2f\t"
	    "< 50 ms, flat\n", (long long)n, f->ms, base->ms, f->ms / base->ms);
	printf("reader memory (MB RSS), %lld articles\t%.1f\t%.1f\t%.2f\t"
	    "< 30 MB, flat\n", (long long)n, f->mb, base->mb, f->mb / base->mb);
}

static int
write_script(const char *path, const char *dir)
{
	FILE	*fp = fopen(path, "w");

	if (fp == NULL)
		return -1;
	fprintf(fp, ":save-display %s/reader-first-screen.txt\n", dir);
	return fclose(fp);
}

static void
usage(void)
{
	fprintf(stderr, "usage: bench_reader [-r RUNS] WORKDIR CORPUS.jsonl\n");
	exit(2);
}

/* quoth, next to this program's folder: tests/bench/../../src/quoth. */
static char *
quoth_path(const char *argv0)
{
	const char	*slash = strrchr(argv0, '/');

	if (slash == NULL)
		return xstrdup("../../src/quoth");
	return xasprintf("%.*s/../../src/quoth", (int)(slash - argv0), argv0);
}

int
main(int argc, char **argv)
{
	struct figures	 base, f;
	struct stat	 sb;
	char		*db, *script, *quoth = quoth_path(argv[0]);
	const char	*dir, *corpus;
	size_t		 i;
	int		 ch, runs = 9;

	while ((ch = getopt(argc, argv, "r:")) != -1) {
		if (ch != 'r' || (runs = atoi(optarg)) < 1 || runs > BENCH_MAX_RUNS)
			usage();
	}
	if (argc - optind != 2)
		usage();
	dir = argv[optind];
	corpus = argv[optind + 1];
	if (*corpus == '\0') {
		printf("reader: no AllSides corpus, skipped\t\t\t\t\n");
		return 0;
	}
	script = xasprintf("%s/reader-script", dir);
	if (write_script(script, dir) == -1)
		return 1;
	for (i = 0; i < sizeof bench_sizes / sizeof bench_sizes[0]; i++) {
		db = xasprintf("%s/reader-%lld.db", dir, (long long)bench_sizes[i]);
		if ((stat(db, &sb) == -1 && prepare(db, corpus,
		    bench_sizes[i]) == -1) ||
		    measure(quoth, db, script, runs, i == 0 ? &base : &f) == -1)
			return 1;
		report(bench_sizes[i], i == 0 ? &base : &f, &base);
		free(db);
	}
	free(script);
	free(quoth);
	return 0;
}

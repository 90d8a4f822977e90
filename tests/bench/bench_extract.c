/*
 * bench_extract: how fast the attribution engine reads article text, on
 * its own (no import, no index).
 *
 *	bench_extract [WORKDIR] [FILE...]
 *
 * A FILE ending in .jsonl holds one JSON object a line with the article in
 * "text" (the AllSides set); any other FILE is a plain-text article (title
 * line, blank line, body).  A first argument that is a directory is the
 * work folder tests/bench/run passes, and is not read.  Everything is read
 * into memory first; then attrib_article runs over all of it, as many
 * times as it takes to measure, beside a baseline that only scans the
 * same bytes for quotation marks.  The output is one tab-separated row as
 * tests/bench/run expects: what, figure, baseline, ratio, target.
 */
#include "config.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "attrib.h"
#include "buf.h"
#include "xmalloc.h"

/* The engine must not be what limits an import. */
#define BENCH_TARGET_MBS	50.0
/* Measure for at least this long, in seconds. */
#define BENCH_MIN_SECONDS	1.0

struct corpus {
	char	**text;
	size_t	 *len;
	size_t	  n;
	size_t	  cap;
	size_t	  bytes;
};

static void
corpus_add(struct corpus *c, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 256;
		c->text = xreallocarray(c->text, c->cap, sizeof *c->text);
		c->len = xreallocarray(c->len, c->cap, sizeof *c->len);
	}
	c->text[c->n] = xstrndup(s, n);
	c->len[c->n++] = n;
	c->bytes += n;
}

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The "text" of each JSON line. */
static void
read_jsonl(struct corpus *c, FILE *f)
{
	struct json_object	*o, *text;
	char			*line = NULL;
	size_t			 cap = 0;
	ssize_t			 n;

	while ((n = getline(&line, &cap, f)) > 0) {
		if ((o = json_tokener_parse(line)) == NULL)
			continue;
		if (json_object_object_get_ex(o, "text", &text))
			corpus_add(c, json_object_get_string(text),
			    (size_t)json_object_get_string_len(text));
		json_object_put(o);
	}
	free(line);
}

/* A plain-text article: the body after the title line. */
static void
read_text(struct corpus *c, FILE *f)
{
	struct buf	b = BUF_INIT;
	char		chunk[65536];
	const char	*body;
	size_t		n;

	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	body = memchr(buf_str(&b), '\n', b.len);
	body = body != NULL ? body + 1 : buf_str(&b);
	while (*body == '\n')
		body++;
	corpus_add(c, body, b.len - (size_t)(body - buf_str(&b)));
	buf_free(&b);
}

static int
read_path(struct corpus *c, const char *path)
{
	size_t	 n = strlen(path);
	FILE	*f;

	if ((f = fopen(path, "r")) == NULL) {
		perror(path);
		return -1;
	}
	if (n > 6 && strcmp(path + n - 6, ".jsonl") == 0)
		read_jsonl(c, f);
	else
		read_text(c, f);
	fclose(f);
	return 0;
}

/* The baseline: one pass over the bytes, counting quotation marks. */
static size_t
scan_marks(const char *s, size_t n)
{
	size_t	i, marks = 0;

	for (i = 0; i < n; i++)
		marks += s[i] == '"' || (s[i] == '\xe2' && i + 2 < n &&
		    s[i + 1] == '\x80' && (s[i + 2] == '\x9c' || s[i + 2] == '\x9d'));
	return marks;
}

/* MB/s of run over the whole corpus, repeated until long enough. */
static double
measure(const struct corpus *c, int engine, size_t *found)
{
	struct attrib_result	 r;
	double			 t0 = now(), t;
	size_t			 i, rounds = 0;

	*found = 0;
	do {
		for (i = 0; i < c->n; i++) {
			if (engine) {
				attrib_article(c->text[i], c->len[i], &r);
				*found += r.n;
				attrib_result_free(&r);
			} else
				*found += scan_marks(c->text[i], c->len[i]);
		}
		rounds++;
		t = now() - t0;
	} while (t < BENCH_MIN_SECONDS);
	*found /= rounds;
	return (double)c->bytes * (double)rounds / 1e6 / t;
}

int
main(int argc, char **argv)
{
	struct corpus	c;
	struct stat	st;
	double		mbs, base;
	size_t		found, marks;
	int		i;

	memset(&c, 0, sizeof c);
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '\0' || (i == 1 && stat(argv[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)))
			continue;
		if (read_path(&c, argv[i]) != 0)
			return 1;
	}
	if (c.bytes == 0) {
		printf("extraction (MB/s)\tskipped\t\t\tno articles given\n");
		return 0;
	}
	mbs = measure(&c, 1, &found);
	base = measure(&c, 0, &marks);
	printf("extraction (MB/s), %zu articles\t%.1f\t%.1f\t%.3f\t>= %.0f MB/s "
	    "(%zu attributions)\n", c.n, mbs, base, mbs / base,
	    BENCH_TARGET_MBS, found);
	for (i = 0; (size_t)i < c.n; i++)
		free(c.text[i]);
	free(c.text);
	free(c.len);
	return 0;
}

/* A sink for the importer tests, and fixture files. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "collect.h"
#include "xmalloc.h"

static int
collect_article(void *ctx, struct article *a, struct error *err)
{
	struct collect	*c = ctx;

	if (c->n == COLLECT_MAX)
		return error_set(err, "too many articles for the test");
	c->v[c->n++] = *a;
	article_init(a);	/* kept: the importer frees an empty one */
	return 0;
}

static void
collect_skip(void *ctx, const char *msg)
{
	struct collect	*c = ctx;

	buf_printf(&c->warnings, "%s\n", msg);
}

static struct collect	*collect_current;

/* A cmocka teardown: the articles of the last test go. */
int
collect_teardown(void **state)
{
	(void)state;
	if (collect_current != NULL)
		collect_free(collect_current);
	return 0;
}

void
collect_init(struct collect *c)
{
	collect_current = c;
	memset(c, 0, sizeof *c);
	c->sink.article = collect_article;
	c->sink.skip = collect_skip;
	c->sink.ctx = c;
}

void
collect_free(struct collect *c)
{
	size_t	i;

	for (i = 0; i < c->n; i++)
		article_free(&c->v[i]);
	buf_free(&c->warnings);
	collect_init(c);
}

/* Import s as format f (IMPORT_AUTO: detect) into c, afresh. */
int
collect_parse(struct collect *c, const char *s, size_t n, enum import_format f)
{
	collect_free(c);
	return import_parse(s, n, "test", f, &c->sink, &c->err);
}

int
collect_str(struct collect *c, const char *s, enum import_format f)
{
	return collect_parse(c, s, strlen(s), f);
}

const char *
collect_body(const struct collect *c, size_t i)
{
	return i < c->n ? buf_str(&c->v[i].body) : "";
}

/* tests/fixtures/NAME, read whole; the test fails if it is missing. */
char *
collect_fixture(const char *name, size_t *n)
{
	const char	*top = getenv("top_srcdir");
	char		*path, *data = NULL;
	FILE		*fp;
	long		 len;

	path = xasprintf("%s/tests/fixtures/%s", top != NULL ? top : ".", name);
	if ((fp = fopen(path, "rb")) != NULL && fseek(fp, 0, SEEK_END) == 0 &&
	    (len = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0) {
		data = xmalloc((size_t)len + 1);
		*n = fread(data, 1, (size_t)len, fp);
		data[*n] = '\0';
	}
	if (fp != NULL)
		fclose(fp);
	if (data == NULL)
		fprintf(stderr, "# cannot read the fixture %s\n", path);
	free(path);
	return data;
}

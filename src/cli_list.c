/* quoth list, show and stats: the articles of the index. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_private.h"
#include "utf8.h"
#include "xmalloc.h"

/* The display title: the article's, else its file name. */
static const char *
list_title(const struct article_row *r)
{
	const char	*slash;

	if (r->title != NULL && *r->title != '\0')
		return r->title;
	slash = r->file != NULL ? strrchr(r->file, '/') : NULL;
	return slash != NULL ? slash + 1 : r->file;
}

static int
list_row(void *ctx, const struct article_row *r)
{
	struct out	*o = ctx;

	out_row(o);
	out_int(o, "id", r->id);
	if (o->format != OUT_TEXT)
		out_str(o, "file", r->file);
	out_str(o, "date", r->date);
	out_str(o, "outlet", r->outlet);
	out_int(o, "quotes", r->quotes);
	out_int(o, "denials", r->denials);
	if (o->format != OUT_TEXT)
		out_bool(o, "read", r->read);
	out_str(o, "title", o->format == OUT_TEXT ? list_title(r) : r->title);
	out_end_row(o);
	return 0;
}

int
cli_list(struct cli *c, int argc, char **argv)
{
	struct index_list_query	q;
	struct out		o;
	int			rc;

	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	memset(&q, 0, sizeof q);
	q.sort = c->sort;
	q.ascending = c->ascending;
	q.unread_only = c->unread;
	q.limit = c->limit;
	if (!index_sort_ready(c->ix, q.sort) && isatty(STDERR_FILENO))
		fprintf(stderr, "quoth: ordering the index by %s, once (seconds"
		    " at a million articles)\n", index_sort_name(q.sort));
	out_init(&o, c->format, stdout);
	rc = index_list(c->ix, &q, list_row, &o, &c->err);
	out_finish(&o);
	return rc;
}

static void
show_field(struct buf *b, const char *name, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	buf_printf(b, "%-8s ", name);
	out_text_safe(b, value, strlen(value), false);
	buf_addc(b, '\n');
}

static void
show_text(const struct article_row *r)
{
	struct buf	b = BUF_INIT;

	show_field(&b, "Title:", r->title);
	show_field(&b, "Byline:", r->byline);
	show_field(&b, "Outlet:", r->outlet);
	show_field(&b, "Date:", r->date);
	show_field(&b, "URL:", r->url);
	show_field(&b, "File:", r->file);
	buf_printf(&b, "%-8s #%lld, %d quote%s, %d denial%s\n\n", "Article:",
	    (long long)r->id, r->quotes, r->quotes == 1 ? "" : "s", r->denials,
	    r->denials == 1 ? "" : "s");
	out_text_safe(&b, r->body, strlen(r->body), true);
	buf_addc(&b, '\n');
	fwrite(b.s, 1, b.len, stdout);
	buf_free(&b);
}

static int
show_row(void *ctx, const struct article_row *r)
{
	struct cli	*c = ctx;
	struct out	 o;

	if (c->format != OUT_JSON) {
		show_text(r);
		return 0;
	}
	out_init(&o, OUT_JSON, stdout);
	out_row(&o);
	out_int(&o, "id", r->id);
	out_str(&o, "file", r->file);
	out_str(&o, "title", r->title);
	out_str(&o, "byline", r->byline);
	out_str(&o, "outlet", r->outlet);
	out_str(&o, "url", r->url);
	out_str(&o, "date", r->date);
	out_int(&o, "added", r->added);
	out_bool(&o, "read", r->read);
	out_int(&o, "quotes", r->quotes);
	out_int(&o, "denials", r->denials);
	out_str(&o, "body", r->body);
	out_end_row(&o);
	out_finish(&o);
	return 0;
}

int
cli_show(struct cli *c, int argc, char **argv)
{
	int64_t	*ids;
	int	 rc;

	if (argc != 1)
		return cli_fail(c, "%s", "name one article id (see 'quoth list')");
	if (cli_ids(c, argc, argv, &ids) == -1)
		return -1;
	rc = index_article(c->ix, ids[0], show_row, c, &c->err);
	free(ids);
	return rc;
}

int
cli_stats(struct cli *c, int argc, char **argv)
{
	struct index_stats	s;
	struct out		o;

	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	if (index_stats(c->ix, &s, &c->err) == -1)
		return -1;
	out_init(&o, c->format, stdout);
	if (c->format == OUT_TEXT) {
		printf("index     %s (schema %d, %.1f MB)\n", index_path(c->ix),
		    s.schema, (double)s.bytes / (1 << 20));
		printf("articles  %lld (%lld unread)\n", (long long)s.articles,
		    (long long)s.unread);
		printf("quotes    %lld (%lld denials)\n", (long long)s.quotes,
		    (long long)s.denials);
		printf("sources   %lld\n", (long long)s.sources);
		if (s.segments >= 0)	/* each a lookup for every word searched */
			printf("search    %lld segments (quoth optimize merges them"
			    " into fewer)\n", (long long)s.segments);
		return 0;
	}
	out_row(&o);
	out_str(&o, "index", index_path(c->ix));
	out_int(&o, "schema", s.schema);
	out_int(&o, "bytes", s.bytes);
	out_int(&o, "articles", s.articles);
	out_int(&o, "unread", s.unread);
	out_int(&o, "quotes", s.quotes);
	out_int(&o, "denials", s.denials);
	out_int(&o, "sources", s.sources);
	out_int(&o, "segments", s.segments);
	out_end_row(&o);
	out_finish(&o);
	return 0;
}

static int
check_problem(void *ctx, const char *msg)
{
	struct buf	safe = BUF_INIT;

	utf8_sanitize(&safe, msg, strlen(msg), false);
	printf("problem   %s\n", buf_str(&safe));
	buf_free(&safe);
	return 0;
}

/* quoth check: is the index whole? */
int
cli_check(struct cli *c, int argc, char **argv)
{
	struct index_stats	s;
	int			found;

	if (argc > 0)
		return cli_fail(c, "unexpected argument '%s'", argv[0]);
	if ((found = index_check(c->ix, check_problem, NULL, &c->err)) < 0)
		return -1;
	if (found > 0) {
		printf("%s: %d problem%s; re-import the articles into a new index "
		    "(--db) to recover\n", index_path(c->ix), found,
		    found == 1 ? "" : "s");
		return 1;
	}
	if (index_stats(c->ix, &s, &c->err) == -1)
		return -1;
	printf("%s: ok (%lld articles, %lld quotes)\n", index_path(c->ix),
	    (long long)s.articles, (long long)s.quotes);
	return 0;
}

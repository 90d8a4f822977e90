/* quoth search, quotes and sources: what was said, and by whom. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_private.h"
#include "xmalloc.h"

/* A QUOTE object: the fields of DESIGN.md section 2, in that order. */
void
cli_quote_fields(struct out *o, const struct quote_row *q)
{
	out_int(o, "id", q->id);
	out_int(o, "article", q->article);
	out_str(o, "file", q->file);
	out_str(o, "quote", q->text);
	out_bool(o, "direct", q->direct);
	out_str(o, "speaker", q->speaker);
	out_str(o, "speaker_mention", q->mention);
	out_str(o, "role", q->role);
	out_str(o, "cue", q->cue);
	out_strv(o, "via", q->via, q->nvia);
	out_str(o, "stance", attrib_stance_name(q->stance));
	out_int(o, "start", q->start);
	out_int(o, "end", q->end);
	out_str(o, "rule", q->rule);
	out_real(o, "confidence", q->confidence);
}

/* Text: the columns a person scans; the quote last, cut to the window. */
static void
quote_text_fields(struct out *o, const struct quote_row *q)
{
	out_int(o, "article", q->article);
	out_str(o, "speaker", q->speaker != NULL ? q->speaker :
	    q->mention != NULL ? q->mention : "?");
	out_str(o, "stance", attrib_stance_name(q->stance));
	out_str(o, "quote", q->text);
}

static int
quote_row(void *ctx, const struct quote_row *q)
{
	struct out	*o = ctx;

	out_row(o);
	if (o->format == OUT_TEXT)
		quote_text_fields(o, q);
	else
		cli_quote_fields(o, q);
	out_end_row(o);
	return 0;
}

static int
quotes_check_ids(struct cli *c, const int64_t *ids, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		if (index_article(c->ix, ids[i], NULL, NULL, &c->err) == -1)
			return -1;
	return 0;
}

int
cli_quotes(struct cli *c, int argc, char **argv)
{
	struct index_quote_query	q;
	struct out			o;
	int64_t				*ids = NULL;
	int				 rc;

	if (argc == 0 && !c->all)
		return cli_fail(c, "%s", "name article ids, or --all");
	if (argc > 0 && c->all)
		return cli_fail(c, "%s", "--all and article ids exclude each other");
	if (argc > 0 && (cli_ids(c, argc, argv, &ids) == -1 ||
	    quotes_check_ids(c, ids, argc) == -1)) {
		free(ids);
		return -1;
	}
	memset(&q, 0, sizeof q);
	q.articles = ids;
	q.narticles = argc;
	q.speaker = c->speaker;
	q.stance = c->stance;
	q.limit = c->limit;
	out_init(&o, c->format, stdout);
	rc = index_quotes(c->ix, &q, quote_row, &o, &c->err);
	out_finish(&o);
	free(ids);
	return rc;
}

static int
source_row(void *ctx, const struct source_row *s)
{
	struct out	*o = ctx;

	out_row(o);
	if (o->format != OUT_TEXT) {
		out_int(o, "id", s->id);
		out_int(o, "article", s->article);
	}
	out_str(o, "name", s->name);
	out_str(o, "kind", attrib_kind_name(s->kind));
	if (o->format != OUT_TEXT)
		out_str(o, "role", s->role);
	out_int(o, "mentions", s->mentions);
	out_int(o, "quotes", s->quotes);
	out_end_row(o);
	return 0;
}

int
cli_sources(struct cli *c, int argc, char **argv)
{
	struct out	 o;
	int64_t		*ids;
	int		 i, rc = 0;

	if (argc == 0)
		return cli_fail(c, "%s", "name one or more article ids");
	if (cli_ids(c, argc, argv, &ids) == -1)
		return -1;
	out_init(&o, c->format, stdout);
	for (i = 0; i < argc && rc == 0; i++) {
		rc = index_article(c->ix, ids[i], NULL, NULL, &c->err);
		if (rc == 0)
			rc = index_sources(c->ix, ids[i], source_row, &o, &c->err);
	}
	out_finish(&o);
	free(ids);
	return rc;
}

static int
search_article(void *ctx, const struct article_row *r)
{
	struct out	*o = ctx;

	out_row(o);
	out_str(o, "kind", "article");
	out_int(o, "article", r->id);
	if (o->format != OUT_TEXT) {
		out_str(o, "file", r->file);
		out_str(o, "outlet", r->outlet);
		out_str(o, "date", r->date);
		out_real(o, "score", -r->rank);
	}
	out_str(o, "title", r->title);
	out_str(o, "snippet", r->snippet);
	out_end_row(o);
	return 0;
}

static int
search_quote(void *ctx, const struct quote_row *q)
{
	struct out	*o = ctx;

	out_row(o);
	out_str(o, "kind", "quote");
	out_int(o, "article", q->article);
	if (o->format != OUT_TEXT) {
		out_str(o, "file", q->file);
		out_int(o, "id", q->id);
		out_str(o, "speaker", q->speaker);
		out_str(o, "stance", attrib_stance_name(q->stance));
	}
	out_str(o, "title", q->title);
	out_str(o, o->format == OUT_TEXT ? "snippet" : "quote", q->text);
	out_end_row(o);
	return 0;
}

int
cli_search(struct cli *c, int argc, char **argv)
{
	struct buf	query = BUF_INIT;
	struct out	o;
	int		i, rc;

	if (argc == 0)
		return cli_fail(c, "%s", "name what to search for");
	for (i = 0; i < argc; i++)
		buf_printf(&query, "%s%s", i ? " " : "", argv[i]);
	out_init(&o, c->format, stdout);
	rc = index_search(c->ix, buf_str(&query), c->limit > 0 ? c->limit : 20,
	    c->only_quotes ? NULL : search_article,
	    c->only_articles ? NULL : search_quote, &o, &c->err);
	out_finish(&o);
	buf_free(&query);
	return rc;
}

/*
 * Quotes as a list: those of one article, or everything one person said
 * (or one outlet relayed) across the index.  Enter shows the quote in
 * its article; n and N then walk the rest of the list there.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mark.h"
#include "view.h"
#include "xmalloc.h"

#define QUOTES_MAX	5000	/* a list longer than this is cut */
#define QUOTES_STANCE_W	12
#define QUOTES_SPEAKER_W 22

struct quote_item {
	int64_t		 id;
	int64_t		 article;
	uint32_t	 start, end;
	enum stance	 stance;
	char		*speaker, *text, *title;
};

struct quotes {
	struct quote_item	*v;
	size_t			 n;
	char			*what;		/* whose quotes, or which article's */
	bool			 across;	/* from many articles */
};

static int
quotes_take(void *ctx, const struct quote_row *row)
{
	struct quotes		*qs = ctx;
	struct quote_item	*q;

	if (qs->n == QUOTES_MAX)
		return 1;
	qs->v = xreallocarray(qs->v, qs->n + 1, sizeof *qs->v);
	q = &qs->v[qs->n++];
	q->id = row->id;
	q->article = row->article;
	q->start = row->start;
	q->end = row->end;
	q->stance = row->stance < STANCE_COUNT ? row->stance : STANCE_CLAIM;
	q->speaker = xstrdup(row->speaker != NULL ? row->speaker :
	    row->mention != NULL ? row->mention : "");
	q->text = xstrdup(row->text != NULL ? row->text : "");
	q->title = xstrdup(row->title != NULL ? row->title : "");
	return 0;
}

struct quotes_named {
	struct ui	*ui;
	struct quotes	*qs;
	struct error	*err;
	int		 rc;
};

/* Each article's row for the name: the quotes it spoke or relayed there. */
static int
quotes_of_source(void *ctx, int64_t source, int64_t article)
{
	struct quotes_named	*qn = ctx;
	struct index_quote_query q = { .articles = &article, .narticles = 1,
	    .stance = -1, .source = source };

	qn->rc = index_quotes(qn->ui->ix, &q, quotes_take, qn->qs, qn->err);
	return qn->rc != 0 || qn->qs->n == QUOTES_MAX;
}

static int
quotes_fetch(struct ui *ui, const struct quotes_query *query,
    struct quotes *qs, struct error *err)
{
	struct index_quote_query q = { .articles = &query->article,
	    .narticles = 1, .stance = -1 };
	struct quotes_named	 qn = { ui, qs, err, 0 };

	if (query->article != 0)
		return index_quotes(ui->ix, &q, quotes_take, qs, err);
	qs->across = true;
	if (index_sources_named(ui->ix, query->name, 0, quotes_of_source, &qn,
	    err) == -1)
		return -1;
	return qn.rc;
}

/* A quote marked for comparison has a star, and its words in the mark. */
static void
quotes_draw(struct view *v, int64_t lineno, bool sel)
{
	struct quotes		*qs = v->data;
	struct quote_item	*q = &qs->v[lineno];
	bool			 marked = q->id == v->ui->mark.quote;
	enum theme_role		 role = theme_stance(q->stance);
	enum theme_role		 words = marked ? ROLE_MARKED : role;

	display_put_col(sel ? ROLE_SELECTION : role,
	    attrib_stance_name(q->stance), QUOTES_STANCE_W);
	/* One speaker's quotes across the index: where, not who. */
	if (qs->across)
		display_put_col(sel ? ROLE_SELECTION : ROLE_META, q->title,
		    QUOTES_SPEAKER_W - 2);
	else
		display_put_col(sel ? ROLE_SELECTION : ROLE_SPEAKER, q->speaker,
		    QUOTES_SPEAKER_W - 2);
	display_put_col(sel ? ROLE_SELECTION : marked ? ROLE_MARKED :
	    ROLE_DEFAULT, marked ? "*" : "", 2);
	display_puts(sel ? ROLE_SELECTION : words, "\xe2\x80\x9c");
	display_puts(sel ? ROLE_SELECTION : words, q->text);
	display_puts(sel ? ROLE_SELECTION : words, "\xe2\x80\x9d");
}

static void
quotes_title(struct view *v, struct buf *left, struct buf *right)
{
	struct quotes	*qs = v->data;

	if (qs->across)
		buf_printf(left, "[quotes] %s, across the index", qs->what);
	else
		buf_printf(left, "[quotes] of %s", qs->what);
	if (v->nlines > 0)
		buf_printf(right, "%lld/%zu", (long long)v->lineno + 1, qs->n);
	else
		buf_adds(right, "none");
}

static bool
quotes_match(struct view *v, int64_t lineno, const char *q)
{
	struct quote_item	*item = &((struct quotes *)v->data)->v[lineno];

	return view_text_match(item->text, strlen(item->text), q) ||
	    view_text_match(item->speaker, strlen(item->speaker), q);
}

/* Enter: the quote in its article; n and N walk the others there. */
static int
quotes_act_jump(struct view *v)
{
	struct quotes	*qs = v->data;
	struct walk	 w;
	struct view	*reader;
	size_t		 i;

	if (qs->n == 0)
		return 1;
	memset(&w, 0, sizeof w);
	w.what = qs->across ? xstrdup(qs->what) : NULL;
	w.v = xcalloc(qs->n, sizeof *w.v);
	w.n = qs->n;
	w.cur = (size_t)v->lineno;
	for (i = 0; i < qs->n; i++)
		w.v[i] = (struct walk_target){ qs->v[i].article, qs->v[i].start,
		    qs->v[i].end };
	/* This view closes under ui_read(); only w is used after it. */
	if ((reader = ui_read(v->ui, w.v[w.cur].article)) != NULL)
		reader_walk(reader, &w);
	walk_free(&w);
	return 1;
}

static int
quotes_act_speaker(struct view *v)
{
	struct quotes	*qs = v->data;

	if (qs->n > 0)
		view_open_quotes(v->ui, 0, qs->v[v->lineno].speaker);
	return 1;
}

/* The article of the selected quote. */
static int64_t
quotes_article(struct view *v)
{
	struct quotes	*qs = v->data;

	return qs->n > 0 ? qs->v[v->lineno].article : 0;
}

static int
quotes_act_mark(struct view *v)
{
	struct quotes	*qs = v->data;

	if (qs->n > 0)
		mark_quote(v->ui, VIEW_QUOTES, qs->v[v->lineno].id);
	return 1;
}

/* C: the pairs of the article, or of all these quotes of one speaker. */
static int
quotes_act_pairs(struct view *v)
{
	struct quotes		*qs = v->data;
	struct pairs_quote	*ids;
	struct pairs_query	 q = { .name = qs->what };
	struct view		*pv;
	size_t			 i;

	if (qs->n == 0)
		return 1;
	q.select = qs->v[v->lineno].id;
	q.article = qs->across ? 0 : qs->v[0].article;
	ids = xcalloc(qs->n, sizeof *ids);
	for (i = 0; i < qs->n; i++)
		ids[i] = (struct pairs_quote){ qs->v[i].id, qs->v[i].article };
	q.quotes = ids;
	q.nquotes = qs->n;
	if ((pv = pairs_new(v->ui, &q)) != NULL)
		view_push(v->ui, pv);
	free(ids);
	return 1;
}

static const struct view_action quotes_actions[] = {
	{ ACTION_JUMP_QUOTE, quotes_act_jump },
	{ ACTION_SPEAKER_QUOTES, quotes_act_speaker },
	{ ACTION_COMPARE_MARK, quotes_act_mark },
	{ ACTION_COMPARE_SUGGEST, quotes_act_pairs },
};

static void
quotes_free(struct quotes *qs)
{
	size_t	i;

	for (i = 0; i < qs->n; i++) {
		free(qs->v[i].speaker);
		free(qs->v[i].text);
		free(qs->v[i].title);
	}
	free(qs->v);
	free(qs->what);
	free(qs);
}

static void
quotes_close(struct view *v)
{
	quotes_free(v->data);
}

static const struct view_ops quotes_ops = {
	.kind = VIEW_QUOTES, .cursor = true, .draw = quotes_draw,
	.title = quotes_title, .actions = VIEW_ACTIONS(quotes_actions),
	.match = quotes_match, .article = quotes_article, .close = quotes_close
};

struct view *
quotes_new(struct ui *ui, const struct quotes_query *query)
{
	struct quotes	*qs = xcalloc(1, sizeof *qs);
	struct error	 err;
	struct view	*v;

	if (quotes_fetch(ui, query, qs, &err) == -1) {
		ui_error(ui, "%s", err.msg);
		quotes_free(qs);
		return NULL;
	}
	if (query->article == 0)
		qs->what = xstrdup(query->name);
	else if (qs->n > 0)
		qs->what = xstrdup(qs->v[0].title);
	else
		qs->what = xasprintf("article %lld", (long long)query->article);
	if (qs->n == 0)
		ui_message(ui, qs->across ? "No quotes of %s in the index" :
		    "No quotes found in %s", qs->what);
	v = view_new(ui, &quotes_ops, qs);
	v->nlines = (int64_t)qs->n;
	return v;
}

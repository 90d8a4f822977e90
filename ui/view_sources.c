/*
 * The sources of an article: the people, outlets, organisations and
 * documents it names, with how often and how many quotes.  Enter walks
 * every place the text names the source or quotes it (n, N); S lists
 * what it said, or relayed, across the index.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "view.h"
#include "xmalloc.h"

#define SOURCES_KIND_W	14
#define SOURCES_COUNT_W	24

struct source_item {
	int64_t		 id;
	char		*name, *role;
	enum source_kind kind;
	int		 mentions, quotes;
};

struct sources {
	int64_t			 article;
	struct source_item	*v;
	size_t			 n;
};

static int
sources_take(void *ctx, const struct source_row *row)
{
	struct sources		*ss = ctx;
	struct source_item	*s;

	ss->v = xreallocarray(ss->v, ss->n + 1, sizeof *ss->v);
	s = &ss->v[ss->n++];
	s->id = row->id;
	s->name = xstrdup(row->name != NULL ? row->name : "");
	s->role = row->role != NULL ? xstrdup(row->role) : NULL;
	s->kind = row->kind;
	s->mentions = row->mentions;
	s->quotes = row->quotes;
	return 0;
}

static void
sources_draw(struct view *v, int64_t lineno, bool sel)
{
	struct source_item	*s = &((struct sources *)v->data)->v[lineno];
	int			 name_w = v->width - SOURCES_KIND_W -
				     SOURCES_COUNT_W;
	char			 counts[64];

	display_put_col(sel ? ROLE_SELECTION : ROLE_META,
	    attrib_kind_name(s->kind), SOURCES_KIND_W);
	display_puts(sel ? ROLE_SELECTION : s->kind == SOURCE_PERSON ?
	    ROLE_SPEAKER : ROLE_RELAY, s->name);
	if (s->role != NULL) {
		display_puts(sel ? ROLE_SELECTION : ROLE_DEFAULT, ", ");
		display_puts(sel ? ROLE_SELECTION : ROLE_DEFAULT, s->role);
	}
	display_fill(sel ? ROLE_SELECTION : ROLE_DEFAULT, SOURCES_KIND_W +
	    (name_w > 10 ? name_w : 10));
	snprintf(counts, sizeof counts, "%3d mention%s %3d quote%s",
	    s->mentions, s->mentions == 1 ? " " : "s", s->quotes,
	    s->quotes == 1 ? "" : "s");
	display_puts(sel ? ROLE_SELECTION : ROLE_META, counts);
}

static void
sources_title(struct view *v, struct buf *left, struct buf *right)
{
	struct sources	*ss = v->data;

	buf_printf(left, "[sources] of article %lld", (long long)ss->article);
	if (ss->n > 0)
		buf_printf(right, "%lld/%zu", (long long)v->lineno + 1, ss->n);
	else
		buf_adds(right, "none found");
}

static bool
sources_match(struct view *v, int64_t lineno, const char *q)
{
	struct source_item	*s = &((struct sources *)v->data)->v[lineno];

	return view_text_match(s->name, strlen(s->name), q) ||
	    (s->role != NULL && view_text_match(s->role, strlen(s->role), q));
}

static void
sources_add_target(struct walk *w, int64_t article, uint32_t start,
    uint32_t end)
{
	w->v = xreallocarray(w->v, w->n + 1, sizeof *w->v);
	w->v[w->n++] = (struct walk_target){ article, start, end };
}

struct sources_walk {
	struct walk	*w;
	int64_t		 article;
};

static int
sources_take_mention(void *ctx, uint32_t start, uint32_t end)
{
	struct sources_walk	*sw = ctx;

	sources_add_target(sw->w, sw->article, start, end);
	return 0;
}

static int
sources_take_quote(void *ctx, const struct quote_row *q)
{
	struct sources_walk	*sw = ctx;

	sources_add_target(sw->w, sw->article, q->start, q->end);
	return 0;
}

static int
sources_target_cmp(const void *a, const void *b)
{
	const struct walk_target	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

/* Places in text order, each once. */
static void
sources_sort_walk(struct walk *w)
{
	size_t	i, n = 0;

	qsort(w->v, w->n, sizeof *w->v, sources_target_cmp);
	for (i = 0; i < w->n; i++)
		if (n == 0 || w->v[n - 1].start != w->v[i].start ||
		    w->v[n - 1].end != w->v[i].end)
			w->v[n++] = w->v[i];
	w->n = n;
}

/* Where the article names the source, and the quotes it said or relayed. */
static int
sources_walk_of(struct view *v, const struct source_item *s, struct walk *w,
    struct error *err)
{
	struct sources		*ss = v->data;
	struct sources_walk	 sw = { w, ss->article };
	struct index_quote_query q = { .articles = &ss->article,
	    .narticles = 1, .stance = -1, .source = s->id };

	memset(w, 0, sizeof *w);
	if (index_mentions(v->ui->ix, s->id, sources_take_mention, &sw,
	    err) == -1 ||
	    index_quotes(v->ui->ix, &q, sources_take_quote, &sw, err) == -1)
		return -1;
	sources_sort_walk(w);
	w->what = xstrdup(s->name);
	return 0;
}

static int
sources_act_walk(struct view *v)
{
	struct sources	*ss = v->data;
	struct walk	 w;
	struct view	*reader;
	struct error	 err;

	if (ss->n == 0)
		return 1;
	if (sources_walk_of(v, &ss->v[v->lineno], &w, &err) == -1)
		ui_error(v->ui, "%s", err.msg);
	else if (w.n == 0)
		ui_error(v->ui, "The text never names %s", w.what);
	else if ((reader = ui_read(v->ui, ss->article)) != NULL) {
		/* This view is closed now; only w remains. */
		ui_message(reader->ui, "%s: %zu places; n goes to the next, N to "
		    "the previous", w.what, w.n);
		reader_walk(reader, &w);
	}
	walk_free(&w);
	return 1;
}

static int
sources_act_across(struct view *v)
{
	struct sources	*ss = v->data;

	if (ss->n > 0)
		view_open_quotes(v->ui, 0, ss->v[v->lineno].name);
	return 1;
}

static int64_t
sources_article(struct view *v)
{
	return ((struct sources *)v->data)->article;
}

static const struct view_action sources_actions[] = {
	{ ACTION_WALK_SOURCE, sources_act_walk },
	{ ACTION_SPEAKER_QUOTES, sources_act_across },
};

static void
sources_close(struct view *v)
{
	struct sources	*ss = v->data;
	size_t		 i;

	for (i = 0; i < ss->n; i++) {
		free(ss->v[i].name);
		free(ss->v[i].role);
	}
	free(ss->v);
	free(ss);
}

static const struct view_ops sources_ops = {
	.kind = VIEW_SOURCES, .cursor = true, .draw = sources_draw,
	.title = sources_title, .actions = VIEW_ACTIONS(sources_actions),
	.match = sources_match, .article = sources_article,
	.close = sources_close
};

struct view *
sources_new(struct ui *ui, int64_t article)
{
	struct sources	*ss = xcalloc(1, sizeof *ss);
	struct view	*v = view_new(ui, &sources_ops, ss);
	struct error	 err;

	ss->article = article;
	if (index_sources(ui->ix, article, sources_take, ss, &err) == -1)
		ui_error(ui, "%s", err.msg);
	else if (ss->n == 0)
		ui_message(ui, "No sources found in this article");
	v->nlines = (int64_t)ss->n;
	return v;
}

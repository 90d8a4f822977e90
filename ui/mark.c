/*
 * The quote marked for comparison, and what the second c does with it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "mark.h"
#include "utf8.h"
#include "view.h"
#include "xmalloc.h"

#define MARK_QUOTE_W	20	/* columns of the quote in the message */

struct mark_found {
	struct quote_row	*row;
};

static int
mark_take(void *ctx, const struct quote_row *q)
{
	struct mark_found	*f = ctx;

	if (f->row == NULL)
		f->row = index_quote_dup(q);
	return 0;
}

/* The quote as the index has it, or NULL (and the message). */
static struct quote_row *
mark_read(struct ui *ui, int64_t id)
{
	struct index_quote_query q = { .ids = &id, .nids = 1, .stance = -1 };
	struct mark_found	 f = { NULL };
	struct error		 err;

	if (index_quotes(ui->ix, &q, mark_take, &f, &err) == -1)
		ui_error(ui, "%s", err.msg);
	else if (f.row == NULL)
		ui_error(ui, "Quote %lld is no longer in the index", (long long)id);
	return f.row;
}

/* "Ines Mallory, “There was no proposal…”" */
static void
mark_describe(const struct quote_row *q, struct buf *b)
{
	const char	*text = q->text != NULL ? q->text : "";
	size_t		 n = strlen(text), fit;

	buf_adds(b, q->speaker != NULL ? q->speaker : q->mention != NULL ?
	    q->mention : "unknown speaker");
	fit = utf8_fit(text, n, MARK_QUOTE_W, NULL);
	buf_printf(b, ", \xe2\x80\x9c%.*s%s\xe2\x80\x9d", (int)fit, text,
	    fit < n ? "\xe2\x80\xa6" : "");
}

static void
mark_set(struct ui *ui, enum view_kind kind, const struct quote_row *q)
{
	struct buf	what = BUF_INIT;
	char		key[32] = "c";
	keycode		k;

	if (keys_bound(kind, ACTION_COMPARE_MARK, &k, 1) == 1)
		keys_name(k, key, sizeof key);
	ui->mark = (struct ui_mark){ q->id, q->article, q->start, q->end };
	mark_describe(q, &what);
	ui_message(ui, "Marked: %s \xe2\x80\x94 %s on another quote to compare",
	    buf_str(&what), key);
	buf_free(&what);
}

/* c on quote id, in a view of this kind. */
void
mark_quote(struct ui *ui, enum view_kind kind, int64_t id)
{
	struct compare_pair	 p = { ui->mark.quote, id, COMPARE_RELATE, 0, NULL };
	struct quote_row	*q;
	struct view		*v;

	if (ui->mark.quote == id) {
		memset(&ui->mark, 0, sizeof ui->mark);
		ui_message(ui, "Unmarked");
		return;
	}
	if (ui->mark.quote == 0) {
		if ((q = mark_read(ui, id)) != NULL)
			mark_set(ui, kind, q);
		index_quote_free(q);
		return;
	}
	memset(&ui->mark, 0, sizeof ui->mark);
	if ((v = compare_new(ui, &p)) != NULL)
		view_push(ui, v);
}

/* Is body byte off of article the marked quote's? */
bool
mark_covers(const struct ui *ui, int64_t article, uint32_t off)
{
	return ui->mark.quote != 0 && ui->mark.article == article &&
	    off >= ui->mark.start && off < ui->mark.end;
}

/*
 * Plain-text articles: a title line, a blank line, then paragraphs
 * separated by blank lines (the shape of the seed article and of most
 * saved news text).  Site chrome around the text is dropped by shape
 * (boiler.c); hard-wrapped paragraphs are joined again.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "boiler.h"
#include "date.h"
#include "import.h"
#include "xmalloc.h"

#define TEXT_MAX_TITLE		300	/* longer first line: no title */
#define TEXT_WRAP_MAX		100	/* hard-wrapped lines are shorter */
#define TEXT_MAX_BYLINE_WORDS	8
#define TEXT_MAX_HEAD		100	/* a dateline is no longer */
#define TEXT_MAX_OUTLET		60

struct text_lines {
	struct boiler_line	*v;
	size_t			 n;
	size_t			 cap;
};

/* Split on LF, CRLF or lone CR; trailing white space is dropped. */
static void
text_split(const char *s, size_t n, struct text_lines *l)
{
	size_t	i = 0, start, end;

	while (i <= n) {
		start = i;
		while (i < n && s[i] != '\n' && s[i] != '\r')
			i++;
		end = i;
		while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 64;
			l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
		}
		l->v[l->n].s = s + start;
		l->v[l->n++].n = end - start;
		if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		i++;
	}
}

static bool
text_blank(const struct boiler_line *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		if (l->s[i] != ' ' && l->s[i] != '\t')
			return false;
	return true;
}

/*
 * A block (lines between blank lines) is hard-wrapped when every line is
 * short and all but the last fill most of the width: then its lines are
 * one paragraph.  Otherwise each line is a paragraph of its own.
 */
static bool
text_is_wrapped(const struct boiler_line *v, size_t n)
{
	size_t	i, max = 0;

	if (n < 2)
		return false;
	for (i = 0; i < n; i++)
		if (v[i].n > max)
			max = v[i].n;
	if (max > TEXT_WRAP_MAX || max < 40)
		return false;
	for (i = 0; i + 1 < n; i++)
		if (v[i].n * 10 < max * 6)
			return false;
	return true;
}

static void
text_add_block(struct article *a, const struct boiler_line *v, size_t n)
{
	struct buf	p = BUF_INIT;
	size_t		i;

	if (!text_is_wrapped(v, n)) {
		for (i = 0; i < n; i++)
			article_add_paragraph(a, v[i].s, v[i].n);
		return;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&p, ' ');
		buf_add(&p, v[i].s, v[i].n);
	}
	article_add_paragraph(a, p.s, p.len);
	buf_free(&p);
}

static void
text_add_body(struct article *a, const struct boiler_line *v, size_t first,
    size_t last)
{
	size_t	i = first, start;

	while (i < last) {
		while (i < last && text_blank(&v[i]))
			i++;
		start = i;
		while (i < last && !text_blank(&v[i]))
			i++;
		if (i > start)
			text_add_block(a, v + start, i - start);
	}
}

static bool
text_is_byline(const struct boiler_line *l)
{
	size_t	i, words = 1;

	if (l->n < 4 || (strncmp(l->s, "By ", 3) != 0 &&
	    strncmp(l->s, "BY ", 3) != 0))
		return false;
	for (i = 0; i < l->n; i++)
		if (l->s[i] == ' ')
			words++;
	return words <= TEXT_MAX_BYLINE_WORDS && boiler_is_chrome_line(l->s, l->n);
}

/* Between a line's outlet and its date: "Valley Post — 14 May 2024". */
static const char *const text_separators[] = {
	" \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", " \xc2\xb7 ", " | ", ", ",
};

static bool
text_take_date(struct article *a, const char *s, size_t n)
{
	char	line[TEXT_MAX_HEAD + 1], iso[DATE_ISO_MAX];

	if (n > TEXT_MAX_HEAD)
		return false;
	memcpy(line, s, n);
	line[n] = '\0';
	if (date_parse(line, iso) == -1)
		return false;
	article_set(&a->date, iso, strlen(iso));
	return true;
}

/* "OUTLET SEP DATE": the date after the last separator that gives one. */
static bool
text_take_dateline(struct article *a, const struct boiler_line *l)
{
	const char	*sep, *at;
	size_t		 i, k;

	if (text_take_date(a, l->s, l->n))
		return true;
	for (i = 0; i < sizeof text_separators / sizeof text_separators[0]; i++) {
		sep = text_separators[i];
		k = strlen(sep);
		for (at = l->s + l->n - k; at > l->s; at--) {
			if (memcmp(at, sep, k) != 0 ||
			    !text_take_date(a, at + k, (size_t)(l->s + l->n - at) - k))
				continue;
			if (at - l->s <= TEXT_MAX_OUTLET)
				article_set(&a->outlet, l->s, (size_t)(at - l->s));
			return true;
		}
	}
	return false;
}

/*
 * The lines between the title and the text that many saved articles
 * have: "By NAME" (the byline) and a dateline, a date alone or after the
 * outlet ("Valley Post — 14 May 2024").  Returns the first body line.
 */
static size_t
text_take_meta(struct article *a, const struct boiler_line *v, size_t i,
    size_t last)
{
	bool	byline = false, date = false;

	for (;;) {
		while (i < last && text_blank(&v[i]))
			i++;
		if (i == last || boiler_ends_sentence(v[i].s, v[i].n))
			return i;
		if (!byline && text_is_byline(&v[i])) {
			article_set(&a->byline, v[i].s + 3, v[i].n - 3);
			byline = true;
		} else if (!date && text_take_dateline(a, &v[i]))
			date = true;
		else
			return i;
		i++;
	}
}

/*
 * The title is the first line when it is short enough to be one and
 * either stands alone (a blank line follows) or does not end as a
 * sentence does (files with one paragraph a line and no blank lines).
 * A byline and a dateline may follow it.  Returns the first body line.
 */
static size_t
text_take_head(struct article *a, const struct boiler_line *v, size_t first,
    size_t last)
{
	size_t	i = first;

	while (i < last && text_blank(&v[i]))
		i++;
	if (i == last || v[i].n > TEXT_MAX_TITLE)
		return i;
	if (i + 1 < last && !text_blank(&v[i + 1]) &&
	    !text_is_byline(&v[i + 1]) && boiler_ends_sentence(v[i].s, v[i].n))
		return i;
	article_set(&a->title, v[i].s, v[i].n);
	return text_take_meta(a, v, i + 1, last);
}

int
import_text(const char *s, size_t n, const char *file,
    const struct import_sink *sink, struct error *err)
{
	struct buf		 text = BUF_INIT, notes = BUF_INIT;
	struct text_lines	 lines = { NULL, 0, 0 };
	struct article		 a;
	size_t			 first, last, body;
	int			 rc = -1;

	article_init(&a);
	if (import_decode(s, n, &text, &notes, err) == -1)
		goto out;
	if (notes.len > 0 && sink->note != NULL)
		sink->note(sink->ctx, buf_str(&notes));
	text_split(buf_str(&text), text.len, &lines);
	boiler_trim_lines(lines.v, lines.n, &first, &last);
	body = text_take_head(&a, lines.v, first, last);
	text_add_body(&a, lines.v, body, last);
	if (a.body.len == 0) {
		error_set(err, a.title != NULL ? "no body: only a title line" :
		    "no text: only white space");
		goto out;
	}
	article_set(&a.file, file, strlen(file));
	rc = sink->article(sink->ctx, &a, err);
out:
	article_free(&a);
	free(lines.v);
	buf_free(&text);
	buf_free(&notes);
	return rc;
}

/* Listing output: text, tsv and jsonl, all safe for a terminal. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "out.h"
#include "utf8.h"
#include "xmalloc.h"

#define OUT_MAX_COLS	((int)(sizeof ((struct out *)0)->numeric))

static const char *const out_format_names[] = {
#define X(id, name) name,
	OUT_FORMATS(X)
#undef X
};

int
out_format_parse(const char *name)
{
	int	i;

	for (i = 0; i < OUT_FORMAT_COUNT; i++)
		if (strcmp(name, out_format_names[i]) == 0)
			return i;
	return -1;
}

const char *
out_format_name(enum out_format f)
{
	return out_format_names[f];
}

void
out_init(struct out *o, enum out_format f, FILE *fp)
{
	struct winsize	ws;

	memset(o, 0, sizeof *o);
	o->format = f;
	o->fp = fp;
	if (isatty(fileno(fp)) && ioctl(fileno(fp), TIOCGWINSZ, &ws) == 0)
		o->width = ws.ws_col;
}

/*
 * A JSON string, with every code point a terminal could act on written
 * as \uXXXX, so that even `cat`ing the output is safe.
 */
void
out_json_string(struct buf *b, const char *s, size_t n)
{
	uint32_t	cp;
	size_t		i = 0, k, run;

	buf_addc(b, '"');
	while (i < n) {
		for (run = i; run < n && (unsigned char)s[run] >= 0x20 &&
		    (unsigned char)s[run] < 0x7f && s[run] != '"' &&
		    s[run] != '\\'; run++)
			;
		buf_add(b, s + i, run - i);
		if ((i = run) >= n)
			break;
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == '"' || cp == '\\')
			buf_printf(b, "\\%c", (char)cp);
		else if (cp == '\n')
			buf_adds(b, "\\n");
		else if (cp == '\t')
			buf_adds(b, "\\t");
		else if (utf8_is_unsafe(cp) && cp > 0xffff)
			buf_printf(b, "\\u%04x\\u%04x", 0xd800 + ((cp - 0x10000) >> 10),
			    0xdc00 + ((cp - 0x10000) & 0x3ff));
		else if (utf8_is_unsafe(cp))
			buf_printf(b, "\\u%04x", cp);
		else
			buf_add(b, s + i, k);
		i += k;
	}
	buf_addc(b, '"');
}

/* Text for people: placeholders for what a terminal would interpret. */
void
out_text_safe(struct buf *b, const char *s, size_t n, bool keep_newlines)
{
	utf8_sanitize(b, s, n, keep_newlines);
}

/* A copy of s without search-hit marks. */
static char *
out_unmarked(const char *s)
{
	struct buf	b = BUF_INIT;
	const char	*p;

	while ((p = strstr(s, "\xee\x80")) != NULL) {
		buf_add(&b, s, (size_t)(p - s));
		if (p[2] == OUT_MARK_ON[2] || p[2] == OUT_MARK_OFF[2])
			s = p + 3;
		else {
			buf_add(&b, p, 2);
			s = p + 2;
		}
	}
	buf_adds(&b, s);
	return buf_detach(&b);
}

/* A cell of text on one line: line breaks become spaces. */
static void
out_text_line(struct buf *b, const char *s)
{
	const char	*nl;

	while ((nl = strchr(s, '\n')) != NULL) {
		utf8_sanitize(b, s, (size_t)(nl - s), false);
		if (b->len > 0 && b->s[b->len - 1] != ' ')
			buf_addc(b, ' ');
		s = nl + 1;
	}
	utf8_sanitize(b, s, strlen(s), false);
}

/* TSV: tab, newline and backslash escaped; the rest made safe. */
static void
out_tsv_field(struct buf *b, const char *s)
{
	struct buf	safe = BUF_INIT;
	size_t		i;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '\t')
			buf_adds(&safe, "\\t");
		else if (s[i] == '\n')
			buf_adds(&safe, "\\n");
		else if (s[i] == '\\')
			buf_adds(&safe, "\\\\");
		else
			buf_addc(&safe, s[i]);
	}
	utf8_sanitize(b, buf_str(&safe), safe.len, false);
	buf_free(&safe);
}

void
out_row(struct out *o)
{
	o->col = o->outer_col = 0;
	buf_truncate(&o->line, 0);
	if (o->format == OUT_JSONL || o->format == OUT_JSON)
		buf_addc(&o->line, '{');
}

static void
out_text_cell(struct out *o, const char *key, const char *val, bool numeric)
{
	struct buf	b = BUF_INIT;

	if (o->ncols < OUT_MAX_COLS && o->ncells == (size_t)o->col) {
		/* the first row names the columns */
		o->ncols = o->col + 1;
		o->numeric[o->col] = numeric;
	}
	if (o->ncells == o->cellcap) {
		o->cellcap = o->cellcap ? o->cellcap * 2 : 256;
		o->cells = xreallocarray(o->cells, o->cellcap, sizeof *o->cells);
	}
	out_text_line(&b, val != NULL ? val : "-");
	o->cells[o->ncells++] = buf_detach(&b);
	(void)key;
}

/* Add one field; val is the display form, json the JSON form. */
static void
out_field(struct out *o, const char *key, const char *val, const char *json,
    bool numeric)
{
	switch (o->format) {
	case OUT_TEXT:
		out_text_cell(o, key, val, numeric);
		break;
	case OUT_TSV:
		if (!o->header_done)
			buf_printf(&o->header, "%s%s%s", o->col ? "\t" : "",
			    o->prefix, key);
		if (o->col)
			buf_addc(&o->line, '\t');
		out_tsv_field(&o->line, val != NULL ? val : "");
		break;
	case OUT_JSON:
	case OUT_JSONL:
		if (o->col)
			buf_addc(&o->line, ',');
		out_json_string(&o->line, key, strlen(key));
		buf_printf(&o->line, ":%s", json);
		break;
	case OUT_FORMAT_COUNT:
		break;
	}
	o->col++;
}

void
out_str(struct out *o, const char *key, const char *val)
{
	struct buf	 j = BUF_INIT;
	char		*plain = NULL;

	if (val != NULL && o->format != OUT_TEXT && strstr(val, "\xee\x80") != NULL)
		val = plain = out_unmarked(val);
	if (val == NULL)
		buf_adds(&j, "null");
	else
		out_json_string(&j, val, strlen(val));
	out_field(o, key, val, buf_str(&j), false);
	buf_free(&j);
	free(plain);
}

void
out_int(struct out *o, const char *key, int64_t v)
{
	char	s[32];

	snprintf(s, sizeof s, "%lld", (long long)v);
	out_field(o, key, s, s, true);
}

void
out_real(struct out *o, const char *key, double v)
{
	char	s[32];

	snprintf(s, sizeof s, "%.3g", v);
	out_field(o, key, s, s, true);
}

void
out_bool(struct out *o, const char *key, bool v)
{
	out_field(o, key, v ? "yes" : "no", v ? "true" : "false", false);
}

/* A list: a JSON array, or the values joined by ", " elsewhere. */
void
out_strv(struct out *o, const char *key, const char *const *v, int n)
{
	struct buf	j = BUF_INIT, t = BUF_INIT;
	int		i;

	buf_addc(&j, '[');
	for (i = 0; i < n; i++) {
		if (i > 0) {
			buf_addc(&j, ',');
			buf_adds(&t, ", ");
		}
		out_json_string(&j, v[i], strlen(v[i]));
		buf_adds(&t, v[i]);
	}
	buf_addc(&j, ']');
	out_field(o, key, buf_str(&t), buf_str(&j), false);
	buf_free(&j);
	buf_free(&t);
}

/*
 * A nested object: a JSON object under key, or in tsv and text its fields
 * with "key." before their names.  One level deep.
 */
void
out_begin_object(struct out *o, const char *key)
{
	if (o->format != OUT_JSON && o->format != OUT_JSONL) {
		snprintf(o->prefix, sizeof o->prefix, "%s.", key);
		return;
	}
	if (o->col)
		buf_addc(&o->line, ',');
	out_json_string(&o->line, key, strlen(key));
	buf_adds(&o->line, ":{");
	o->outer_col = o->col;
	o->col = 0;
}

void
out_end_object(struct out *o)
{
	o->prefix[0] = '\0';
	if (o->format != OUT_JSON && o->format != OUT_JSONL)
		return;
	buf_addc(&o->line, '}');
	o->col = o->outer_col + 1;
}

void
out_end_row(struct out *o)
{
	switch (o->format) {
	case OUT_TSV:
		if (!o->header_done) {
			fprintf(o->fp, "%s\n", buf_str(&o->header));
			o->header_done = true;
		}
		fprintf(o->fp, "%s\n", buf_str(&o->line));
		break;
	case OUT_JSON:
	case OUT_JSONL:
		fprintf(o->fp, "%s}\n", buf_str(&o->line));
		break;
	case OUT_TEXT:
	case OUT_FORMAT_COUNT:
		break;
	}
}

/*
 * Write n bytes of a cell.  Search hits are marked with OUT_MARK_ON/OFF:
 * bold on a terminal, dropped elsewhere.
 */
static void
out_put(struct out *o, const char *s, size_t n)
{
	size_t	i = 0, start = 0;

	while (i + 3 <= n) {
		if (memcmp(s + i, OUT_MARK_ON, 3) != 0 &&
		    memcmp(s + i, OUT_MARK_OFF, 3) != 0) {
			i++;
			continue;
		}
		fwrite(s + start, 1, i - start, o->fp);
		if (o->width > 0)
			fputs(s[i + 2] == OUT_MARK_ON[2] ? "\033[1m" : "\033[22m",
			    o->fp);
		start = i += 3;
	}
	fwrite(s + start, 1, n - start, o->fp);
}

/* Print a cell padded to w columns (numbers to the right). */
static void
out_pad(struct out *o, const char *s, int w, bool right, bool last)
{
	size_t	n = strlen(s);
	int	sw = utf8_width(s, n), used;

	if (last && o->width > 0)
		n = utf8_fit(s, n, w, &used);
	if (right)
		fprintf(o->fp, "%*s", w > sw ? w - sw : 0, "");
	out_put(o, s, n);
	if (!right && !last)
		fprintf(o->fp, "%*s", w > sw ? w - sw : 0, "");
}

/*
 * Text: columns as wide as their widest cell; on a terminal the last
 * column is cut to fit the window, so each row stays one line.
 */
static void
out_text_flush(struct out *o)
{
	int	w[OUT_MAX_COLS] = { 0 }, c, used = 0, cw;
	size_t	i;

	if (o->ncols == 0)
		return;
	for (i = 0; i < o->ncells; i++) {
		cw = utf8_width(o->cells[i], strlen(o->cells[i]));
		c = (int)(i % (size_t)o->ncols);
		if (cw > w[c])
			w[c] = cw;
	}
	for (c = 0; c + 1 < o->ncols; c++)
		used += w[c] + 2;
	if (o->width > 0)
		w[o->ncols - 1] = o->width - used > 10 ? o->width - used : 10;
	for (i = 0; i < o->ncells; i++) {
		c = (int)(i % (size_t)o->ncols);
		out_pad(o, o->cells[i], w[c], o->numeric[c], c == o->ncols - 1);
		fputs(c == o->ncols - 1 ? "\n" : "  ", o->fp);
	}
}

void
out_finish(struct out *o)
{
	size_t	i;

	if (o->format == OUT_TEXT)
		out_text_flush(o);
	for (i = 0; i < o->ncells; i++)
		free(o->cells[i]);
	free(o->cells);
	buf_free(&o->line);
	buf_free(&o->header);
	fflush(o->fp);
}

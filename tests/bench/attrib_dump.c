/*
 * attrib_dump: run the attribution engine over plain-text articles (a
 * title line, a blank line, then paragraphs separated by blank lines) and
 * print each attribution as one JSON object a line, in the shape of
 * `quoth quotes --format=jsonl`; with -s, print the sources instead, as
 * `quoth sources` does.  A tool for working on the engine, not installed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "buf.h"
#include "xmalloc.h"

static void
json_str(struct buf *b, const char *s, size_t n)
{
	size_t	i;

	buf_addc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char	c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

static void
json_span(struct buf *b, const char *body, struct span s)
{
	if (s.end > s.start)
		json_str(b, body + s.start, s.end - s.start);
	else
		buf_adds(b, "null");
}

static void
json_name(struct buf *b, const struct attrib_result *r, int i)
{
	if (i >= 0)
		json_str(b, r->src[i].name, strlen(r->src[i].name));
	else
		buf_adds(b, "null");
}

static void
dump_quote(struct buf *b, const char *file, const char *body,
    const struct attrib_result *r, const struct attribution *a)
{
	const char	*role = a->role;
	size_t		 i;

	if (role == NULL && a->speaker >= 0)
		role = r->src[a->speaker].role;
	buf_adds(b, "{\"file\": ");
	json_str(b, file, strlen(file));
	buf_adds(b, ", \"quote\": ");
	json_span(b, body, a->quote);
	buf_printf(b, ", \"direct\": %s, \"speaker\": ", a->direct ? "true" :
	    "false");
	json_name(b, r, a->speaker);
	buf_adds(b, ", \"speaker_mention\": ");
	json_span(b, body, a->mention);
	buf_adds(b, ", \"role\": ");
	if (role != NULL)
		json_str(b, role, strlen(role));
	else
		buf_adds(b, "null");
	buf_adds(b, ", \"cue\": ");
	json_span(b, body, a->cue);
	buf_adds(b, ", \"via\": [");
	for (i = 0; i < a->nvia; i++) {
		if (i > 0)
			buf_adds(b, ", ");
		json_name(b, r, a->via[i]);
	}
	buf_printf(b, "], \"stance\": \"%s\", \"start\": %u, \"end\": %u, "
	    "\"rule\": \"%s\", \"confidence\": %.2f}\n",
	    attrib_stance_name(a->stance), a->quote.start, a->quote.end,
	    a->rule, (double)a->confidence);
}

static void
dump_source(struct buf *b, const struct source *s)
{
	buf_adds(b, "{\"name\": ");
	json_str(b, s->name, strlen(s->name));
	buf_printf(b, ", \"kind\": \"%s\", \"mentions\": %zu, \"quotes\": %u}\n",
	    attrib_kind_name(s->kind), s->nmentions, s->quotes);
}

/* The body of a plain-text article: past the title, blank lines folded. */
static void
read_body(const char *text, size_t n, struct buf *body)
{
	size_t	i = 0, start;

	while (i < n && text[i] != '\n')
		i++;
	while (i < n) {
		while (i < n && (text[i] == '\n' || text[i] == ' ' ||
		    text[i] == '\r' || text[i] == '\t'))
			i++;
		start = i;
		while (i < n && !(text[i] == '\n' && i + 1 < n &&
		    text[i + 1] == '\n'))
			i++;
		if (i > start) {
			if (body->len > 0)
				buf_add(body, "\n\n", 2);
			buf_add(body, text + start, i - start);
		}
	}
	while (body->len > 0 && (body->s[body->len - 1] == '\n' ||
	    body->s[body->len - 1] == ' '))
		buf_truncate(body, body->len - 1);
}

static int
dump_file(const char *path, int sources, int show)
{
	struct buf		 text = BUF_INIT, body = BUF_INIT, out = BUF_INIT;
	struct attrib_result	 r;
	char			 chunk[65536];
	size_t			 n, i;
	FILE			*f = fopen(path, "rb");

	if (f == NULL) {
		perror(path);
		return 1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&text, chunk, n);
	fclose(f);
	read_body(buf_str(&text), text.len, &body);
	if (show) {
		fwrite(buf_str(&body), 1, body.len, stdout);
		goto done;
	}
	attrib_article(buf_str(&body), body.len, &r);
	for (i = 0; sources && i < r.nsrc; i++)
		dump_source(&out, &r.src[i]);
	for (i = 0; !sources && i < r.n; i++)
		dump_quote(&out, path, buf_str(&body), &r, &r.v[i]);
	fwrite(buf_str(&out), 1, out.len, stdout);
	attrib_result_free(&r);
done:
	buf_free(&text);
	buf_free(&body);
	buf_free(&out);
	return 0;
}

int
main(int argc, char **argv)
{
	int	i, sources = 0, show = 0, rc = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-s") == 0)
			sources = 1;
		else if (strcmp(argv[i], "-b") == 0)
			show = 1;
		else
			rc |= dump_file(argv[i], sources, show);
	}
	return rc;
}

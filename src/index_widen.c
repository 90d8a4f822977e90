/*
 * A search query made wider, for finding the articles whose quotes may
 * match it.  A quote's words are its article's, so an article matches
 * every query one of its quotes matches, but for two operators that look
 * at what else a text holds: "a NOT b" drops an article whose other
 * quotes or body hold b, and "^a" wants a at the start of the text.  NOT
 * becomes OR and ^ goes: every other operator keeps a wider operand
 * wider, so the query matches at least what it did.  The quotes' own
 * columns (text:, speaker:, source:) are not the articles': dropping the
 * filter widens too.  The quotes themselves are then asked the query as
 * written (index_said.c).
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "index_private.h"
#include "xmalloc.h"

/* The columns of the quotes' tables that the articles do not have. */
static const char *const index_widen_columns[] = { "text", "speaker", "source" };

static bool
index_widen_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || (unsigned char)c >= 0x80;
}

/* A quoted string from *p, its closing quote included, kept as it is. */
static void
index_widen_string(const char **p, struct buf *out)
{
	const char	*s = *p;

	buf_addc(out, *s++);
	while (*s != '\0') {
		if (*s == '"' && s[1] == '"') {
			buf_add(out, s, 2);
			s += 2;
			continue;
		}
		buf_addc(out, *s);
		if (*s++ == '"')
			break;
	}
	*p = s;
}

/* Is the bare word w (n bytes) a column of the quotes, followed by ':'? */
static bool
index_widen_column(const char *w, size_t n, const char *after)
{
	size_t	i;

	while (*after == ' ' || *after == '\t')
		after++;
	if (*after != ':')
		return false;
	for (i = 0; i < sizeof index_widen_columns /
	    sizeof index_widen_columns[0]; i++)
		if (strlen(index_widen_columns[i]) == n &&
		    strncasecmp(w, index_widen_columns[i], n) == 0)
			return true;
	return false;
}

/* A bare word from *p: NOT as OR, a quotes' column filter dropped. */
static void
index_widen_word(const char **p, struct buf *out, bool columns)
{
	const char	*w = *p, *e = w;

	while (index_widen_word_char(*e))
		e++;
	*p = e;
	if (e - w == 3 && strncmp(w, "NOT", 3) == 0) {
		buf_adds(out, "OR");
		return;
	}
	if (columns && index_widen_column(w, (size_t)(e - w), e)) {
		*p = strchr(e, ':') + 1;
		return;
	}
	buf_add(out, w, (size_t)(e - w));
}

/*
 * The query, wider: NOT as OR, no ^, and with columns, the quotes'
 * column filters dropped.  A new string, the caller's to free.
 */
char *
index_query_widen(const char *q, bool columns)
{
	struct buf	out = BUF_INIT;
	const char	*p = q;

	while (*p != '\0') {
		if (*p == '"')
			index_widen_string(&p, &out);
		else if (index_widen_word_char(*p))
			index_widen_word(&p, &out, columns);
		else if (*p == '^')
			p++;
		else
			buf_addc(&out, *p++);
	}
	if (out.s == NULL)
		return xstrdup("");
	return out.s;
}

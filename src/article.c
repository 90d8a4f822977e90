/* The article model: metadata fields and a body built paragraph by paragraph. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "xmalloc.h"

void
article_init(struct article *a)
{
	memset(a, 0, sizeof *a);
}

void
article_free(struct article *a)
{
	free(a->title);
	free(a->byline);
	free(a->outlet);
	free(a->url);
	free(a->date);
	free(a->file);
	free(a->origin);
	buf_free(&a->body);
	buf_free(&a->words);
	memset(a, 0, sizeof *a);
}

static int
article_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/*
 * Set a metadata field from s: runs of white space (newlines included)
 * become one space and the ends are trimmed; an empty value clears it.
 */
void
article_set(char **field, const char *s, size_t n)
{
	struct buf	b = BUF_INIT;
	size_t		i;
	int		space = 0;

	free(*field);
	*field = NULL;
	for (i = 0; i < n; i++) {
		if (article_is_space((unsigned char)s[i])) {
			space = b.len > 0;
			continue;
		}
		if (space)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, s[i]);
	}
	if (b.len > 0)
		*field = buf_detach(&b);
	buf_free(&b);
}

/* Append a paragraph, trimmed; blank paragraphs are dropped. */
void
article_add_paragraph(struct article *a, const char *s, size_t n)
{
	while (n > 0 && article_is_space((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && article_is_space((unsigned char)s[n - 1]))
		n--;
	if (n == 0)
		return;
	if (a->body.len > 0)
		buf_add(&a->body, "\n\n", 2);
	buf_add(&a->body, s, n);
}

/* The paragraphs of a body as spans; returns their count. */
size_t
article_paragraphs(const char *body, size_t len, struct span **out)
{
	struct span	*v = NULL;
	size_t		 n = 0, cap = 0, start = 0, i;

	for (i = 0; i <= len; i++) {
		if (i < len && !(body[i] == '\n' && i + 1 < len &&
		    body[i + 1] == '\n'))
			continue;
		if (i > start) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = xreallocarray(v, cap, sizeof *v);
			}
			v[n].start = (uint32_t)start;
			v[n++].end = (uint32_t)i;
		}
		while (i < len && body[i] == '\n')
			i++;
		start = i;
	}
	*out = v;
	return n;
}

/*
 * 64-bit FNV-1a over title and body: identical content is folded at
 * import.  Collisions are negligible at the scale of a personal index
 * (about 1 in 10^7 at a million articles).
 */
uint64_t
article_hash(const struct article *a)
{
	const unsigned char	*p;
	uint64_t		 h = 0xcbf29ce484222325ULL;
	size_t			 i, n;

	if (a->sealed)
		return a->hash;
	p = (const unsigned char *)(a->title != NULL ? a->title : "");
	for (; *p != '\0'; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	h = (h ^ 0xff) * 0x100000001b3ULL;	/* separates title from body */
	p = (const unsigned char *)buf_str(&a->body);
	n = a->body.len;
	for (i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	return h;
}

/*
 * The title and body will not change: the hash, read by every lookup and
 * store of an import, is taken once.
 */
void
article_seal(struct article *a)
{
	a->sealed = false;
	a->hash = article_hash(a);
	a->sealed = true;
}

#define ARTICLE_SENTENCE_MAX	400	/* bytes of context on either side */

/* "Mr." and "U.S." do not end sentences: a short or single-letter word. */
static int
article_is_abbrev(const char *body, size_t dot, size_t floor)
{
	size_t	w = dot;

	while (w > floor && body[w - 1] != ' ' && body[w - 1] != '\n')
		w--;
	return dot - w <= 1 || (dot - w <= 3 && body[w] >= 'A' &&
	    body[w] <= 'Z') || memchr(body + w, '.', dot - w) != NULL;
}

/*
 * Does a sentence end at i (a stop, closing quotes, then white space or
 * the end)?  Returns where it ends, or 0.
 */
static size_t
article_ends_sentence(const char *body, size_t len, size_t i, size_t floor)
{
	size_t	j = i + 1;

	if (body[i] != '.' && body[i] != '!' && body[i] != '?')
		return 0;
	while (j < len && (body[j] == '"' || body[j] == '\'' ||
	    (unsigned char)body[j] >= 0x80))
		j++;		/* closing quotes, curly or straight */
	if (j < len && body[j] != ' ' && body[j] != '\n')
		return 0;
	if (body[i] == '.' && article_is_abbrev(body, i, floor))
		return 0;
	return j;
}

/* Does a sentence end just before the space at i? */
static int
article_sentence_before(const char *body, size_t len, size_t i, size_t floor)
{
	size_t	k = i;

	while (k > floor + 1 && (body[k - 1] == '"' || body[k - 1] == '\'' ||
	    (unsigned char)body[k - 1] >= 0x80))
		k--;
	return k > floor && article_ends_sentence(body, len, k - 1, floor) == i;
}

/*
 * The sentence around a span of the body, within its paragraph and at
 * most ARTICLE_SENTENCE_MAX bytes either side of it.
 */
struct span
article_sentence(const char *body, size_t len, struct span in)
{
	struct span	out = in;
	size_t		floor = in.start > ARTICLE_SENTENCE_MAX ?
			    in.start - ARTICLE_SENTENCE_MAX : 0;
	size_t		ceil = in.end + ARTICLE_SENTENCE_MAX < len ?
			    in.end + ARTICLE_SENTENCE_MAX : len;
	size_t		i, end = 0;

	for (i = in.start; i > floor; i--)
		if (body[i - 1] == '\n' || (body[i - 1] == ' ' &&
		    article_sentence_before(body, len, i - 1, floor)))
			break;
	out.start = (uint32_t)i;
	for (i = in.end; i < ceil && body[i] != '\n' && end == 0; i++)
		end = article_ends_sentence(body, len, i, floor);
	out.end = (uint32_t)(end != 0 ? end : i);
	return out;
}

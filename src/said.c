/*
 * The packed record of an article's attributions: unsigned LEB128
 * numbers, strings as a length and their bytes, in the order said.h
 * gives.  Unpacking trusts nothing: every number is bounded, every index
 * checked, every span held inside the body, so a damaged record is
 * refused instead of read past its end.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "said.h"
#include "xmalloc.h"

struct said_reader {
	const unsigned char	*p, *end;
	size_t			 body;		/* spans must end inside it */
	int			 bad;
};

static void
said_put(struct buf *b, uint64_t v)
{
	unsigned char	c;

	do {
		c = v & 0x7f;
		v >>= 7;
		buf_addc(b, (char)(c | (v != 0 ? 0x80 : 0)));
	} while (v != 0);
}

static void
said_put_str(struct buf *b, const char *s)
{
	size_t	n = s != NULL ? strlen(s) : 0;

	said_put(b, n);
	buf_add(b, s != NULL ? s : "", n);
}

/* A span as start + 1 and length, so that "none" (0, 0) is one byte. */
static void
said_put_span(struct buf *b, struct span sp)
{
	if (sp.end <= sp.start) {
		said_put(b, 0);
		return;
	}
	said_put(b, (uint64_t)sp.start + 1);
	said_put(b, sp.end - sp.start);
}

static void
said_pack_source(struct buf *b, const struct source *s)
{
	size_t	i;

	buf_addc(b, (char)s->kind);
	said_put_str(b, s->name);
	said_put_str(b, s->role);
	said_put(b, s->quotes);
	said_put(b, s->nmentions);
	for (i = 0; i < s->nmentions; i++)
		said_put_span(b, s->mentions[i]);
}

static void
said_pack_quote(struct buf *b, const struct attribution *q)
{
	size_t	i;

	said_put_span(b, q->quote);
	buf_addc(b, (char)((q->direct ? 1 : 0) | (q->stance << 1)));
	said_put(b, (uint64_t)(q->speaker + 1));
	said_put_span(b, q->mention);
	said_put_str(b, q->role);
	said_put_span(b, q->cue);
	said_put_str(b, q->rule);
	buf_addc(b, (char)(unsigned char)(q->confidence * 255.0f + 0.5f));
	said_put(b, q->nvia);
	for (i = 0; i < q->nvia; i++)
		said_put(b, (uint64_t)q->via[i]);
}

void
said_pack(struct buf *b, const struct attrib_result *r,
    const struct claim_pair *pairs, size_t npairs)
{
	size_t	i, nsrc = r->nsrc < SAID_MAX ? r->nsrc : SAID_MAX;
	size_t	n = r->n < SAID_MAX ? r->n : SAID_MAX;

	buf_addc(b, SAID_VERSION);
	said_put(b, nsrc);
	for (i = 0; i < nsrc; i++)
		said_pack_source(b, &r->src[i]);
	said_put(b, n);
	for (i = 0; i < n; i++)
		said_pack_quote(b, &r->v[i]);
	for (i = 0; i < npairs && pairs[i].a < n && pairs[i].b < n; i++)
		;
	said_put(b, i);
	for (i = 0; i < npairs && pairs[i].a < n && pairs[i].b < n; i++) {
		said_put(b, pairs[i].a);
		said_put(b, pairs[i].b);
		buf_addc(b, (char)pairs[i].relation);
		buf_addc(b, (char)(unsigned char)(pairs[i].score * 255.0f + 0.5f));
		said_put_str(b, pairs[i].why);
	}
}

static uint64_t
said_get(struct said_reader *rd, uint64_t max)
{
	uint64_t	v = 0;
	int		shift = 0;

	while (rd->p < rd->end && shift < 64) {
		v |= (uint64_t)(*rd->p & 0x7f) << shift;
		shift += 7;
		if ((*rd->p++ & 0x80) == 0) {
			if (v <= max)
				return v;
			break;
		}
	}
	rd->bad = 1;
	return 0;
}

static unsigned char
said_byte(struct said_reader *rd)
{
	if (rd->p >= rd->end) {
		rd->bad = 1;
		return 0;
	}
	return *rd->p++;
}

/* A fraction from 0 to 1, kept in one byte. */
static float
said_fraction(struct said_reader *rd)
{
	unsigned	b = said_byte(rd);

	return (float)b / 255.0f;
}

/* A small code (a kind, a relation) below limit. */
static unsigned
said_code(struct said_reader *rd, unsigned limit)
{
	unsigned	b = said_byte(rd);

	if (b >= limit)
		rd->bad = 1;
	return b < limit ? b : 0;
}

/* The length of bytes that follow it, which must all be there. */
static size_t
said_len(struct said_reader *rd)
{
	size_t	n = (size_t)said_get(rd, (uint64_t)(rd->end - rd->p));

	/* the bound above was taken before the length's own bytes */
	if (!rd->bad && n > (size_t)(rd->end - rd->p))
		rd->bad = 1;
	return rd->bad ? 0 : n;
}

/* A string, copied; NULL for the empty one. */
static char *
said_str(struct said_reader *rd)
{
	size_t	n = said_len(rd);
	char	*s;

	if (n == 0)
		return NULL;
	s = xstrndup((const char *)rd->p, n);
	rd->p += n;
	return s;
}

static struct span
said_span(struct said_reader *rd)
{
	struct span	sp = { 0, 0 };
	uint64_t	start = said_get(rd, rd->body + 1), len;

	if (start == 0)
		return sp;
	len = said_get(rd, rd->body);
	if (start - 1 + len > rd->body) {
		rd->bad = 1;
		return sp;
	}
	sp.start = (uint32_t)(start - 1);
	sp.end = (uint32_t)(start - 1 + len);
	return sp;
}

static void
said_unpack_source(struct said_reader *rd, struct source *s)
{
	size_t	i;

	s->kind = said_code(rd, SOURCE_KIND_COUNT);
	s->name = said_str(rd);
	if (s->name == NULL)
		s->name = xstrdup("");
	s->role = said_str(rd);
	s->quotes = (unsigned)said_get(rd, SAID_MAX);
	s->nmentions = (size_t)said_get(rd, (uint64_t)(rd->end - rd->p));
	s->mentions = xcalloc(s->nmentions + 1, sizeof *s->mentions);
	for (i = 0; i < s->nmentions && !rd->bad; i++)
		s->mentions[i] = said_span(rd);
}

static void
said_unpack_quote(struct said_reader *rd, struct attribution *q, size_t nsrc,
    struct buf *rules, size_t *rule_at)
{
	unsigned char	flags;
	size_t		i, n;

	q->quote = said_span(rd);
	flags = said_byte(rd);
	q->direct = (flags & 1) != 0;
	q->stance = (enum stance)((flags >> 1) & 3);
	q->speaker = (int)said_get(rd, nsrc) - 1;
	q->mention = said_span(rd);
	q->role = said_str(rd);
	q->cue = said_span(rd);
	n = said_len(rd);
	*rule_at = rules->len;
	buf_add(rules, rd->p, n);
	buf_addc(rules, '\0');
	rd->p += n;
	q->confidence = said_fraction(rd);
	q->nvia = (size_t)said_get(rd, nsrc);
	q->via = xcalloc(q->nvia + 1, sizeof *q->via);
	for (i = 0; i < q->nvia && !rd->bad; i++)
		q->via[i] = (int)said_get(rd, nsrc == 0 ? 0 : nsrc - 1);
	if (q->nvia > 0 && nsrc == 0)
		rd->bad = 1;
}

static void
said_unpack_pairs(struct said_reader *rd, struct said *s)
{
	struct claim_pair	*p;
	char			*why;
	size_t			 i;

	s->npairs = (size_t)said_get(rd, (uint64_t)(rd->end - rd->p));
	s->pairs = xcalloc(s->npairs + 1, sizeof *s->pairs);
	for (i = 0; i < s->npairs && !rd->bad; i++) {
		p = &s->pairs[i];
		p->a = (size_t)said_get(rd, s->r.n == 0 ? 0 : s->r.n - 1);
		p->b = (size_t)said_get(rd, s->r.n == 0 ? 0 : s->r.n - 1);
		p->relation = said_code(rd,
		    CLAIM_RELATION_COUNT);
		if (s->r.n == 0)
			rd->bad = 1;
		p->score = said_fraction(rd);
		if ((why = said_str(rd)) != NULL)
			snprintf(p->why, sizeof p->why, "%s", why);
		free(why);
	}
}

/*
 * Unpack a record of an article whose body is body_len bytes long.
 * Returns -1 (and an empty said) for a record that is damaged or of
 * another version.
 */
int
said_unpack(const void *data, size_t n, size_t body_len, struct said *s)
{
	struct said_reader	 rd = { data, (const unsigned char *)data + n,
				    body_len, 0 };
	struct buf		 rules = BUF_INIT;
	size_t			*rule_at = NULL, i;

	memset(s, 0, sizeof *s);
	if (said_byte(&rd) != SAID_VERSION)
		return -1;
	s->r.nsrc = (size_t)said_get(&rd, SAID_MAX);
	s->r.src = xcalloc(s->r.nsrc + 1, sizeof *s->r.src);
	for (i = 0; i < s->r.nsrc && !rd.bad; i++)
		said_unpack_source(&rd, &s->r.src[i]);
	s->r.n = (size_t)said_get(&rd, SAID_MAX);
	s->r.v = xcalloc(s->r.n + 1, sizeof *s->r.v);
	rule_at = xcalloc(s->r.n + 1, sizeof *rule_at);
	for (i = 0; i < s->r.n && !rd.bad; i++)
		said_unpack_quote(&rd, &s->r.v[i], s->r.nsrc, &rules, &rule_at[i]);
	said_unpack_pairs(&rd, s);
	s->rules = buf_detach(&rules);
	for (i = 0; i < s->r.n; i++)
		s->r.v[i].rule = s->rules + rule_at[i];
	free(rule_at);
	if (rd.bad || rd.p != rd.end) {
		said_free(s);
		return -1;
	}
	return 0;
}

void
said_free(struct said *s)
{
	attrib_result_free(&s->r);
	free(s->pairs);
	free(s->rules);
	memset(s, 0, sizeof *s);
}

/*
 * The names the index finds a record by, as two texts of lines: its
 * quotes' speakers and its sources.  (A quote's own words are its
 * article's, and articles_fts has those.)
 */
void
said_words(const struct attrib_result *r, struct buf *speaker,
    struct buf *source)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		if (r->v[i].speaker >= 0)
			buf_printf(speaker, "%s\n", r->src[r->v[i].speaker].name);
	for (i = 0; i < r->nsrc; i++)
		buf_printf(source, "%s\n", r->src[i].name);
}

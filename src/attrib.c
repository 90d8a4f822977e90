/*
 * The attribution pipeline.  This first version finds direct quotations
 * only; speakers, cues, relays and stance come with the sieve rules.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "xmalloc.h"

static const char *const attrib_stances[] = {
#define X(id, name) name,
	ATTRIB_STANCES(X)
#undef X
};

static const char *const attrib_kinds[] = {
#define X(id, name) name,
	ATTRIB_SOURCE_KINDS(X)
#undef X
};

const char *
attrib_stance_name(enum stance s)
{
	return s < STANCE_COUNT ? attrib_stances[s] : "claim";
}

int
attrib_stance_parse(const char *name)
{
	int	i;

	for (i = 0; i < STANCE_COUNT; i++)
		if (strcmp(name, attrib_stances[i]) == 0)
			return i;
	return -1;
}

const char *
attrib_kind_name(enum source_kind k)
{
	return k < SOURCE_KIND_COUNT ? attrib_kinds[k] : "person";
}

static void
attrib_push(struct attrib_result *r, uint32_t start, uint32_t end)
{
	struct attribution	*a;

	r->v = xreallocarray(r->v, r->n + 1, sizeof *r->v);
	a = &r->v[r->n++];
	memset(a, 0, sizeof *a);
	a->quote.start = start;
	a->quote.end = end;
	a->direct = true;
	a->speaker = -1;
	a->stance = STANCE_CLAIM;
	a->rule = "quote-marks";
	a->confidence = 0.5f;
}

/* Curly double quotes, one paragraph at a time. */
void
attrib_article(const char *body, size_t len, struct attrib_result *r)
{
	size_t	i, open = 0;
	int	in = 0;

	memset(r, 0, sizeof *r);
	for (i = 0; i + 2 < len; i++) {
		if (body[i] == '\n')
			in = 0;
		if (memcmp(body + i, "\xe2\x80\x9c", 3) == 0) {
			in = 1;
			open = i + 3;
		} else if (in && memcmp(body + i, "\xe2\x80\x9d", 3) == 0) {
			attrib_push(r, (uint32_t)open, (uint32_t)i);
			in = 0;
		}
	}
}

void
attrib_result_free(struct attrib_result *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].role);
		free(r->v[i].via);
	}
	for (i = 0; i < r->nsrc; i++) {
		free(r->src[i].name);
		free(r->src[i].role);
		free(r->src[i].mentions);
	}
	free(r->v);
	free(r->src);
	memset(r, 0, sizeof *r);
}

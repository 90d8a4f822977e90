/*
 * libFuzzer: the attribution engine and the pairing of its claims, on any
 * body.  Every span it returns must lie inside the body, every index must
 * name a source it returned: the index trusts both.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "claims.h"
#include "xmalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_span(struct span sp, size_t len)
{
	if (sp.start > sp.end || sp.end > len)
		__builtin_trap();
}

static void
fuzz_check(const struct attrib_result *r, size_t len)
{
	size_t	i, k;

	for (i = 0; i < r->n; i++) {
		fuzz_span(r->v[i].quote, len);
		fuzz_span(r->v[i].mention, len);
		fuzz_span(r->v[i].cue, len);
		if (r->v[i].speaker >= (int)r->nsrc || r->v[i].stance >= STANCE_COUNT)
			__builtin_trap();
		for (k = 0; k < r->v[i].nvia; k++)
			if (r->v[i].via[k] < 0 || r->v[i].via[k] >= (int)r->nsrc)
				__builtin_trap();
	}
	for (i = 0; i < r->nsrc; i++)
		for (k = 0; k < r->src[i].nmentions; k++)
			fuzz_span(r->src[i].mentions[k], len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct attrib_result	 r;
	struct claim_pair	*pairs;
	size_t			 i, n;

	attrib_article((const char *)data, size, &r);
	fuzz_check(&r, size);
	n = claims_article((const char *)data, size, &r, &pairs);
	for (i = 0; i < n; i++)
		if (pairs[i].a >= r.n || pairs[i].b >= r.n)
			__builtin_trap();
	free(pairs);
	attrib_result_free(&r);
	return 0;
}

/* libFuzzer: sentence finding and claim pairing on arbitrary text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "xmalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "Ann Lee", "the Courier" };
	struct claim		 a, b;
	struct claim_pair	 p;
	struct span		 in, out;
	char			*text = xstrndup((const char *)data, size);
	size_t			 n = strlen(text), half = n / 2;

	in.start = (uint32_t)(n / 3);
	in.end = (uint32_t)half;
	out = article_sentence(text, n, in);
	if (out.start > in.start || out.end < in.end || out.end > n)
		__builtin_trap();
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.text = text;
	b.text = text + half;
	a.article = 1;
	b.article = 2;
	a.stance = (enum stance)(size % STANCE_COUNT);
	claims_prepare(&a, names, 2);
	claims_prepare(&b, names, 2);
	if (claims_pair(&a, &b, &p) && (p.score < 0 || p.score > 1))
		__builtin_trap();
	free(text);
	return 0;
}

/* libFuzzer: the plain-text importer, with every decoding path. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "import.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
fuzz_article(void *ctx, struct article *a, struct error *err)
{
	/* the body is what everything downstream trusts: check its shape */
	if (a->body.len == 0 || a->body.s[0] == '\n' ||
	    a->body.s[a->body.len - 1] == '\n')
		__builtin_trap();
	return 0;
}

static void
fuzz_warn(void *ctx, const char *msg)
{
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_sink	sink = { fuzz_article, fuzz_warn, fuzz_warn, NULL };
	struct error		err;

	import_parse((const char *)data, size, "fuzz.txt", IMPORT_TEXT, &sink,
	    &err);
	return 0;
}

/*
 * The body of every importer's fuzz target: import the input as one
 * format into a sink that keeps nothing.  A crash, a leak or a hang is
 * the finding.
 */
#ifndef QUOTH_FUZZ_IMPORT_TARGET_H
#define QUOTH_FUZZ_IMPORT_TARGET_H

#include <stddef.h>
#include <stdint.h>

#include "import.h"

static int
fuzz_article(void *ctx, struct article *a, struct error *err)
{
	(void)ctx;
	(void)err;
	return a->body.len > IMPORT_MAX_ARTICLE ? -1 : 0;
}

static void
fuzz_message(void *ctx, const char *msg)
{
	(void)ctx;
	(void)msg;
}

static int
fuzz_import(const uint8_t *data, size_t size, enum import_format f)
{
	struct import_sink	sink = { fuzz_article, fuzz_message,
	    fuzz_message, NULL };
	struct error		err;

	import_parse((const char *)data, size, "fuzz", f, &sink, &err);
	return 0;
}

#endif

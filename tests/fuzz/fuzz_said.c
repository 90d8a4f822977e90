/*
 * libFuzzer: unpacking an attribution record.  The index reads records
 * back from disk, where anything may have happened to them: a damaged
 * one must be refused, never read past its end.  The first two bytes
 * give the length of the body the record's spans must fit in.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "said.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct said	s;
	size_t		body, i, k;

	if (size < 2)
		return 0;
	body = (size_t)data[0] << 8 | data[1];
	if (said_unpack(data + 2, size - 2, body, &s) == -1)
		return 0;
	for (i = 0; i < s.r.n; i++)
		if (s.r.v[i].quote.end > body || s.r.v[i].speaker >= (int)s.r.nsrc)
			__builtin_trap();
	for (i = 0; i < s.r.nsrc; i++)
		for (k = 0; k < s.r.src[i].nmentions; k++)
			if (s.r.src[i].mentions[k].end > body)
				__builtin_trap();
	said_free(&s);
	return 0;
}

/*
 * libFuzzer: reading an OPML list of subscriptions, and writing back
 * what was read, which must read again to the same feeds.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "opml.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct fuzz_list {
	FILE		*out;
	struct buf	 urls;
	int		 controls;	/* a URL the writer must change */
};

static int
fuzz_feed(void *ctx, const struct opml_feed *f)
{
	struct fuzz_list	*l = ctx;
	const unsigned char	*p;

	if (f->url == NULL || *f->url == '\0')
		__builtin_trap();
	if (l->out != NULL)
		opml_put(l->out, f);
	buf_printf(&l->urls, "%s\n", f->url);
	for (p = (const unsigned char *)f->url; *p != '\0'; p++)
		l->controls |= *p < 0x20 && *p != '\t';
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_list	 a = { NULL, BUF_INIT, 0 }, b = { NULL, BUF_INIT, 0 };
	struct error		 err;
	char			*text = NULL;
	size_t			 len = 0;

	if ((a.out = open_memstream(&text, &len)) == NULL)
		return 0;
	opml_begin(a.out, "fuzz");
	if (opml_read((const char *)data, size, fuzz_feed, &a, &err) == 0) {
		opml_end(a.out);
		fclose(a.out);
		a.out = NULL;
		if (opml_read(text, len, fuzz_feed, &b, &err) == -1)
			__builtin_trap();
		/* controls other than tab are dropped on the way out */
		if (!a.controls && strcmp(buf_str(&a.urls), buf_str(&b.urls)) != 0)
			__builtin_trap();
	}
	if (a.out != NULL)
		fclose(a.out);
	free(text);
	buf_free(&a.urls);
	buf_free(&b.urls);
	return 0;
}

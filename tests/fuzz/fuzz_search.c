/*
 * libFuzzer: the search-query path.  Any query must give rows or a clear
 * error, never a crash; the index is built once, in a temporary file.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "index.h"
#include "xmalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct index *fuzz_ix;
static char fuzz_dir[] = "/tmp/quoth-fuzz-search.XXXXXX";

/* The index and its write-ahead log go when the fuzzer does. */
static void
fuzz_cleanup(void)
{
	char	cmd[64];

	index_close(fuzz_ix);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", fuzz_dir);
	if (system(cmd) != 0)
		return;
}

static int
fuzz_row(void *ctx, const struct article_row *r)
{
	return 0;
}

static int
fuzz_quote(void *ctx, const struct quote_row *r)
{
	return 0;
}

static void
fuzz_open(void)
{
	static const char *const bodies[] = {
		"The ferry terminal was never for sale, the chairman said.",
		"\xe2\x80\x9cThere were meetings,\xe2\x80\x9d the minister told reporters.",
	};
	char		path[64];
	struct article	a;
	struct error	err;
	int64_t		id;
	size_t		i;

	if (mkdtemp(fuzz_dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/index.db", fuzz_dir);
	if (index_open(&fuzz_ix, path, 0, &err) == -1)
		abort();
	atexit(fuzz_cleanup);
	for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		article_init(&a);
		article_set(&a.title, "Title", 5);
		article_add_paragraph(&a, bodies[i], strlen(bodies[i]));
		id = 0;
		index_store(fuzz_ix, &a, NULL, NULL, 0, &id, &err);
		article_free(&a);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct index_quote_query	 q;
	struct error			 err;
	char				*query = xstrndup((const char *)data, size);

	if (fuzz_ix == NULL)
		fuzz_open();
	index_search(fuzz_ix, query, 10, fuzz_row, fuzz_quote, NULL, &err);
	memset(&q, 0, sizeof q);
	q.stance = -1;
	q.speaker = query;
	index_quotes(fuzz_ix, &q, fuzz_quote, NULL, &err);
	free(query);
	return 0;
}

/*
 * A text read the way the extractor reads it (tokens, quotations,
 * sentences), and the look-ups its unit tests share.
 */
#ifndef QUOTH_TEST_SCAN_H
#define QUOTH_TEST_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "quotes.h"
#include "tokens.h"

struct scan {
	struct tokens	t;
	struct quotes	q;
};

/* The text a test reads, and its tokens. */
extern struct scan	 scan_s;
#define T		 (scan_s.t)

void		 scan_tokens(const char *);
void		 scan_sentences(const char *);
void		 scan_text(struct scan *, const char *, bool, tokens_joins_fn);
void		 scan_free(struct scan *);
const char	*scan_words(const struct tokens *, uint32_t, uint32_t, int);
size_t		 scan_at(const struct tokens *, const char *, int);

#endif

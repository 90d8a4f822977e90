/*
 * Word lexicons: a static table of keys (lower case, ' for apostrophes)
 * indexed by the same folded hash the tokenizer stores in each token, so
 * that asking whether a token is in a lexicon costs one probe.  A key of
 * several words is indexed by its first word; rows sharing a first word
 * must be adjacent and lexicon_find returns the first of them.
 */
#ifndef QUOTH_LEXICON_H
#define QUOTH_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "tokens.h"

struct lexicon {
	uint32_t	*hash;
	int32_t		*value;
	const char	**key;
	size_t		 cap;		/* power of two; 0 until built */
	size_t		 used;
};

void	 lexicon_add(struct lexicon *, const char *, int32_t);
void	 lexicon_free(struct lexicon *);
int32_t	 lexicon_find_text(const struct lexicon *, const char *, size_t,
	     uint32_t);
int32_t	 lexicon_find(const struct lexicon *, const struct tokens *, size_t);
int32_t	 lexicon_find_str(const struct lexicon *, const char *);
size_t	 lexicon_first_word(const char *);

/*
 * Build a lexicon from the string field at offset off of each of n rows of
 * size stride, once: the value of a key is its row.
 */
void	 lexicon_build(struct lexicon *, const void *, size_t, size_t, size_t);

#endif

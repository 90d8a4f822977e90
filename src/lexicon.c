/*
 * Word lexicons as open-addressing hash tables over static keys.  Tables
 * are built on first use and live as long as the program; the keys are
 * not copied.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "xmalloc.h"

/* Length of the first word of a key. */
size_t
lexicon_first_word(const char *key)
{
	const char	*sp = strchr(key, ' ');

	return sp != NULL ? (size_t)(sp - key) : strlen(key);
}

/*
 * The first slot of hash h: bits spread by a multiplication, as the low
 * bits of FNV-1a cluster on short words.  Tables are kept at most a
 * quarter full: a look-up that misses, the common case, then mostly
 * stops at its first slot.
 */
static inline size_t
lexicon_slot(const struct lexicon *lx, uint32_t h)
{
	return (size_t)((h * 2654435761u) >> 16) & (lx->cap - 1);
}

static void
lexicon_grow(struct lexicon *lx)
{
	struct lexicon	old = *lx;
	size_t		i;

	lx->cap = old.cap ? old.cap * 2 : 64;
	lx->used = 0;
	lx->hash = xcalloc(lx->cap, sizeof *lx->hash);
	lx->value = xcalloc(lx->cap, sizeof *lx->value);
	lx->key = xcalloc(lx->cap, sizeof *lx->key);
	for (i = 0; i < old.cap; i++)
		if (old.hash[i] != 0)
			lexicon_add(lx, old.key[i], old.value[i]);
	free(old.hash);
	free(old.value);
	free(old.key);
}

/* Add a key; a key already present keeps its first value. */
void
lexicon_add(struct lexicon *lx, const char *key, int32_t value)
{
	size_t		n = lexicon_first_word(key), i;
	uint32_t	h = tokens_hash(key, n);

	if ((lx->used + 1) * 4 > lx->cap)
		lexicon_grow(lx);
	for (i = lexicon_slot(lx, h); lx->hash[i] != 0;
	    i = (i + 1) & (lx->cap - 1))
		if (lx->hash[i] == h && tokens_fold_eq(key, n, lx->key[i]))
			return;
	lx->used++;
	lx->hash[i] = h;
	lx->value[i] = value;
	lx->key[i] = key;
}

/* The value of the folded text s[0..n) with hash h, or -1. */
int32_t
lexicon_find_text(const struct lexicon *lx, const char *s, size_t n, uint32_t h)
{
	size_t	i;

	if (lx->cap == 0 || h == 0)
		return -1;
	for (i = lexicon_slot(lx, h); lx->hash[i] != 0;
	    i = (i + 1) & (lx->cap - 1))
		if (lx->hash[i] == h && tokens_fold_eq(s, n, lx->key[i]))
			return lx->value[i];
	return -1;
}

int32_t
lexicon_find(const struct lexicon *lx, const struct tokens *t, size_t i)
{
	const struct tok	*k;

	if (i >= t->n)
		return -1;
	k = &t->v[i];
	return lexicon_find_text(lx, t->text + k->start, k->end - k->start,
	    k->hash);
}

int32_t
lexicon_find_str(const struct lexicon *lx, const char *s)
{
	size_t	n = strlen(s);

	return lexicon_find_text(lx, s, n, tokens_hash(s, n));
}

void
lexicon_build(struct lexicon *lx, const void *rows, size_t n, size_t stride,
    size_t off)
{
	const char	*p = rows;
	size_t		 i;

	if (lx->cap != 0)
		return;
	for (i = 0; i < n; i++)
		lexicon_add(lx, *(const char *const *)(const void *)(p +
		    i * stride + off), (int32_t)i);
}

void
lexicon_free(struct lexicon *lx)
{
	free(lx->hash);
	free(lx->value);
	free(lx->key);
	memset(lx, 0, sizeof *lx);
}

/* A text read the way the extractor reads it, for the unit tests. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "scan.h"

struct scan	scan_s;

/* Read s into scan_s: tokens and quotations. */
void
scan_tokens(const char *s)
{
	scan_text(&scan_s, s, false, NULL);
}

/* Read s into scan_s: tokens, quotations and sentences. */
void
scan_sentences(const char *s)
{
	scan_text(&scan_s, s, true, NULL);
}

/* Read s afresh: tokens and quotations, and sentences if asked. */
void
scan_text(struct scan *sc, const char *s, bool sentences, tokens_joins_fn joins)
{
	scan_free(sc);
	tokens_scan(&sc->t, s, strlen(s));
	quotes_scan(&sc->t, &sc->q);
	if (sentences)
		tokens_sentences(&sc->t, joins);
}

void
scan_free(struct scan *sc)
{
	quotes_free(&sc->q);
	tokens_free(&sc->t);
}

/* The text of tokens [a, b) ("" when empty), in one of four buffers. */
const char *
scan_words(const struct tokens *t, uint32_t a, uint32_t b, int slot)
{
	static char	out[4][256];

	slot &= 3;
	out[slot][0] = '\0';
	if (a < b && b <= t->n)
		snprintf(out[slot], sizeof out[slot], "%.*s",
		    (int)(t->v[b - 1].end - t->v[a].start), t->text + t->v[a].start);
	return out[slot];
}

/* The token of the n-th occurrence (from 0) of word w, or t->n. */
size_t
scan_at(const struct tokens *t, const char *w, int n)
{
	size_t	i;

	for (i = 0; i < t->n; i++)
		if (tokens_eq(t, i, w) && n-- == 0)
			return i;
	return t->n;
}

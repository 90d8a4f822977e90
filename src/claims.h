/*
 * Pairing claims for comparison: which quotes speak of the same thing,
 * and whether they contradict or support each other.
 *
 * A quote is reduced to its terms (content words, lightly stemmed, each
 * marked when a negation governs it) taken from its words and the
 * sentence around them, less the names of the sources.  Two quotes pair
 * when their terms overlap enough; the relation comes from their stances
 * and from negation of a shared term ("there were contacts" against "had
 * no contact").  Pure computation: the index feeds it (index_compare.c).
 */
#ifndef QUOTH_CLAIMS_H
#define QUOTH_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "attrib.h"
#include "buf.h"

#define CLAIM_RELATIONS(X)			\
	X(CONTRADICTS, "contradicts")		\
	X(SUPPORTS, "supports")			\
	X(SAME_QUOTE, "same-quote")

enum claim_relation {
#define X(id, name) CLAIM_##id,
	CLAIM_RELATIONS(X)
#undef X
	CLAIM_RELATION_COUNT
};

#define CLAIMS_MAX_TERMS	64
#define CLAIMS_TERM_NEGATED	0x1u
#define CLAIMS_FILTER_BITS	256	/* a filter of term hashes */

struct claim_term {
	uint32_t	hash;		/* of the stemmed word */
	uint8_t		flags;		/* CLAIMS_TERM_NEGATED */
	uint8_t		in_quote;	/* from the quote itself, not its context */
	uint16_t	len;		/* of the word as written, for "why" */
	uint32_t	at;		/* offset of the word in its text */
	float		weight;		/* in the cosine: place and rarity */
};

/* A quote as the pairing sees it. */
struct claim {
	int64_t		 id;
	int64_t		 article;
	const char	*text;		/* the quote */
	const char	*context;	/* its sentence, or NULL */
	const char	*speaker;	/* resolved name, or NULL */
	enum stance	 stance;
	bool		 direct;
	/* filled by claims_prepare() */
	struct claim_term terms[CLAIMS_MAX_TERMS];
	int		 nterms;
	int		 nquote_terms;
	bool		 negated;	/* the quote itself negates something */
	bool		 weighed;	/* terms weighed by rarity in the article */
	bool		 inner;		/* inside another quote: paired through it */
	uint8_t		 order[CLAIMS_MAX_TERMS]; /* terms by hash, to merge */
	uint32_t	 sorted[CLAIMS_MAX_TERMS]; /* their hashes, in that order */
	uint64_t	 quote_bits[CLAIMS_FILTER_BITS / 64]; /* quote terms' hashes */
	uint64_t	 term_bits[CLAIMS_FILTER_BITS / 64]; /* all terms' hashes */
	float		 norm;		/* of the weighted terms */
};

struct claim_pair {
	size_t			a, b;	/* indices into the claims given */
	enum claim_relation	relation;
	float			score;	/* 0..1 */
	char			why[200];
};

/* A word to highlight when two claims are shown together. */
struct claim_mark {
	uint32_t	start, end;	/* bytes of the word in its text */
	bool		negation;	/* a negation, else a term both share */
};

struct claim_marks {
	struct claim_mark	*v;
	size_t			 n;
};

void	 claims_prepare(struct claim *, const char *const *, size_t);
bool	 claims_pair(const struct claim *, const struct claim *,
	     struct claim_pair *);
size_t	 claims_pairs(struct claim *, size_t, struct claim_pair **);
size_t	 claims_article(const char *, size_t, const struct attrib_result *,
	     struct claim_pair **);
void	 claims_query(const struct claim *, struct buf *);
void	 claims_query_words(const struct claim *, struct buf *);
const char *claims_relation_name(enum claim_relation);
bool	 claims_tables_sorted(void);
int	 claims_relation_parse(const char *);
void	 claims_marks(const char *, const char *, const char *const *, size_t,
	     struct claim_marks [2]);
void	 claims_marks_free(struct claim_marks *);

#endif

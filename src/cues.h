/*
 * The cue lexicon: the words that introduce what someone said, wrote or
 * thinks ("said", "told", "according to", "pointed out", "declined to"),
 * in every inflection, with what each takes after it (a clause, an
 * addressee then a clause, a to-infinitive, a noun phrase) and the stance
 * it carries (denied, clarified, declined).
 */
#ifndef QUOTH_CUES_H
#define QUOTH_CUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tokens.h"

#define CUE_SAY		0x0001	/* speech or writing: said, wrote */
#define CUE_THINK	0x0002	/* belief: thinks, hopes */
#define CUE_EVID	0x0004	/* evidence, often from documents: shows */
#define CUE_OBJ		0x0008	/* an addressee comes first: told X that */
#define CUE_TO		0x0010	/* takes a to-infinitive: vowed to */
#define CUE_NP		0x0020	/* takes a noun phrase: denied the charges */
#define CUE_DENY	0x0040	/* denial */
#define CUE_CORRECT	0x0080	/* walk-back, clarification */
#define CUE_REFUSE	0x0100	/* refusal: declined */
#define CUE_WEAK	0x0200	/* often not a cue: needs a clear speaker */
#define CUE_ACCORDING	0x0400	/* "according to X" */
#define CUE_NOINV	0x0800	/* never inverted ("said X" but not "thinks X") */
#define CUE_CLAUSE	0x1000	/* takes a that-clause */
#define CUE_OPENER	0x2000	/* after the addressee, only "that", "to",
				   a colon or a quotation open the content */
#define CUE_QUOTING	0x4000	/* a manner of speaking: a cue for quotations,
				   or for content opened by "that" */
#define CUE_QUESTION	0x8000	/* asks: "Asked whether ..., she said" */
#define CUE_NOUN	0x10000	/* a noun and its preposition: "support for",
				   "the claim that" */

enum cue_form { CUE_BASE, CUE_S, CUE_PAST, CUE_ING, CUE_PP };

struct cue_verb {
	const char	*form[5];	/* base, -s, past, -ing, past participle */
	const char	*particle;	/* "out" in "point out", or NULL */
	uint32_t	 flags;
};

struct cue {
	uint32_t		 first;	/* tokens [first, last): the cue as written */
	uint32_t		 last;
	uint32_t		 verb;	/* the verb itself */
	enum cue_form		 form;
	uint32_t		 flags;
	bool			 passive;	/* "was told", "is said to" */
	bool			 negated;	/* "did not say" */
	const struct cue_verb	*row;	/* NULL for "according to" */
};

bool	cues_match(const struct tokens *, size_t, struct cue *);
bool	cues_noun_match(const struct tokens *, size_t, struct cue *);
bool	cues_is_aux(const struct tokens *, size_t);
bool	cues_is_adverb(const struct tokens *, size_t);
const struct cue_verb *cues_table(size_t *);
const struct cue_verb *cues_noun_table(size_t *);

#endif

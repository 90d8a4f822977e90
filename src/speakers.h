/*
 * Speaker phrases.  speakers_left and
 * speakers_right read the noun phrase that ends at or starts from a token
 * ("Trump campaign spokeswoman Hope Hicks", "the Russian deputy foreign
 * minister", "a spokesman for the campaign", "he"), and split it into the
 * name and the role; coref.c then ties each mention to a source.
 */
#ifndef QUOTH_SPEAKERS_H
#define QUOTH_SPEAKERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tokens.h"

enum mention_kind {
	MENTION_NONE,
	MENTION_PRONOUN,	/* he, she, they, I, we */
	MENTION_NAME,		/* a proper name: a person */
	MENTION_ROLE,		/* a description of a person: the senator */
	MENTION_GROUP,		/* officials, aides, Democrats */
	MENTION_ORG,		/* the campaign, the Justice Department */
	MENTION_OUTLET,		/* the Washington Post */
	MENTION_DOCUMENT	/* the report, a joint letter */
};

struct mention {
	uint32_t	first;		/* tokens [first, last): as written */
	uint32_t	last;
	uint32_t	name_first;	/* the proper name, if any */
	uint32_t	name_last;
	uint32_t	role_first;	/* the role, if any */
	uint32_t	role_last;
	enum mention_kind kind;
	bool		vague;		/* its head noun is not in the lexicon */
};

/* Longest phrase read, in tokens: a speaker is rarely longer. */
#define SPEAKERS_REACH	24

/* Word classes of the speaker lexicon. */
#define SPK_PRON	0x0001	/* subject pronoun */
#define SPK_DET		0x0002	/* determiner, possessive pronoun */
#define SPK_ROLE	0x0004	/* a person's role: spokeswoman, minister */
#define SPK_MOD		0x0008	/* modifies a role: deputy, former */
#define SPK_GROUP	0x0010	/* people in the plural: officials */
#define SPK_ORG		0x0020	/* campaign, ministry, committee */
#define SPK_DOC		0x0040	/* report, letter, statement, poll */
#define SPK_PREP	0x0080	/* may join two noun phrases: of, for */
#define SPK_STOP	0x0100	/* ends a phrase: conjunctions, adverbs */
#define SPK_TIME	0x0200	/* Monday, January, yesterday */
#define SPK_HONOR	0x0400	/* Mr., Sen., Dr.: part of a name */
#define SPK_FEM		0x0800	/* spokeswoman, Mrs. */
#define SPK_MASC	0x1000	/* spokesman, Mr. */
#define SPK_REL		0x2000	/* who, which: relative pronoun */
#define SPK_VERB	0x4000	/* a common verb that ends a phrase */
#define SPK_POSSDET	0x8000	/* possessive determiner: his, their */

uint32_t speakers_class(const struct tokens *, size_t);
bool	 speakers_left(const struct tokens *, size_t, size_t, struct mention *);
bool	 speakers_right(const struct tokens *, size_t, size_t, struct mention *);
bool	 speakers_subject(const struct tokens *, size_t, size_t, struct mention *);

#endif

/*
 * In-article coreference: the sources of one article as they are found.
 * Every speaker mention is tied to one source: a surname to the full name
 * ("Ryabkov" to "Sergei Ryabkov"), a description to the person whose title
 * it repeats ("the Russian deputy foreign minister"), a pronoun to the
 * latest speaker it agrees with, a short outlet name to the full one ("the
 * Post" to "Washington Post").  Sources live in the attrib_result.
 */
#ifndef QUOTH_COREF_H
#define QUOTH_COREF_H

#include <stddef.h>
#include <stdint.h>

#include "attrib.h"
#include "relays.h"
#include "speakers.h"
#include "tokens.h"

struct coref_ent;

struct coref_map {
	uint32_t	*key;
	int32_t		*val;
	size_t		 cap;
	size_t		 used;
};

struct coref {
	const struct tokens	*t;
	struct attrib_result	*r;
	struct coref_ent	*e;		/* parallel to r->src */
	size_t			 cap;
	struct coref_map	 names;		/* surname, org or outlet key */
	struct coref_map	 roles;		/* role word of a named person */
	int			*hist;		/* speakers, latest last */
	size_t			 nhist;
	size_t			 caphist;
};

void	 coref_init(struct coref *, const struct tokens *, struct attrib_result *);
void	 coref_free(struct coref *);
void	 coref_register(struct coref *, const struct mention *);
int	 coref_resolve(struct coref *, const struct mention *);
int	 coref_outlet(struct coref *, const struct outlet_match *);
void	 coref_mention(struct coref *, int, uint32_t, uint32_t);
void	 coref_count(struct coref *);
char	*coref_text(const struct tokens *, uint32_t, uint32_t);

#endif

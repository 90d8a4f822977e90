/*
 * Relays: the outlets and documents that words came through ("told the
 * Russian state-run news agency Interfax", "according to the Washington
 * Post", "the Post said", "according to the same report").  Holds the
 * gazetteer of news outlets and agencies with their canonical names; a
 * short form ("the Post", "the Times") is resolved by coref.c to the full
 * name the article used.
 */
#ifndef QUOTH_RELAYS_H
#define QUOTH_RELAYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tokens.h"

struct outlet_match {
	uint32_t	first;		/* tokens, a leading "the" excluded */
	uint32_t	last;
	int32_t		row;		/* gazetteer row, or -1 for a name read
					   from its words ("Kestrel Courier") */
	bool		is_short;	/* "the Post": the full name is elsewhere */
};

bool		 relays_outlet_at(const struct tokens *, size_t,
		     struct outlet_match *);
bool		 relays_outlet_in(const struct tokens *, size_t, size_t,
		     struct outlet_match *);
const char	*relays_canonical(int32_t);
bool		 relays_is_same(const struct tokens *, size_t, size_t);

#define RELAYS_MAX	8	/* relays kept per sentence */

struct relay {
	uint32_t	first;		/* the outlet or document, as written */
	uint32_t	last;
	int32_t		row;		/* gazetteer row; -1 for a document */
	bool		same;		/* "the same report": the one before */
};

size_t		 relays_in_sentence(const struct tokens *, size_t, size_t,
		     struct relay *);

#endif

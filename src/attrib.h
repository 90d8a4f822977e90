/*
 * The attribution engine: who said what, through whom, claim or denial.
 *
 * attrib_article() reads an article body (paragraphs separated by "\n\n",
 * as article.h builds it) and returns every attribution it finds and the
 * sources (people, outlets, organisations, documents) the article names.
 * It knows nothing of SQLite; index.c stores what it returns.  Every
 * attribution names the rule that produced it and a confidence, so that
 * each result can be explained.
 */
#ifndef QUOTH_ATTRIB_H
#define QUOTH_ATTRIB_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"

#define ATTRIB_STANCES(X)	\
	X(CLAIM, "claim")	\
	X(DENIAL, "denial")	\
	X(CORRECTION, "correction") \
	X(REFUSAL, "refusal")

enum stance {
#define X(id, name) STANCE_##id,
	ATTRIB_STANCES(X)
#undef X
	STANCE_COUNT
};

#define ATTRIB_SOURCE_KINDS(X)	\
	X(PERSON, "person")	\
	X(OUTLET, "outlet")	\
	X(ORGANIZATION, "organization") \
	X(DOCUMENT, "document")

enum source_kind {
#define X(id, name) SOURCE_##id,
	ATTRIB_SOURCE_KINDS(X)
#undef X
	SOURCE_KIND_COUNT
};

/* A person, outlet, organisation or document the article names. */
struct source {
	char		*name;		/* canonical: "Sergei Ryabkov", "Washington Post" */
	enum source_kind kind;
	char		*role;		/* "Deputy Foreign Minister", or NULL */
	struct span	*mentions;	/* every place the body refers to it */
	size_t		 nmentions;
	unsigned	 quotes;	/* attributions it is the speaker of */
};

struct attribution {
	struct span	 quote;		/* the content, without enclosing marks */
	bool		 direct;	/* verbatim, inside quotation marks */
	int		 speaker;	/* index into sources, or -1 */
	struct span	 mention;	/* speaker as written at the cue; 0,0 if none */
	char		*role;		/* at this quote, or NULL */
	struct span	 cue;		/* "told", "according to"; 0,0 if none */
	int		*via;		/* indices into sources: relaying outlets */
	size_t		 nvia;
	enum stance	 stance;
	const char	*rule;		/* static string naming the rule that fired */
	float		 confidence;	/* 0..1 */
};

struct attrib_result {
	struct attribution	*v;
	size_t			 n;
	struct source		*src;
	size_t			 nsrc;
};

void		 attrib_article(const char *, size_t, struct attrib_result *);
void		 attrib_result_free(struct attrib_result *);
const char	*attrib_stance_name(enum stance);
int		 attrib_stance_parse(const char *);
const char	*attrib_kind_name(enum source_kind);

#endif

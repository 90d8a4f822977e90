/*
 * Suggested pairs of claims, gathered for the reader: the pairs stored
 * within an article and the counterparts the index finds across
 * articles, of an article or of one quote.  Each pair is kept once,
 * whichever way round it was found; pairs_sort() puts the best first.
 */
#ifndef QUOTH_PAIRS_H
#define QUOTH_PAIRS_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"

struct pair_item {
	int64_t		 a, b;		/* quotes: a asserts, b answers it */
	int64_t		 article_a, article_b;
	int		 relation;	/* enum claim_relation */
	double		 score;
	char		*why;
	char		*title_a, *title_b;	/* of their articles */
	int64_t		 home;		/* the article it was gathered for */
	size_t		 seq;		/* the order found, for ties */
};

struct pair_set {
	struct pair_item	*v;
	size_t			 n;
};

int	 pairs_of_article(struct index *, int64_t, int, struct pair_set *,
	     struct error *);
int	 pairs_of_topic(struct index *, const char *, struct pair_set *,
	     struct error *);
int	 pairs_of_quote(struct index *, int64_t, int64_t, int, struct pair_set *,
	     struct error *);
void	 pairs_sort(struct pair_set *);
int64_t	 pairs_other(const struct pair_item *, int64_t);
void	 pairs_free(struct pair_set *);

#endif

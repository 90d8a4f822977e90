/*
 * What each subtree of an HTML document holds, summed in one pass from
 * the leaves up: characters of text, how many of them are in links,
 * commas, and the elements that boilerplate rules count.  One pass keeps
 * the cost linear however deep a hostile page nests its elements.
 */
#ifndef QUOTH_HTML_SUM_H
#define QUOTH_HTML_SUM_H

#include <stdbool.h>
#include <stddef.h>

#include "html.h"

struct html_sum {
	double	text;		/* characters of text, white space runs as one */
	double	links;		/* of them in links; in-page links count 0.3 */
	size_t	commas;
	size_t	p, img, li, input, embeds;
	double	headings;	/* text in headings that are direct children */
};

/*
 * Called for each element below the root once its subtree is summed;
 * returning false removes the element (and leaves it out of the sums).
 */
typedef bool (*html_sum_cb)(void *, xmlNode *, const struct html_sum *);

void	html_sum(xmlNode *, struct html_sum *, html_sum_cb, void *);
double	html_sum_link_density(const struct html_sum *);

#endif

/*
 * Boilerplate removal for web pages: find the element that holds the
 * article (by scoring the paragraphs and their ancestors, as reader modes
 * do), keep the siblings that belong with it, and drop navigation, share
 * bars, comments, related lists and newsletter boxes within it.
 */
#ifndef QUOTH_BOILER_HTML_H
#define QUOTH_BOILER_HTML_H

#include "article.h"
#include "html.h"

void	boiler_html_extract(htmlDocPtr, const char *, struct article *,
	    char **);
void	boiler_html_fragment(htmlDocPtr, struct article *);

#endif

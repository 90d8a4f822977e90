/*
 * The metadata of a web page: title, byline, date, outlet and canonical
 * URL, from JSON-LD, <meta> tags (Open Graph, Dublin Core, Twitter,
 * Parse.ly, article:*) and the page itself (<title>, <link rel=canonical>,
 * <time>).
 */
#ifndef QUOTH_HTML_META_H
#define QUOTH_HTML_META_H

#include "article.h"
#include "html.h"

void	html_meta_read(htmlDocPtr, struct article *);

#endif

/*
 * HTML documents through libxml2's HTML parser: parsing with the declared
 * charset, small node helpers, and turning a subtree into the paragraphs
 * of an article.  Shared by the page importer (import_html.c), boilerplate
 * removal (boiler_html.c) and the feed importer, whose items carry HTML.
 */
#ifndef QUOTH_HTML_H
#define QUOTH_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "article.h"
#include "buf.h"
#include "error.h"

htmlDocPtr	 html_parse(const char *, size_t, const char *,
		     struct error *);
bool		 html_is(const xmlNode *, const char *);
bool		 html_is_any(const xmlNode *, const char *const *);
const char	*html_attr(const xmlNode *, const char *);
xmlNode		*html_body(htmlDocPtr);
void		 html_text(const xmlNode *, struct buf *);
size_t		 html_text_len(const xmlNode *);
bool		 html_is_hidden(const xmlNode *);
void		 html_remove(xmlNode *);
void		 html_strip(xmlNode *);
void		 html_paragraphs(const xmlNode *, struct article *);

#endif

/*
 * Saved web pages: metadata from the page's head (html_meta.c), the
 * article's paragraphs from its body with the site's chrome removed
 * (boiler_html.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "boiler_html.h"
#include "fetch.h"
#include "html_meta.h"
#include "import.h"

int
import_html(const char *s, size_t n, const char *file,
    const struct import_sink *sink, struct error *err)
{
	struct article	 a;
	htmlDocPtr	 doc;
	char		*byline = NULL;
	int		 rc = -1;

	if ((doc = html_parse(s, n, NULL, err)) == NULL)
		return -1;
	article_init(&a);
	html_meta_read(doc, &a);
	html_strip(html_body(doc));
	boiler_html_extract(doc, a.title, &a, &byline);
	if (a.byline == NULL)
		a.byline = byline;
	else
		free(byline);
	if (a.url == NULL && fetch_is_url(file))
		article_set(&a.url, file, strlen(file));
	if (a.body.len == 0) {
		error_set(err, "no article text in the page%s%s%s",
		    a.title != NULL ? " (\"" : "", a.title != NULL ? a.title : "",
		    a.title != NULL ? "\")" : "");
		goto out;
	}
	article_set(&a.file, file, strlen(file));
	rc = sink->article(sink->ctx, &a, err);
out:
	article_free(&a);
	xmlFreeDoc(doc);
	return rc;
}

/* HTML inside something else (a feed item): its paragraphs, chrome removed. */
void
import_html_fragment(const char *s, size_t n, struct article *a)
{
	htmlDocPtr	doc;

	if ((doc = html_parse(s, n, "UTF-8", NULL)) == NULL)
		return;
	boiler_html_fragment(doc, a);
	xmlFreeDoc(doc);
}

/*
 * OPML subscription lists.  Reading asks libxml2 for no network and no
 * entity expansion, so a hostile list can neither fetch nor explode;
 * folders are outlines too, so the walk goes as deep as they do.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "html.h"
#include "opml.h"

struct opml_walk {
	opml_feed_cb	 cb;
	void		*ctx;
	int		 stop;
};

/* An attribute with a value, or NULL. */
static const char *
opml_attr(const xmlNode *n, const char *name)
{
	const char	*v = html_attr(n, name);

	return v != NULL && *v != '\0' ? v : NULL;
}

static void
opml_outline(struct opml_walk *w, const xmlNode *n)
{
	struct opml_feed	f;

	if ((f.url = opml_attr(n, "xmlUrl")) == NULL)	/* a folder */
		return;
	if ((f.title = opml_attr(n, "title")) == NULL)
		f.title = opml_attr(n, "text");
	w->stop = w->cb(w->ctx, &f);
}

/* Depth first, in document order, with no recursion to exhaust. */
static void
opml_walk(struct opml_walk *w, xmlNodePtr root)
{
	xmlNodePtr	n = root->children;

	while (n != NULL && !w->stop) {
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcasecmp(n->name, (const xmlChar *)"outline") == 0)
			opml_outline(w, n);
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)	/* up to an uncle */
			n = n->parent != root ? n->parent : NULL;
		if (n != NULL)
			n = n->next;
	}
}

int
opml_read(const char *s, size_t len, opml_feed_cb cb, void *ctx,
    struct error *err)
{
	struct opml_walk	 w = { cb, ctx, 0 };
	xmlDocPtr		 doc;
	xmlNodePtr		 root;

	if (len > OPML_MAX_BYTES)
		return error_set(err, "%.1f MB is over the %zu MB limit for a "
		    "list of subscriptions", (double)len / 1e6,
		    OPML_MAX_BYTES >> 20);
	if (len > (size_t)2147483647 || (doc = xmlReadMemory(s, (int)len, NULL,
	    NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) ==
	    NULL)
		return error_set(err, "%s", "not well-formed XML");
	root = xmlDocGetRootElement(doc);
	if (root == NULL || xmlStrcasecmp(root->name,
	    (const xmlChar *)"opml") != 0) {
		/* the name lives in the document: said before it is freed */
		error_set(err, "not OPML: the root element is <%.40s>",
		    root != NULL ? (const char *)root->name : "");
		xmlFreeDoc(doc);
		return -1;
	}
	opml_walk(&w, root);
	xmlFreeDoc(doc);
	return 0;
}

/*
 * Text in XML, markup escaped and controls dropped; a tab is kept as a
 * reference, since a literal one in an attribute reads back as a space.
 */
static void
opml_text(FILE *fp, const char *v)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)v; *p != '\0'; p++) {
		if (*p == '&')
			fputs("&amp;", fp);
		else if (*p == '<')
			fputs("&lt;", fp);
		else if (*p == '>')
			fputs("&gt;", fp);
		else if (*p == '"')
			fputs("&quot;", fp);
		else if (*p == '\t')
			fputs("&#9;", fp);
		else if (*p >= 0x20)
			fputc(*p, fp);
	}
}

static void
opml_attr_put(FILE *fp, const char *name, const char *v)
{
	fprintf(fp, " %s=\"", name);
	opml_text(fp, v);
	fputc('"', fp);
}

void
opml_begin(FILE *fp, const char *title)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<opml version=\"2.0\">\n  <head>\n    <title>", fp);
	opml_text(fp, title);
	fputs("</title>\n  </head>\n  <body>\n", fp);
}

void
opml_put(FILE *fp, const struct opml_feed *f)
{
	fputs("    <outline type=\"rss\"", fp);
	opml_attr_put(fp, "text", f->title != NULL ? f->title : f->url);
	if (f->title != NULL)
		opml_attr_put(fp, "title", f->title);
	opml_attr_put(fp, "xmlUrl", f->url);
	fputs("/>\n", fp);
}

void
opml_end(FILE *fp)
{
	fputs("  </body>\n</opml>\n", fp);
}

/*
 * OPML subscription lists.  Reading asks libxml2 for no network and no
 * entity expansion, so a hostile list can neither fetch nor explode;
 * folders are outlines too, so the walk goes as deep as they do.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "opml.h"

struct opml_walk {
	opml_feed_cb	 cb;
	void		*ctx;
	int		 stop;
};

/* An attribute by name, any case ("xmlUrl", "xmlurl"); NULL if absent. */
static xmlChar *
opml_attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr	a;

	for (a = n->properties; a != NULL; a = a->next)
		if (xmlStrcasecmp(a->name, (const xmlChar *)name) == 0)
			return xmlNodeGetContent((xmlNodePtr)a);
	return NULL;
}

static void
opml_outline(struct opml_walk *w, xmlNodePtr n)
{
	struct opml_feed	 f;
	xmlChar			*url = opml_attr(n, "xmlUrl");
	xmlChar			*title;

	if (url == NULL || *url == '\0') {
		xmlFree(url);
		return;
	}
	if ((title = opml_attr(n, "title")) == NULL || *title == '\0') {
		xmlFree(title);
		title = opml_attr(n, "text");
	}
	f.url = (const char *)url;
	f.title = title != NULL && *title != '\0' ? (const char *)title : NULL;
	w->stop = w->cb(w->ctx, &f);
	xmlFree(url);
	xmlFree(title);
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

/* Text as an XML attribute value: markup escaped, controls dropped. */
static void
opml_attr_put(FILE *fp, const char *name, const char *v)
{
	const unsigned char	*p;

	fprintf(fp, " %s=\"", name);
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
			fputs("&#9;", fp);	/* a literal tab reads back as a space */
		else if (*p >= 0x20)
			fputc(*p, fp);
	}
	fputc('"', fp);
}

void
opml_begin(FILE *fp, const char *title)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<opml version=\"2.0\">\n  <head>\n    <title>", fp);
	for (; *title != '\0'; title++)
		if (*title == '&')
			fputs("&amp;", fp);
		else if (*title == '<')
			fputs("&lt;", fp);
		else
			fputc(*title, fp);
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

/*
 * Feeds: RSS 0.9x, 1.0 (RDF) and 2.0, Atom 0.3 and 1.0 through libxml2's
 * XML parser; JSON Feed in import_jsonfeed.c.  The parser never reads
 * the network (no DTD is loaded) and never substitutes entities: their
 * text is read once, flat, so that an entity bomb stays small.  HTML
 * entities that feeds use without declaring them (&eacute;) are turned
 * into character references first.  Badly formed feeds are read as far
 * as the parser can recover; an item cut off by the end of the file is
 * dropped, never imported in part.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/uri.h>

#include "feed.h"
#include "html.h"
#include "utf8.h"
#include "xmalloc.h"

#define FEED_MAX_TEXT	IMPORT_MAX_ARTICLE

#define NS_DC		"http://purl.org/dc/elements/1.1/"
#define NS_DCTERMS	"http://purl.org/dc/terms/"
#define NS_CONTENT	"http://purl.org/rss/1.0/modules/content/"
#define NS_XHTML	"http://www.w3.org/1999/xhtml"
#define NS_ITUNES	"http://www.itunes.com/dtds/podcast-1.0.dtd"
#define NS_MEDIA	"http://search.yahoo.com/mrss/"

enum feed_field {
	FEED_TITLE, FEED_LINK, FEED_ID, FEED_DATE, FEED_AUTHOR, FEED_CONTENT,
	FEED_SUMMARY, FEED_NFIELDS
};

/*
 * Where each field of an item comes from, best first.  ns NULL matches
 * an element in no namespace or in a feed format's own (RSS 1.0, Atom);
 * a prefixed name is also matched as written, for feeds that use a
 * prefix without declaring it.
 */
static const struct {
	const char	*name;
	const char	*ns;
	const char	*prefixed;
	enum feed_field	 field;
} feed_fields[] = {
	{ "title", NULL, NULL, FEED_TITLE },
	{ "title", NS_DC, "dc:title", FEED_TITLE },
	{ "link", NULL, NULL, FEED_LINK },
	{ "guid", NULL, NULL, FEED_ID },
	{ "id", NULL, NULL, FEED_ID },
	{ "identifier", NS_DC, "dc:identifier", FEED_ID },
	{ "published", NULL, NULL, FEED_DATE },
	{ "pubDate", NULL, NULL, FEED_DATE },
	{ "date", NS_DC, "dc:date", FEED_DATE },
	{ "issued", NULL, NULL, FEED_DATE },
	{ "issued", NS_DCTERMS, "dcterms:issued", FEED_DATE },
	{ "created", NULL, NULL, FEED_DATE },
	{ "created", NS_DCTERMS, "dcterms:created", FEED_DATE },
	{ "updated", NULL, NULL, FEED_DATE },
	{ "modified", NULL, NULL, FEED_DATE },
	{ "modified", NS_DCTERMS, "dcterms:modified", FEED_DATE },
	{ "author", NULL, NULL, FEED_AUTHOR },
	{ "creator", NS_DC, "dc:creator", FEED_AUTHOR },
	{ "author", NS_ITUNES, "itunes:author", FEED_AUTHOR },
	{ "encoded", NS_CONTENT, "content:encoded", FEED_CONTENT },
	{ "body", NS_XHTML, "xhtml:body", FEED_CONTENT },
	{ "content", NULL, NULL, FEED_CONTENT },
	{ "description", NULL, NULL, FEED_SUMMARY },
	{ "summary", NULL, NULL, FEED_SUMMARY },
	{ "description", NS_DC, "dc:description", FEED_SUMMARY },
	{ "abstract", NS_DCTERMS, "dcterms:abstract", FEED_SUMMARY },
	{ "summary", NS_ITUNES, "itunes:summary", FEED_SUMMARY },
	{ "description", NS_MEDIA, "media:description", FEED_SUMMARY },
};

/* Namespaces of the feed formats themselves. */
static const char *const feed_own_ns[] = {
	"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#",
	"http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
	"http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss",
	NULL,
};

struct feed_doc {
	xmlDocPtr	 doc;
	int		 errors;
	char		 first[200];		/* the first error, for a refusal */
	bool		 encoding;		/* it was an encoding error */
	char		 unfinished[64];	/* where the file ended, if early */
};

struct feed_ctx {
	const char		*file;
	const struct import_sink *sink;
	struct feed_doc		*fd;
	char			*outlet;
	char			*feed_id;
	struct feed_stats	 st;
	bool			 atom;
};

static bool
feed_is_own_ns(const xmlNode *n)
{
	const char *const	*ns;

	if (n->ns == NULL || n->ns->href == NULL)
		return true;
	for (ns = feed_own_ns; *ns != NULL; ns++)
		if (strcmp((const char *)n->ns->href, *ns) == 0)
			return true;
	return false;
}

static bool
feed_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0 && feed_is_own_ns(n);
}

static int
feed_field_of(const xmlNode *n)
{
	const char	*name = (const char *)n->name;
	size_t		 i;

	for (i = 0; i < sizeof feed_fields / sizeof feed_fields[0]; i++) {
		if (feed_fields[i].prefixed != NULL && n->ns == NULL &&
		    strcmp(name, feed_fields[i].prefixed) == 0)
			return (int)i;
		if (strcmp(name, feed_fields[i].name) != 0)
			continue;
		if (feed_fields[i].ns == NULL ? feed_is_own_ns(n) : (n->ns !=
		    NULL && strcmp((const char *)n->ns->href, feed_fields[i].ns) == 0))
			return (int)i;
	}
	return -1;
}

/*
 * The text of an element, entity references read flat (their declared
 * text, not expanded further), capped so nothing can grow past a limit.
 */
static void
feed_text(const xmlNode *n, struct buf *b)
{
	const xmlNode	*c;
	const xmlEntity	*e;

	for (c = n->children; c != NULL && b->len < FEED_MAX_TEXT; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			buf_adds(b, (const char *)c->content);
		else if (c->type == XML_ENTITY_REF_NODE) {
			e = (const xmlEntity *)c->children;
			if (e != NULL && e->content != NULL &&
			    strchr((const char *)e->content, '&') == NULL)
				buf_adds(b, (const char *)e->content);
		} else if (c->type == XML_ELEMENT_NODE)
			feed_text(c, b);
	}
}

/* Base64 (Atom 0.3's mode="base64"), decoded in place; white space skipped. */
static void
feed_base64(struct buf *b)
{
	static const char	 abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const char		*p;
	size_t			 i, out = 0;
	unsigned		 acc = 0;
	int			 bits = 0;

	for (i = 0; i < b->len && b->s[i] != '='; i++) {
		if ((p = strchr(abc, b->s[i])) == NULL || b->s[i] == '\0')
			continue;
		acc = (acc << 6) | (unsigned)(p - abc);
		if ((bits += 6) >= 8) {
			bits -= 8;
			b->s[out++] = (char)((acc >> bits) & 0xff);
		}
	}
	buf_truncate(b, out);
}

/*
 * Atom 0.3 says mode="base64"; Atom 1.0 gives a media type that is not
 * text or XML, whose content is then base64 (RFC 4287, 4.1.3.3).
 */
static bool
feed_is_base64(const xmlNode *n)
{
	const char	*mode = html_attr(n, "mode"), *type = html_attr(n, "type");

	if (mode != NULL)
		return strcmp(mode, "base64") == 0;
	return type != NULL && strchr(type, '/') != NULL &&
	    strncmp(type, "text/", 5) != 0 && strstr(type, "xml") == NULL;
}

/* Text as written (paragraph breaks kept), or NULL when there is none. */
static char *
feed_raw(const xmlNode *n)
{
	struct buf	 b = BUF_INIT;
	char		*s = NULL;

	feed_text(n, &b);
	if (feed_is_base64(n))
		feed_base64(&b);
	if (b.len > 0 && utf8_valid(buf_str(&b), b.len, NULL))
		s = buf_detach(&b);
	buf_free(&b);
	return s;
}

/* Text on one line, white space collapsed, or NULL when there is none. */
static char *
feed_string(const xmlNode *n)
{
	char	*s = feed_raw(n), *in, *out;
	bool	 space = false;

	if (s == NULL)
		return NULL;
	for (in = out = s; *in != '\0'; in++) {
		if (isspace((unsigned char)*in)) {
			space = out > s;
			continue;
		}
		if (space)
			*out++ = ' ';
		space = false;
		*out++ = *in;
	}
	*out = '\0';
	if (out == s) {
		free(s);
		return NULL;
	}
	return s;
}

/* Markup inside an Atom type="xhtml" element, written out as HTML. */
static char *
feed_xhtml(const xmlNode *n)
{
	xmlBufferPtr	 xb = xmlBufferCreate();
	const xmlNode	*c;
	char		*s;

	for (c = n->children; c != NULL; c = c->next)
		xmlNodeDump(xb, n->doc, (xmlNode *)(uintptr_t)c, 0, 0);
	s = xstrdup((const char *)xmlBufferContent(xb));
	xmlBufferFree(xb);
	return s;
}

enum feed_kind { FEED_KIND_TEXT, FEED_KIND_HTML, FEED_KIND_XHTML, FEED_KIND_NONE };

/*
 * What a text construct holds.  RSS's are HTML; Atom says so in type
 * (and Atom 0.3 in mode); content given by reference (src) is none we
 * can read.
 */
static enum feed_kind
feed_kind(const struct feed_ctx *fc, const xmlNode *n)
{
	const char	*type = html_attr(n, "type"), *mode = html_attr(n, "mode");

	if (html_attr(n, "src") != NULL)
		return FEED_KIND_NONE;
	if (n->ns != NULL && strcmp((const char *)n->ns->href, NS_XHTML) == 0)
		return FEED_KIND_XHTML;
	if (type != NULL && strstr(type, "xhtml") != NULL)
		return FEED_KIND_XHTML;
	if (type != NULL && (strcmp(type, "html") == 0 ||
	    strcmp(type, "text/html") == 0))
		return FEED_KIND_HTML;
	if (mode != NULL && strcmp(mode, "escaped") == 0)
		return FEED_KIND_HTML;
	if (type != NULL && strncmp(type, "text", 4) == 0)
		return FEED_KIND_TEXT;
	return fc->atom && type == NULL && strcmp((const char *)n->name,
	    "content") != 0 ? FEED_KIND_TEXT : FEED_KIND_HTML;
}

/* HTML written as a title: its text only. */
static char *
feed_html_text(const char *html)
{
	htmlDocPtr	 doc;
	struct buf	 b = BUF_INIT;
	char		*s = NULL;

	if ((doc = html_parse(html, strlen(html), "UTF-8", NULL)) == NULL)
		return xstrdup(html);
	html_text(html_body(doc), &b);
	article_set(&s, buf_str(&b), b.len);
	buf_free(&b);
	xmlFreeDoc(doc);
	return s;
}

static char *
feed_title(const struct feed_ctx *fc, const xmlNode *n)
{
	char	*s = feed_string(n), *t;

	if (s == NULL || feed_kind(fc, n) != FEED_KIND_HTML ||
	    strpbrk(s, "<&") == NULL)
		return s;
	t = feed_html_text(s);
	free(s);
	return t;
}

/* Atom: <link rel="alternate" href>; RSS: the element's text. */
static char *
feed_link(const xmlNode *n)
{
	const char	*rel = html_attr(n, "rel"), *href = html_attr(n, "href");
	xmlChar		*base, *abs;
	char		*text = NULL, *s;

	if (href == NULL && (href = text = feed_string(n)) == NULL)
		return NULL;
	if (text == NULL && rel != NULL && strcmp(rel, "alternate") != 0)
		return NULL;
	/* relative links are resolved against xml:base */
	base = xmlNodeGetBase(n->doc, n);
	abs = base != NULL ? xmlBuildURI((const xmlChar *)href, base) : NULL;
	s = xstrdup(abs != NULL ? (const char *)abs : href);
	xmlFree(abs);
	xmlFree(base);
	free(text);
	return s;
}

/* RSS: "jo@example.com (Jo Bloggs)"; Atom: <author><name>. */
static char *
feed_author(const xmlNode *n)
{
	const xmlNode	*c;
	char		*s, *open, *close;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name,
		    "name") == 0)
			return feed_string(c);
	if ((s = feed_string(n)) == NULL)
		return NULL;
	if ((open = strchr(s, '(')) != NULL && (close = strrchr(s, ')')) != NULL &&
	    close > open + 1 && strchr(s, '@') != NULL && strchr(s, '@') < open) {
		*close = '\0';
		memmove(s, open + 1, strlen(open + 1) + 1);
	}
	return s;
}

struct feed_values {
	char		*v[FEED_NFIELDS];
	int		 rank[FEED_NFIELDS];
	enum feed_kind	 kind[FEED_NFIELDS];
};

static char *
feed_value(const struct feed_ctx *fc, const xmlNode *c, enum feed_field f,
    enum feed_kind *kind)
{
	*kind = FEED_KIND_TEXT;
	switch (f) {
	case FEED_TITLE:
		return feed_title(fc, c);
	case FEED_LINK:
		return feed_link(c);
	case FEED_AUTHOR:
		return feed_author(c);
	case FEED_CONTENT:
	case FEED_SUMMARY:
		if ((*kind = feed_kind(fc, c)) == FEED_KIND_NONE)
			return NULL;
		return *kind == FEED_KIND_XHTML ? feed_xhtml(c) : feed_raw(c);
	default:
		return feed_string(c);
	}
}

static void
feed_take(const struct feed_ctx *fc, struct feed_values *fv, const xmlNode *c)
{
	int		 i = feed_field_of(c);
	enum feed_field	 f;
	enum feed_kind	 kind;
	char		*v;

	if (i < 0)
		return;
	f = feed_fields[i].field;
	/* of several RSS <link>s the last wins, as in other readers */
	if (fv->v[f] != NULL && (fv->rank[f] < i || (fv->rank[f] == i &&
	    !(f == FEED_LINK && html_attr(c, "href") == NULL))))
		return;
	if ((v = feed_value(fc, c, f, &kind)) == NULL)
		return;
	free(fv->v[f]);
	fv->v[f] = v;
	fv->rank[f] = i;
	fv->kind[f] = kind;
}

/*
 * When the file ends early, the parser names the innermost element left
 * open: the last one of that name on the tree's last branch.  An item
 * that is it, or holds it, was read only in part and is not imported.
 */
static bool
feed_is_cut(const struct feed_ctx *fc, const xmlNode *item)
{
	const xmlNode	*n = item->doc->children, *c, *open = NULL;

	if (fc->fd->unfinished[0] == '\0')
		return false;
	for (; n != NULL; n = c) {
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name,
		    fc->fd->unfinished) == 0)
			open = n;
		for (c = n->last; c != NULL && c->type != XML_ELEMENT_NODE;
		    c = c->prev)
			;
	}
	for (; open != NULL; open = open->parent)
		if (open == item)
			return true;
	return false;
}

static int
feed_item(struct feed_ctx *fc, const xmlNode *item, struct error *err)
{
	struct feed_values	 fv;
	struct feed_item	 it;
	const xmlNode		*c;
	enum feed_field		 body;
	const char		*about = html_attr(item, "about");
	int			 f, rc;

	if (feed_is_cut(fc, item)) {
		fc->st.items++;
		feed_skip(fc->sink, &fc->st, "cut off by the end of the file");
		return 0;
	}
	memset(&fv, 0, sizeof fv);
	for (c = item->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			feed_take(fc, &fv, c);
	body = fv.v[FEED_CONTENT] != NULL ? FEED_CONTENT : FEED_SUMMARY;
	memset(&it, 0, sizeof it);
	it.title = fv.v[FEED_TITLE];
	it.link = fv.v[FEED_LINK];
	it.id = fv.v[FEED_ID] != NULL ? fv.v[FEED_ID] : about;
	it.date = fv.v[FEED_DATE];
	it.author = fv.v[FEED_AUTHOR];
	if (fv.kind[body] == FEED_KIND_TEXT)
		it.text = fv.v[body];
	else
		it.html = fv.v[body];
	it.outlet = fc->outlet;
	it.feed_id = fc->feed_id;
	rc = feed_emit(&it, fc->file, fc->sink, &fc->st, err);
	for (f = 0; f < FEED_NFIELDS; f++)
		free(fv.v[f]);
	return rc;
}

static const xmlNode *
feed_child(const xmlNode *n, const char *name)
{
	for (n = n->children; n != NULL; n = n->next)
		if (feed_is(n, name))
			return n;
	return NULL;
}

/* The feed's title (the outlet of its items) and its id or home page. */
static void
feed_head(struct feed_ctx *fc, const xmlNode *head)
{
	const xmlNode	*n, *c;

	if ((n = feed_child(head, "title")) != NULL)
		fc->outlet = feed_title(fc, n);
	if ((n = feed_child(head, "id")) != NULL)
		fc->feed_id = feed_string(n);
	for (c = head->children; c != NULL && fc->feed_id == NULL; c = c->next)
		if (feed_is(c, "link"))
			fc->feed_id = feed_link(c);
}

/* Items are children of the channel (RSS 2.0) or of the root (RDF). */
static int
feed_items(struct feed_ctx *fc, const xmlNode *parent, const char *name,
    struct error *err)
{
	const xmlNode	*c;

	for (c = parent->children; c != NULL; c = c->next)
		if (feed_is(c, name) && feed_item(fc, c, err) == -1)
			return -1;
	return 0;
}

static int
feed_walk(struct feed_ctx *fc, const xmlNode *root, struct error *err)
{
	const char	*name = (const char *)root->name;
	const xmlNode	*channel;

	if (strcmp(name, "feed") == 0) {
		fc->atom = true;
		feed_head(fc, root);
		return feed_items(fc, root, "entry", err);
	}
	if (strcmp(name, "rss") == 0 || strcmp(name, "RDF") == 0 ||
	    strcmp(name, "channel") == 0) {
		channel = strcmp(name, "channel") == 0 ? root :
		    feed_child(root, "channel");
		if (channel != NULL) {
			feed_head(fc, channel);
			if (feed_items(fc, channel, "item", err) == -1)
				return -1;
		}
		return feed_items(fc, root, "item", err);
	}
	if (strcmp(name, "entry") == 0) {	/* an Atom entry document */
		fc->atom = true;
		return feed_item(fc, root, err);
	}
	if (strcasecmp(name, "opml") == 0)
		return error_set(err, "an OPML list of subscriptions, not a feed "
		    "(subscribe to its feeds with 'quoth feeds import FILE')");
	if (strcmp(name, "CHANNEL") == 0)
		return error_set(err, "a Channel Definition Format (CDF) file, "
		    "which quoth does not read, not a feed");
	return error_set(err, "not a feed: root element <%s>", name);
}

static void
feed_error(void *ctx, xmlErrorPtr e)
{
	struct feed_doc	*fd = ctx;
	size_t		 n;

	if (e == NULL || e->level < XML_ERR_ERROR)
		return;
	if (fd->errors++ == 0) {
		snprintf(fd->first, sizeof fd->first, "%s", e->message != NULL ?
		    e->message : "error");
		n = strlen(fd->first);
		while (n > 0 && isspace((unsigned char)fd->first[n - 1]))
			fd->first[--n] = '\0';
		snprintf(fd->first + n, sizeof fd->first - n, " (line %d)", e->line);
	}
	if (e->domain == XML_FROM_I18N || e->code == XML_ERR_INVALID_CHAR ||
	    e->code == XML_ERR_INVALID_ENCODING ||
	    e->code == XML_ERR_UNSUPPORTED_ENCODING)
		fd->encoding = true;
	if (e->code == XML_ERR_TAG_NOT_FINISHED && e->str1 != NULL &&
	    fd->unfinished[0] == '\0')
		snprintf(fd->unfinished, sizeof fd->unfinished, "%s", e->str1);
}

static void
feed_read(struct feed_doc *fd, const char *s, size_t n, int extra)
{
	memset(fd, 0, sizeof *fd);
	xmlSetStructuredErrorFunc(fd, feed_error);
	fd->doc = xmlReadMemory(s, (int)n, NULL, extra & XML_PARSE_IGNORE_ENC ?
	    "UTF-8" : NULL, XML_PARSE_RECOVER | XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES |
	    XML_PARSE_NOCDATA | extra);
	xmlSetStructuredErrorFunc(NULL, NULL);
}

static bool
feed_is_xml_entity(const char *name)
{
	static const char *const own[] = { "amp", "lt", "gt", "quot", "apos" };
	size_t			 i;

	for (i = 0; i < sizeof own / sizeof own[0]; i++)
		if (strcmp(name, own[i]) == 0)
			return true;
	return false;
}

/* The length of "&name;", "&#123;" or "&#x7b;" at p, 0 if it is not one. */
static size_t
feed_entity_len(const char *p, const char *end, char *name, size_t namesz)
{
	const char	*q = p + 1;
	size_t		 k = 0;

	if (q < end && *q == '#') {
		q++;
		if (q < end && (*q == 'x' || *q == 'X'))
			q++;
		while (q < end && isxdigit((unsigned char)*q))
			q++;
		return q < end && *q == ';' && q > p + 2 ? (size_t)(q - p + 1) : 0;
	}
	while (q < end && k + 1 < namesz && (isalnum((unsigned char)*q) ||
	    *q == '_' || *q == '-' || *q == '.'))
		name[k++] = *q++;
	name[k] = '\0';
	return q < end && *q == ';' && k > 0 ? (size_t)(q - p + 1) : 0;
}

/* Copy a CDATA section or a comment through unchanged; bytes copied. */
static size_t
feed_copy_literal(const char *p, const char *end, struct buf *out)
{
	static const struct { const char *open, *close; } lit[] = {
		{ "<![CDATA[", "]]>" }, { "<!--", "-->" },
	};
	const char	*c;
	size_t		 i, n = (size_t)(end - p), k;

	for (i = 0; i < sizeof lit / sizeof lit[0]; i++) {
		k = strlen(lit[i].open);
		if (n < k || memcmp(p, lit[i].open, k) != 0)
			continue;
		c = memmem(p + k, n - k, lit[i].close, strlen(lit[i].close));
		n = c != NULL ? (size_t)(c - p) + strlen(lit[i].close) : n;
		buf_add(out, p, n);
		return n;
	}
	return 0;
}

/*
 * What feeds write that XML forbids but their authors meant plainly: a
 * bare "&" ("Fish & Chips"), and HTML's named entities ("&eacute;")
 * without a DTD that declares them.  The first becomes "&amp;", the
 * others numeric references; CDATA sections and comments are left alone.
 */
static void
feed_fix_entities(const char *s, size_t n, struct buf *out)
{
	const char		*p = s, *end = s + n;
	const htmlEntityDesc	*e;
	char			 name[32];
	size_t			 k;

	while (p < end) {
		if (*p == '<' && (k = feed_copy_literal(p, end, out)) > 0) {
			p += k;
			continue;
		}
		if (*p != '&') {
			buf_addc(out, *p++);
			continue;
		}
		if ((k = feed_entity_len(p, end, name, sizeof name)) == 0)
			buf_add(out, "&amp;", 5);
		else if (p[1] != '#' && !feed_is_xml_entity(name) &&
		    (e = htmlEntityLookup((const xmlChar *)name)) != NULL)
			buf_printf(out, "&#%u;", e->value);
		else
			buf_add(out, p, k);
		p += k > 0 ? k : 1;
	}
}

/*
 * Parse, and when the feed's bytes are not in the encoding it declares,
 * parse again as UTF-8 (or Windows-1252, when not UTF-8 either).
 */
static int
feed_parse(struct feed_doc *fd, const char *s, size_t n, struct error *err)
{
	struct buf	fixed = BUF_INIT, utf8 = BUF_INIT, notes = BUF_INIT;

	if (n > INT32_MAX)
		return error_set(err, "too large to parse");
	feed_fix_entities(s, n, &fixed);
	feed_read(fd, buf_str(&fixed), fixed.len, 0);
	if (fd->encoding && import_decode(buf_str(&fixed), fixed.len, &utf8,
	    &notes, NULL) == 0) {
		xmlFreeDoc(fd->doc);
		feed_read(fd, buf_str(&utf8), utf8.len, XML_PARSE_IGNORE_ENC);
	}
	buf_free(&fixed);
	buf_free(&utf8);
	buf_free(&notes);
	if (fd->doc == NULL || xmlDocGetRootElement(fd->doc) == NULL)
		return error_set(err, "not well-formed XML: %s", fd->errors > 0 ?
		    fd->first : "no root element");
	return 0;
}

int
import_feed(const char *s, size_t n, const char *file,
    const struct import_sink *sink, struct error *err)
{
	struct feed_doc	 fd;
	struct feed_ctx	 fc;
	const char	*p = s;
	int		 rc;

	while (p < s + n && isspace((unsigned char)*p))
		p++;
	if (p < s + n && *p == '{')
		return import_jsonfeed(s, n, file, sink, err);
	if (feed_parse(&fd, s, n, err) == -1) {
		xmlFreeDoc(fd.doc);
		return -1;
	}
	memset(&fc, 0, sizeof fc);
	fc.file = file;
	fc.sink = sink;
	fc.fd = &fd;
	rc = feed_walk(&fc, xmlDocGetRootElement(fd.doc), err);
	if (rc == 0 && fd.errors > 0 && fc.st.items == 0)
		rc = error_set(err, "the feed has no items (and is not "
		    "well-formed XML: %s)", fd.first);
	else if (rc == 0)
		rc = feed_done(&fc.st, err);
	free(fc.outlet);
	free(fc.feed_id);
	xmlFreeDoc(fd.doc);
	return rc;
}

/* The title a feed gives itself, for naming a subscription. */
char *
import_feed_title(const char *s, size_t n)
{
	struct feed_doc	 fd;
	struct feed_ctx	 fc;
	const xmlNode	*root, *channel;

	memset(&fc, 0, sizeof fc);
	if (n > 0 && *s == '{')
		return import_jsonfeed_title(s, n);
	if (feed_parse(&fd, s, n, NULL) == 0) {
		root = xmlDocGetRootElement(fd.doc);
		fc.atom = strcmp((const char *)root->name, "feed") == 0;
		channel = feed_child(root, "channel");
		feed_head(&fc, channel != NULL ? channel : root);
	}
	xmlFreeDoc(fd.doc);
	free(fc.feed_id);
	return fc.outlet;
}

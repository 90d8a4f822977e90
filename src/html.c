/*
 * HTML through libxml2: parse, inspect, and write a subtree out as
 * paragraphs.  libxml2 gives every document a tree with <html> and <body>
 * whatever the input; the parser's own limits (depth, name length) keep
 * hostile markup bounded.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "utf8.h"

#define HTML_SNIFF	4096	/* where a <meta charset> must appear */

/* Never text: code, styles, forms and embedded documents. */
static const char *const html_never_text[] = {
	"script", "style", "noscript", "template", "svg", "math", "head",
	"iframe", "object", "embed", "button", "input", "select", "textarea",
	"canvas", "video", "audio", "map", "dialog", NULL,
};

/* Elements that end the paragraph before them and start a new one after. */
static const char *const html_blocks[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
	"dl", "dt", "dd", "blockquote", "pre", "section", "article", "main",
	"header", "footer", "aside", "nav", "figure", "figcaption", "table",
	"tr", "caption", "form", "fieldset", "address", "hr", "center",
	"details", "summary", NULL,
};

bool
html_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    strcasecmp((const char *)n->name, name) == 0;
}

bool
html_is_any(const xmlNode *n, const char *const *names)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return false;
	for (; *names != NULL; names++)
		if (strcasecmp((const char *)n->name, *names) == 0)
			return true;
	return false;
}

/* The attribute's value, or NULL; valid while the node lives. */
const char *
html_attr(const xmlNode *n, const char *name)
{
	const xmlAttr	*a;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a != NULL; a = a->next)
		if (a->name != NULL && strcasecmp((const char *)a->name, name) == 0 &&
		    a->children != NULL && a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

static bool
html_known_charset(const char *name)
{
	xmlCharEncodingHandlerPtr	h = xmlFindCharEncodingHandler(name);

	if (h == NULL)
		return false;
	xmlCharEncCloseFunc(h);		/* iconv's handlers are allocated */
	return true;
}

static bool
html_has_multibyte(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return true;
	return false;
}

/*
 * The charset a page declares in its first bytes (<meta charset=...> or
 * http-equiv), which libxml2 is told up front; without one, UTF-8 when
 * the bytes are valid UTF-8, else Windows-1252 as browsers do.  A page
 * saved as UTF-8 by a tool that left its old declaration in place is
 * read as UTF-8: text in a legacy encoding is almost never valid UTF-8
 * by accident.
 */
static const char *
html_charset(const char *s, size_t n, char *out, size_t outsz)
{
	const char	*p, *end = s + (n < HTML_SNIFF ? n : HTML_SNIFF);
	size_t		 k = 0;

	if (html_has_multibyte(s, n) && utf8_valid(s, n, NULL))
		return "UTF-8";

	for (p = s; p + 8 < end; p++) {
		if (strncasecmp(p, "charset=", 8) != 0)
			continue;
		p += 8;
		while (p < end && (*p == '"' || *p == '\'' || *p == ' '))
			p++;
		while (p < end && k + 1 < outsz && (isalnum((unsigned char)*p) ||
		    *p == '-' || *p == '_' || *p == ':' || *p == '.'))
			out[k++] = *p++;
		out[k] = '\0';
		if (k > 0 && html_known_charset(out))
			return out;
		k = 0;
	}
	return utf8_valid(s, n, NULL) ? "UTF-8" : "windows-1252";
}

/* Parse s, in encoding enc, or (enc NULL) as the page declares. */
htmlDocPtr
html_parse(const char *s, size_t n, const char *enc, struct error *err)
{
	htmlDocPtr	 doc;
	char		 cs[64];

	if (n > INT32_MAX)
		return error_set(err, "too large to parse"), NULL;
	if (enc == NULL && !(n >= 2 && ((unsigned char)s[0] == 0xff ||
	    (unsigned char)s[0] == 0xfe)))
		enc = html_charset(s, n, cs, sizeof cs);
	doc = htmlReadMemory(s, (int)n, NULL, enc, HTML_PARSE_RECOVER |
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	    HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT);
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		xmlFreeDoc(doc);
		error_set(err, "not HTML: the parser found no document");
		return NULL;
	}
	return doc;
}

static xmlNode *
html_child(xmlNode *n, const char *name)
{
	for (n = n != NULL ? n->children : NULL; n != NULL; n = n->next)
		if (html_is(n, name))
			return n;
	return NULL;
}

xmlNode *
html_body(htmlDocPtr doc)
{
	xmlNode	*root = xmlDocGetRootElement(doc), *b;

	b = html_child(root, "body");
	return b != NULL ? b : root;
}

/* Hidden by the page itself: never shown, so never text. */
bool
html_is_hidden(const xmlNode *n)
{
	const char	*style, *v;

	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (html_attr(n, "hidden") != NULL || xmlHasProp(n,
	    (const xmlChar *)"hidden") != NULL)
		return true;
	if ((v = html_attr(n, "aria-hidden")) != NULL && strcmp(v, "true") == 0) {
		v = html_attr(n, "class");
		return v == NULL || strstr(v, "fallback-image") == NULL;
	}
	if ((style = html_attr(n, "style")) == NULL)
		return false;
	return strcasestr(style, "display:none") != NULL ||
	    strcasestr(style, "display: none") != NULL ||
	    strcasestr(style, "visibility:hidden") != NULL ||
	    strcasestr(style, "visibility: hidden") != NULL;
}

static void
html_add_space(struct buf *b, const char *s)
{
	bool	space = false, nbsp;

	for (; *s != '\0'; s++) {
		nbsp = s[0] == '\xc2' && s[1] == '\xa0';
		s += nbsp;	/* a no-break space is a space */
		if (nbsp || isspace((unsigned char)*s)) {
			space = b->len > 0 && b->s[b->len - 1] != '\n';
			continue;
		}
		if (space && b->len > 0 && b->s[b->len - 1] != ' ')
			buf_addc(b, ' ');
		space = false;
		buf_addc(b, *s);
	}
	if (space && b->len > 0 && b->s[b->len - 1] != ' ')
		buf_addc(b, ' ');
}

/* The visible text of a subtree, white space collapsed. */
void
html_text(const xmlNode *n, struct buf *out)
{
	const xmlNode	*c;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content != NULL)
			html_add_space(out, (const char *)n->content);
		return;
	}
	if (n->type != XML_ELEMENT_NODE || html_is_any(n, html_never_text))
		return;
	for (c = n->children; c != NULL; c = c->next)
		html_text(c, out);
}

/* Characters of visible text, white space runs counted once. */
size_t
html_text_len(const xmlNode *n)
{
	struct buf	b = BUF_INIT;
	size_t		i, len = 0;

	html_text(n, &b);
	for (i = 0; i < b.len; i++)
		len += ((unsigned char)b.s[i] & 0xc0) != 0x80;
	if (len > 0 && b.s[0] == ' ')
		len--;
	if (len > 0 && b.s[b.len - 1] == ' ')
		len--;
	buf_free(&b);
	return len;
}

void
html_remove(xmlNode *n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* Remove what is never text, comments and hidden elements, everywhere. */
void
html_strip(xmlNode *n)
{
	xmlNode	*c, *next;

	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE ||
		    (c->type == XML_ELEMENT_NODE && (html_is_any(c,
		    html_never_text) || html_is_hidden(c))))
			html_remove(c);
		else if (c->type == XML_ELEMENT_NODE)
			html_strip(c);
	}
}

struct html_out {
	struct article	*a;
	struct buf	 p;
};

static void
html_flush(struct html_out *o)
{
	article_add_paragraph(o->a, o->p.s, o->p.len);
	buf_truncate(&o->p, 0);
}

/* Two <br> in a row end a paragraph; one is a line break inside it. */
static void
html_br(struct html_out *o)
{
	while (o->p.len > 0 && o->p.s[o->p.len - 1] == ' ')
		buf_truncate(&o->p, o->p.len - 1);
	if (o->p.len > 0 && o->p.s[o->p.len - 1] == '\n') {
		buf_truncate(&o->p, o->p.len - 1);
		html_flush(o);
	} else if (o->p.len > 0)
		buf_addc(&o->p, '\n');
}

static void
html_walk(const xmlNode *n, struct html_out *o)
{
	const xmlNode	*c;
	bool		 block;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		html_text(n, &o->p);
		return;
	}
	if (n->type != XML_ELEMENT_NODE || html_is_any(n, html_never_text) ||
	    html_is_hidden(n))
		return;
	if (html_is(n, "br")) {
		html_br(o);
		return;
	}
	if (html_is(n, "td") || html_is(n, "th"))
		buf_addc(&o->p, ' ');
	if ((block = html_is_any(n, html_blocks)))
		html_flush(o);
	for (c = n->children; c != NULL; c = c->next)
		html_walk(c, o);
	if (block)
		html_flush(o);
}

/*
 * Append the text of a subtree to the article's body, one paragraph per
 * block element (and per double line break).
 */
void
html_paragraphs(const xmlNode *n, struct article *a)
{
	struct html_out	o = { a, BUF_INIT };

	html_walk(n, &o);
	html_flush(&o);
	buf_free(&o.p);
}

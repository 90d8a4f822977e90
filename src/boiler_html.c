/*
 * Boilerplate removal for web pages, after the reader modes of browsers
 * (Readability's scoring, which its authors tuned on thousands of pages):
 *
 * 1. Drop elements whose class or id says they are chrome ("sidebar",
 *    "comment", "share") unless it also says they may be content.
 * 2. Score each paragraph by its length and commas, and give the score
 *    to its parent (whole), grandparent (half) and further ancestors.
 * 3. The best ancestor, scaled by how little of its text is links, holds
 *    the article; siblings that score nearly as well join it.
 * 4. Inside it, drop lists, tables and boxes that look like chrome: many
 *    links, few commas, images without text, forms.
 *
 * When that leaves too little text, it is tried again with fewer rules.
 * Nothing here names a site: the words are the ones sites use for their
 * chrome everywhere.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "boiler_html.h"
#include "html_sum.h"
#include "xmalloc.h"

#define BH_STRIP_UNLIKELY	0x1
#define BH_WEIGHT_CLASSES	0x2
#define BH_CLEAN_BOXES		0x4
#define BH_ALL			0x7
#define BH_MIN_TEXT		500	/* characters an article must reach */
#define BH_MIN_PARAGRAPH	25
#define BH_TOP			5
#define BH_COMMON		3	/* candidates that make an ancestor top */
#define BH_MAX_BYLINE		100
#define BH_SHARE_MAX		500	/* a share box is short */
#define BH_LINK_LINE		60	/* "Read more" and the like */

/* Class and id words of chrome ... */
static const char *const bh_unlikely[] = {
	"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
	"community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
	"header", "legends", "menu", "related", "remark", "replies", "rss",
	"shoutbox", "sidebar", "skyscraper", "social", "sponsor",
	"supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
	"yom-remote", "newsletter", "subscribe", "signup", NULL,
};
/* ... unless they also say the element may be content. */
static const char *const bh_maybe[] = {
	"and", "article", "body", "column", "content", "main", "shadow", NULL,
};
static const char *const bh_positive[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page", "pagination", "post", "text", "blog", "story", NULL,
};
static const char *const bh_negative[] = {
	"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
	"footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo",
	"related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
	"sponsor", "shopping", "tags", "widget", "newsletter", NULL,
};
static const char *const bh_byline_words[] = {
	"byline", "author", "dateline", "writtenby", "p-author", NULL,
};
static const char *const bh_share_words[] = {
	"share", "sharedaddy", NULL,
};
static const char *const bh_unlikely_roles[] = {
	"menu", "menubar", "complementary", "navigation", "alert",
	"alertdialog", "dialog", NULL,
};

/* The elements whose text is scored, and the blocks a <div> may hold. */
static const char *const bh_scored[] = {
	"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre", NULL,
};
static const char *const bh_div_blocks[] = {
	"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
	"select", NULL,
};
static const char *const bh_phrasing[] = {
	"abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
	"datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label",
	"mark", "math", "meter", "noscript", "object", "output", "progress",
	"q", "ruby", "samp", "script", "select", "small", "span", "strong",
	"sub", "sup", "textarea", "time", "var", "wbr", "a", "del", "ins",
	"font", "u", "s", "strike", "tt", "big", NULL,
};
static const char *const bh_empty_ok[] = {
	"div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6", NULL,
};
static const char *const bh_always_drop[] = {
	"object", "embed", "footer", "link", "aside", "iframe", "input",
	"textarea", "select", "button", "nav", "form", "fieldset", NULL,
};
static const char *const bh_boxes[] = { "table", "ul", "div", NULL };
static const char *const bh_headings[] = { "h1", "h2", NULL };

/* An initial score by the element's kind. */
static const struct {
	const char	*tag;
	double		 score;
} bh_tag_scores[] = {
	{ "div", 5 }, { "pre", 3 }, { "td", 3 }, { "blockquote", 3 },
	{ "address", -3 }, { "ol", -3 }, { "ul", -3 }, { "dl", -3 },
	{ "dd", -3 }, { "dt", -3 }, { "li", -3 }, { "form", -3 },
	{ "h1", -5 }, { "h2", -5 }, { "h3", -5 }, { "h4", -5 }, { "h5", -5 },
	{ "h6", -5 }, { "th", -5 },
};

/* What an attempt knows of an element; node->_private is its index + 1. */
struct bh_node {
	double		 score;
	float		 text, links;	/* its subtree's, after the first pass */
	uint32_t	 commas;
	bool		 scored;	/* a candidate for the article */
	bool		 data_table;
};

struct bh {
	int		 flags;
	const char	*title;
	char		*byline;
	struct bh_node	*node;
	size_t		 n, cap;
	xmlNode		**scored;	/* paragraphs to score */
	size_t		 nscored, capscored;
	xmlNode		*top[BH_TOP];
};

static bool
bh_has_word(const char *s, const char *const *words)
{
	if (s == NULL)
		return false;
	for (; *words != NULL; words++)
		if (strcasestr(s, *words) != NULL)
			return true;
	return false;
}

/* Class and id together, as the words of chrome are looked for in both. */
static char *
bh_class_id(const xmlNode *n)
{
	const char	*c = html_attr(n, "class"), *id = html_attr(n, "id");

	return xasprintf("%s %s", c != NULL ? c : "", id != NULL ? id : "");
}

static struct bh_node *
bh_node(struct bh *b, xmlNode *n)
{
	uintptr_t	i = (uintptr_t)n->_private;

	if (i != 0 && i <= b->n)
		return &b->node[i - 1];
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 256;
		b->node = xreallocarray(b->node, b->cap, sizeof *b->node);
	}
	memset(&b->node[b->n], 0, sizeof b->node[b->n]);
	n->_private = (void *)(uintptr_t)++b->n;
	return &b->node[b->n - 1];
}

static double *
bh_score(struct bh *b, const xmlNode *n)
{
	uintptr_t	i = (uintptr_t)n->_private;

	return i == 0 || i > b->n || !b->node[i - 1].scored ? NULL :
	    &b->node[i - 1].score;
}

/* The score of a scored node, 0 for the others. */
static double
bh_value(struct bh *b, const xmlNode *n)
{
	double	*s = bh_score(b, n);

	return s != NULL ? *s : 0;
}

static int
bh_class_weight(const struct bh *b, const xmlNode *n)
{
	const char	*v;
	int		 w = 0, i;

	if (!(b->flags & BH_WEIGHT_CLASSES))
		return 0;
	for (i = 0; i < 2; i++) {
		v = html_attr(n, i == 0 ? "class" : "id");
		if (v == NULL || *v == '\0')
			continue;
		if (bh_has_word(v, bh_negative))
			w -= 25;
		if (bh_has_word(v, bh_positive))
			w += 25;
	}
	return w;
}

static double *
bh_init_score(struct bh *b, xmlNode *n)
{
	struct bh_node	*e = bh_node(b, n);
	size_t		 i;

	if (e->scored)
		return &e->score;
	e->scored = true;
	e->score = bh_class_weight(b, n);
	for (i = 0; i < sizeof bh_tag_scores / sizeof bh_tag_scores[0]; i++)
		if (html_is(n, bh_tag_scores[i].tag))
			e->score += bh_tag_scores[i].score;
	return &e->score;
}

/* Remember each element's sums; the scoring reads them, not the tree. */
static bool
bh_remember(void *ctx, xmlNode *n, const struct html_sum *sum)
{
	struct bh_node	*e = bh_node(ctx, n);

	e->text = (float)sum->text;
	e->links = (float)sum->links;
	e->commas = (uint32_t)(sum->commas > UINT32_MAX ? UINT32_MAX : sum->commas);
	return true;
}

static double
bh_node_density(struct bh *b, xmlNode *n)
{
	struct bh_node	*e = bh_node(b, n);

	return e->text > 0 ? (double)e->links / (double)e->text : 0;
}

static size_t
bh_link_len(const xmlNode *n)
{
	const xmlNode	*c;
	const char	*href;
	size_t		 len = 0;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(c, "a")) {
			href = html_attr(c, "href");
			/* links within the page count less: footnotes, contents */
			len += href != NULL && href[0] == '#' ?
			    html_text_len(c) * 3 / 10 : html_text_len(c);
		} else
			len += bh_link_len(c);
	}
	return len;
}

static double
bh_link_density(const xmlNode *n)
{
	size_t	len = html_text_len(n), links = bh_link_len(n);

	return len == 0 ? 0 : (double)links / (double)len;
}

static size_t
bh_count(const xmlNode *n, const char *tag)
{
	const xmlNode	*c;
	size_t		 k = 0;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			k += html_is(c, tag) + bh_count(c, tag);
	return k;
}

static bool
bh_has_ancestor(const xmlNode *n, const char *tag)
{
	for (n = n->parent; n != NULL; n = n->parent)
		if (html_is(n, tag))
			return true;
	return false;
}

/* The next node in document order, skipping n's subtree if asked. */
static xmlNode *
bh_next(xmlNode *n, bool skip_children)
{
	xmlNode	*c;

	if (!skip_children)
		for (c = n->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return c;
	for (; n != NULL; n = n->parent) {
		for (c = n->next; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return c;
	}
	return NULL;
}

/* Removes n; returns the node to look at next. */
static xmlNode *
bh_drop(xmlNode *n)
{
	xmlNode	*next = bh_next(n, true);

	html_remove(n);
	return next;
}

static bool
bh_is_phrasing(const xmlNode *n)
{
	const xmlNode	*c;

	if (n->type == XML_TEXT_NODE)
		return true;
	if (n->type != XML_ELEMENT_NODE || !html_is_any(n, bh_phrasing))
		return false;
	if (!html_is(n, "a") && !html_is(n, "del") && !html_is(n, "ins"))
		return true;
	for (c = n->children; c != NULL; c = c->next)
		if (!bh_is_phrasing(c) && c->type == XML_ELEMENT_NODE)
			return false;
	return true;
}

static bool
bh_has_block(const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    (html_is_any(c, bh_div_blocks) || bh_has_block(c)))
			return true;
	return false;
}

static bool
bh_is_blank_text(const xmlNode *n)
{
	const char	*s = (const char *)n->content;

	if (n->type != XML_TEXT_NODE)
		return false;
	for (; s != NULL && *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

/* Runs of inline content directly in a <div> become paragraphs of their own. */
static void
bh_wrap_phrasing(xmlNode *div)
{
	xmlNode	*c, *next, *p = NULL;

	for (c = div->children; c != NULL; c = next) {
		next = c->next;
		if (bh_is_phrasing(c) && !(p == NULL && bh_is_blank_text(c))) {
			if (p == NULL) {
				p = xmlNewDocNode(div->doc, NULL,
				    (const xmlChar *)"p", NULL);
				xmlAddPrevSibling(c, p);
			}
			xmlUnlinkNode(c);
			xmlAddChild(p, c);
		} else if (!bh_is_phrasing(c))
			p = NULL;
	}
}

static void
bh_push_scored(struct bh *b, xmlNode *n)
{
	if (b->nscored == b->capscored) {
		b->capscored = b->capscored ? b->capscored * 2 : 64;
		b->scored = xreallocarray(b->scored, b->capscored,
		    sizeof *b->scored);
	}
	b->scored[b->nscored++] = n;
}

/* The paragraph that replaces a div keeps what the div said it was. */
static void
bh_inherit(xmlNode *p, const xmlNode *div, const char *attr)
{
	const char	*v = html_attr(div, attr);

	if (v != NULL && html_attr(p, attr) == NULL)
		xmlSetProp(p, (const xmlChar *)attr, (const xmlChar *)v);
}

/* A div with one paragraph and few links is that paragraph. */
static xmlNode *
bh_div_to_p(struct bh *b, xmlNode *div)
{
	xmlNode	*c, *only = NULL;
	int	 elements = 0;

	bh_wrap_phrasing(div);
	for (c = div->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			elements++;
			only = c;
		} else if (!bh_is_blank_text(c))
			elements += 2;
	}
	if (elements == 1 && html_is(only, "p") && bh_link_density(div) < 0.25) {
		bh_inherit(only, div, "class");
		bh_inherit(only, div, "id");
		xmlUnlinkNode(only);
		xmlReplaceNode(div, only);
		xmlFreeNode(div);
		bh_push_scored(b, only);
		return only;
	}
	if (!bh_has_block(div)) {
		xmlNodeSetName(div, (const xmlChar *)"p");
		bh_push_scored(b, div);
	}
	return div;
}

static bool
bh_is_byline(struct bh *b, const xmlNode *n, const char *classid)
{
	const char	*rel = html_attr(n, "rel"), *prop = html_attr(n, "itemprop");
	size_t		 len;

	if (b->byline != NULL)
		return false;
	if (!((rel != NULL && strcmp(rel, "author") == 0) ||
	    (prop != NULL && strstr(prop, "author") != NULL) ||
	    bh_has_word(classid, bh_byline_words)))
		return false;
	len = html_text_len(n);
	return len > 0 && len < BH_MAX_BYLINE;
}

static void
bh_take_byline(struct bh *b, xmlNode *n)
{
	struct buf	t = BUF_INIT;

	html_text(n, &t);
	article_set(&b->byline, t.s, t.len);
	buf_free(&t);
}

/* Any text or image at all; stops at the first. */
static bool
bh_has_content(const xmlNode *n)
{
	const xmlNode	*c;
	const char	*t;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && (t = (const char *)c->content) != NULL)
			for (; *t != '\0'; t++)
				if (!isspace((unsigned char)*t))
					return true;
		if (c->type == XML_ELEMENT_NODE && (html_is(c, "img") ||
		    bh_has_content(c)))
			return true;
	}
	return false;
}

static bool
bh_is_unlikely(const struct bh *b, const xmlNode *n, const char *classid)
{
	const char		*role = html_attr(n, "role");
	const char *const	*r;

	for (r = bh_unlikely_roles; role != NULL && *r != NULL; r++)
		if (strcasecmp(role, *r) == 0)
			return true;
	if (!(b->flags & BH_STRIP_UNLIKELY) || html_is(n, "body") ||
	    html_is(n, "a") || bh_has_ancestor(n, "table") ||
	    bh_has_ancestor(n, "code"))
		return false;
	return bh_has_word(classid, bh_unlikely) &&
	    !bh_has_word(classid, bh_maybe);
}

/* One element of the first pass; returns the next to look at. */
static xmlNode *
bh_visit(struct bh *b, xmlNode *n)
{
	char	*classid = bh_class_id(n);
	bool	 drop = false;

	if (bh_is_byline(b, n, classid)) {
		bh_take_byline(b, n);
		drop = true;
	} else if (bh_is_unlikely(b, n, classid))
		drop = true;
	else if (html_is_any(n, bh_empty_ok) && !bh_has_content(n))
		drop = true;
	free(classid);
	if (drop)
		return bh_drop(n);
	if (html_is_any(n, bh_scored))
		bh_push_scored(b, n);
	if (html_is(n, "div"))
		n = bh_div_to_p(b, n);
	return bh_next(n, false);
}

static void
bh_first_pass(struct bh *b, xmlNode *body)
{
	xmlNode	*n = bh_next(body, false);

	while (n != NULL)
		n = bh_visit(b, n);
}

/* A paragraph's score goes to its ancestors, less the further up they are. */
static void
bh_score_paragraph(struct bh *b, xmlNode *p)
{
	xmlNode		*a;
	struct bh_node	*e = bh_node(b, p);
	double		 s, *as, len = (double)e->text;
	int		 level;

	if (p->parent == NULL || p->parent->type != XML_ELEMENT_NODE ||
	    len < BH_MIN_PARAGRAPH)
		return;
	s = 1 + (double)e->commas + 1 + (len >= 300 ? 3 : (double)(int)(len / 100));
	for (a = p->parent, level = 0; a != NULL && level < 5 &&
	    a->type == XML_ELEMENT_NODE; a = a->parent, level++) {
		if (a->parent == NULL || a->parent->type != XML_ELEMENT_NODE)
			break;
		as = bh_init_score(b, a);
		*as += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
	}
}

static void
bh_rank(struct bh *b, xmlNode *n)
{
	double	*s = bh_score(b, n), v;
	int	 i, j;

	if (s == NULL)
		return;
	*s *= 1 - bh_node_density(b, n);
	v = *s;
	for (i = 0; i < BH_TOP; i++) {
		if (b->top[i] == NULL || v > bh_value(b, b->top[i])) {
			for (j = BH_TOP - 1; j > i; j--)
				b->top[j] = b->top[j - 1];
			b->top[i] = n;
			return;
		}
	}
}

static void
bh_rank_all(struct bh *b, xmlNode *n)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			bh_rank(b, c);
			bh_rank_all(b, c);
		}
}

static bool
bh_is_ancestor(const xmlNode *a, const xmlNode *n)
{
	for (n = n->parent; n != NULL; n = n->parent)
		if (n == a)
			return true;
	return false;
}

/*
 * When several of the best candidates score nearly as well as the best
 * and share an ancestor, the article is split among them (one section
 * a step, say): the ancestor holds all of it.
 */
static xmlNode *
bh_common_top(struct bh *b, xmlNode *top)
{
	xmlNode	*p;
	double	 best = bh_value(b, top);
	int	 i, n;

	for (p = top->parent; p != NULL && p->type == XML_ELEMENT_NODE &&
	    !html_is(p, "body"); p = p->parent) {
		for (i = 1, n = 0; i < BH_TOP && b->top[i] != NULL; i++)
			n += bh_value(b, b->top[i]) >= best * 0.75 &&
			    bh_is_ancestor(p, b->top[i]);
		if (n >= BH_COMMON) {
			bh_init_score(b, p);
			return p;
		}
	}
	return top;
}

/* A parent that scores better than its best child holds more of the article. */
static xmlNode *
bh_climb(struct bh *b, xmlNode *top)
{
	xmlNode	*p;
	double	 last = bh_value(b, top), threshold = last / 3, *ps;

	for (p = top->parent; p != NULL && !html_is(p, "body") &&
	    p->type == XML_ELEMENT_NODE; p = p->parent) {
		if ((ps = bh_score(b, p)) == NULL)
			continue;
		if (*ps < threshold)
			break;
		if (*ps > last) {
			top = p;
			break;
		}
		last = *ps;
	}
	while (top->parent != NULL && !html_is(top->parent, "body") &&
	    top->parent->type == XML_ELEMENT_NODE &&
	    xmlChildElementCount(top->parent) == 1)
		top = top->parent;
	return top;
}

static bool
bh_ends_sentence(const xmlNode *n)
{
	struct buf	t = BUF_INIT;
	bool		yes;

	html_text(n, &t);
	yes = strstr(buf_str(&t), ". ") != NULL ||
	    (t.len > 0 && (t.s[t.len - 1] == '.' || (t.len > 1 &&
	    t.s[t.len - 1] == ' ' && t.s[t.len - 2] == '.')));
	buf_free(&t);
	return yes;
}

static bool
bh_sibling_joins(struct bh *b, xmlNode *top, xmlNode *s, double threshold)
{
	const char	*tc = html_attr(top, "class"), *sc = html_attr(s, "class");
	double		*ss = bh_score(b, s), bonus = 0, ld;
	size_t		 len;

	if (s == top)
		return true;
	if (tc != NULL && *tc != '\0' && sc != NULL && strcmp(tc, sc) == 0)
		bonus = bh_value(b, top) * 0.2;
	if (ss != NULL && *ss + bonus >= threshold)
		return true;
	if (!html_is(s, "p"))
		return false;
	ld = bh_node_density(b, s);
	len = (size_t)bh_node(b, s)->text;
	if (len > 80)
		return ld < 0.25;
	return len > 0 && ld == 0 && bh_ends_sentence(s);
}

/* The top candidate and the siblings that belong with it, moved into art. */
static void
bh_gather(struct bh *b, xmlNode *top, xmlNode *art)
{
	xmlNode	*s, *next;
	double	 threshold = bh_value(b, top) * 0.2;

	if (threshold < 10)
		threshold = 10;
	if (top->parent == NULL) {
		xmlAddChild(art, top);
		return;
	}
	for (s = top->parent->children; s != NULL; s = next) {
		next = s->next;
		if (s->type != XML_ELEMENT_NODE ||
		    !bh_sibling_joins(b, top, s, threshold))
			continue;
		xmlUnlinkNode(s);
		xmlAddChild(art, s);
	}
}

static bool
bh_is_data_table(const xmlNode *t)
{
	const char	*role = html_attr(t, "role");

	if (role != NULL && strcmp(role, "presentation") == 0)
		return false;
	return html_attr(t, "summary") != NULL || bh_count(t, "caption") > 0 ||
	    bh_count(t, "th") > 0 || bh_count(t, "td") > 10;
}

/* Within a table of data (or code) nothing is chrome. */
static bool
bh_in_data(struct bh *b, xmlNode *n)
{
	for (; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if (html_is(n, "code") || html_is(n, "pre"))
			return true;
		if (html_is(n, "table"))
			return bh_node(b, n)->data_table;
	}
	return false;
}

/* A box inside the article that is more chrome than content. */
static bool
bh_is_chrome_box(struct bh *b, xmlNode *n, const struct html_sum *s)
{
	bool	list = html_is(n, "ul") || html_is(n, "ol");
	bool	figure = bh_has_ancestor(n, "figure");
	int	weight = bh_class_weight(b, n);
	double	ld = html_sum_link_density(s), len = s->text;

	if (bh_in_data(b, n))
		return false;
	if (weight < 0)
		return true;
	if (s->commas >= 10)
		return false;
	return (s->img > 1 && s->p * 2 < s->img && !figure) ||
	    (!list && s->li > s->p + 100) || s->input > s->p / 3 ||
	    (!list && (len == 0 || s->headings / len < 0.9) && len < 25 &&
	    (s->img == 0 || s->img > 2) && !figure) ||
	    (!list && weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5) ||
	    (s->embeds == 1 && len < 75) || s->embeds > 1;
}

static bool
bh_keep_box(void *ctx, xmlNode *n, const struct html_sum *s)
{
	return !html_is_any(n, bh_boxes) || !bh_is_chrome_box(ctx, n, s);
}

/*
 * In a feed item, a short paragraph that is all link ("Continue
 * reading...", "Comments") points elsewhere; it is not the item's text.
 */
static bool
bh_keep_item_part(void *ctx, xmlNode *n, const struct html_sum *s)
{
	if (html_is(n, "p") && s->text < BH_LINK_LINE &&
	    html_sum_link_density(s) > 0.9)
		return false;
	return bh_keep_box(ctx, n, s);
}

static void
bh_mark_tables(struct bh *b, xmlNode *n)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(c, "table"))
			bh_node(b, c)->data_table = bh_is_data_table(c);
		bh_mark_tables(b, c);
	}
}

/*
 * Inner boxes are judged before the ones around them (the sums go from
 * the leaves up), and what a removed box held no longer counts.
 */
static void
bh_clean_boxes(struct bh *b, xmlNode *n, html_sum_cb keep)
{
	struct html_sum	sum;

	bh_mark_tables(b, n);
	html_sum(n, &sum, keep, b);
}

/* Words shared by a heading and the title, as a share of the heading's. */
static bool
bh_is_title(const struct bh *b, const xmlNode *h)
{
	struct buf	t = BUF_INIT;
	bool		same;

	if (b->title == NULL)
		return false;
	html_text(h, &t);
	same = t.len > 0 && (strcasestr(b->title, buf_str(&t) +
	    (t.s[0] == ' ')) != NULL);
	buf_free(&t);
	return same;
}

static void
bh_clean(struct bh *b, xmlNode *n)
{
	xmlNode	*c, *next;
	char	*classid;
	bool	 drop;

	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		classid = bh_class_id(c);
		drop = html_is_any(c, bh_always_drop) ||
		    (bh_has_word(classid, bh_share_words) &&
		    html_text_len(c) < BH_SHARE_MAX) ||
		    (html_is_any(c, bh_headings) &&
		    (bh_class_weight(b, c) < 0 || bh_is_title(b, c)));
		free(classid);
		if (drop)
			html_remove(c);
		else
			bh_clean(b, c);
	}
}

static void
bh_reset(struct bh *b)
{
	b->n = 0;
	b->nscored = 0;
	memset(b->top, 0, sizeof b->top);
}

/* One attempt with b->flags; the article's text goes into a. */
static void
bh_attempt(struct bh *b, htmlDocPtr orig, struct article *a)
{
	htmlDocPtr	 doc = xmlCopyDoc(orig, 1);
	xmlNode		*body, *top, *art;
	struct html_sum	 sum;
	size_t		 i;

	if (doc == NULL)
		return;
	bh_reset(b);
	body = html_body(doc);
	bh_first_pass(b, body);
	html_sum(body, &sum, bh_remember, b);
	for (i = 0; i < b->nscored; i++)
		bh_score_paragraph(b, b->scored[i]);
	bh_rank_all(b, body);
	art = xmlNewDocNode(doc, NULL, (const xmlChar *)"div", NULL);
	if ((top = b->top[0]) == NULL || html_is(top, "body"))
		xmlAddChild(art, xmlDocCopyNode(body, doc, 1));
	else
		bh_gather(b, bh_climb(b, bh_common_top(b, top)), art);
	bh_clean(b, art);
	if (b->flags & BH_CLEAN_BOXES)
		bh_clean_boxes(b, art, bh_keep_box);
	html_paragraphs(art, a);
	xmlFreeNode(art);
	xmlFreeDoc(doc);
}

static size_t
bh_chars(const struct article *a)
{
	return a->body.len;
}

/*
 * The article's paragraphs into a; *byline receives a byline found in the
 * page (the caller owns it).  Each retry drops one rule; when none reaches
 * BH_MIN_TEXT, the longest result is kept.
 */
void
boiler_html_extract(htmlDocPtr doc, const char *title, struct article *a,
    char **byline)
{
	static const int	 flags[] = { BH_ALL, BH_ALL & ~BH_STRIP_UNLIKELY,
	    BH_CLEAN_BOXES, 0 };
	struct bh		 b;
	struct article		 best, cur;
	size_t			 i;

	memset(&b, 0, sizeof b);
	b.title = title;
	article_init(&best);
	for (i = 0; i < sizeof flags / sizeof flags[0]; i++) {
		article_init(&cur);
		b.flags = flags[i];
		bh_attempt(&b, doc, &cur);
		if (bh_chars(&cur) > bh_chars(&best)) {
			article_free(&best);
			best = cur;
		} else
			article_free(&cur);
		if (bh_chars(&best) >= BH_MIN_TEXT)
			break;
	}
	buf_add(&a->body, best.body.s, best.body.len);
	article_free(&best);
	*byline = b.byline;
	free(b.node);
	free(b.scored);
}

/*
 * HTML that is all article (a feed item's content): only the chrome
 * inside it goes.  If that leaves nothing, the text is kept whole.
 */
void
boiler_html_fragment(htmlDocPtr doc, struct article *a)
{
	struct bh	 b;
	htmlDocPtr	 copy;
	xmlNode		*body;
	size_t		 before = a->body.len;

	memset(&b, 0, sizeof b);
	b.flags = BH_ALL;
	html_strip(html_body(doc));
	if ((copy = xmlCopyDoc(doc, 1)) != NULL) {
		body = html_body(copy);
		bh_wrap_phrasing(body);
		bh_clean(&b, body);
		bh_clean_boxes(&b, body, bh_keep_item_part);
		html_paragraphs(body, a);
		xmlFreeDoc(copy);
	}
	free(b.node);
	if (a->body.len == before)
		html_paragraphs(html_body(doc), a);
}

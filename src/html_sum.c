/* Subtree sums of an HTML document, from the leaves up. */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "html_sum.h"

static const char *const html_sum_headings[] = {
	"h1", "h2", "h3", "h4", "h5", "h6", NULL,
};
static const char *const html_sum_embeds[] = {
	"object", "embed", "iframe", NULL,
};

/* Characters (not bytes) of a text, white space runs counted once. */
static void
html_sum_text(const char *s, double link_weight, struct html_sum *out)
{
	double	n = 0;
	bool	space = false;

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			n += !space;
			space = true;
			continue;
		}
		space = false;
		if (((unsigned char)*s & 0xc0) == 0x80)
			continue;
		n++;
		out->commas += *s == ',';
	}
	out->text += n;
	out->links += n * link_weight;
}

static void
html_sum_add(struct html_sum *to, const struct html_sum *from)
{
	to->text += from->text;
	to->links += from->links;
	to->commas += from->commas;
	to->p += from->p;
	to->img += from->img;
	to->li += from->li;
	to->input += from->input;
	to->embeds += from->embeds;
}

static void
html_sum_tags(const xmlNode *c, struct html_sum *s)
{
	s->p += html_is(c, "p");
	s->img += html_is(c, "img");
	s->li += html_is(c, "li");
	s->input += html_is(c, "input");
	s->embeds += html_is_any(c, html_sum_embeds);
}

/* A link's text counts whole, or less when it points within the page. */
static double
html_sum_link_weight(const xmlNode *c, double outer)
{
	const char	*href;

	if (outer > 0 || !html_is(c, "a"))
		return outer;
	href = html_attr(c, "href");
	return href != NULL && href[0] == '#' ? 0.3 : 1;
}

static void
html_sum_walk(xmlNode *n, double link_weight, struct html_sum *out,
    html_sum_cb cb, void *ctx)
{
	xmlNode		*c, *next;
	struct html_sum	 sub;

	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
		    c->content != NULL) {
			html_sum_text((const char *)c->content, link_weight, out);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		memset(&sub, 0, sizeof sub);
		html_sum_walk(c, html_sum_link_weight(c, link_weight), &sub, cb, ctx);
		html_sum_tags(c, &sub);
		if (cb != NULL && !cb(ctx, c, &sub)) {
			html_remove(c);
			continue;
		}
		if (html_is_any(c, html_sum_headings))
			out->headings += sub.text;
		html_sum_add(out, &sub);
	}
}

/* Sum the subtree of n into out, calling cb for each element below n. */
void
html_sum(xmlNode *n, struct html_sum *out, html_sum_cb cb, void *ctx)
{
	memset(out, 0, sizeof *out);
	html_sum_walk(n, 0, out, cb, ctx);
}

double
html_sum_link_density(const struct html_sum *s)
{
	return s->text > 0 ? s->links / s->text : 0;
}

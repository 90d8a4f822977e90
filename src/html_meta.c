/*
 * Page metadata.  Each field takes the first source that has it, in the
 * order of html_meta_sources[]: structured data (JSON-LD) first, as pages
 * fill it for search engines with care; then <meta> tags; then the page.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "date.h"
#include "html_meta.h"
#include "import.h"
#include "xmalloc.h"

enum meta_field { META_TITLE, META_BYLINE, META_DATE, META_OUTLET, META_URL,
	META_NFIELDS };

/* <meta name|property|itemprop=KEY content=...>, best first per field. */
static const struct {
	const char	*key;
	enum meta_field	 field;
} html_meta_sources[] = {
	{ "og:title", META_TITLE }, { "twitter:title", META_TITLE },
	{ "dc.title", META_TITLE }, { "dcterm:title", META_TITLE },
	{ "parsely-title", META_TITLE }, { "headline", META_TITLE },
	{ "author", META_BYLINE }, { "dc.creator", META_BYLINE },
	{ "dcterm:creator", META_BYLINE }, { "article:author", META_BYLINE },
	{ "parsely-author", META_BYLINE }, { "byl", META_BYLINE },
	{ "article:published_time", META_DATE }, { "datepublished", META_DATE },
	{ "og:article:published_time", META_DATE },
	{ "parsely-pub-date", META_DATE }, { "dc.date", META_DATE },
	{ "dcterms.date", META_DATE }, { "date", META_DATE },
	{ "pubdate", META_DATE }, { "publish-date", META_DATE },
	{ "sailthru.date", META_DATE },
	{ "og:site_name", META_OUTLET }, { "application-name", META_OUTLET },
	{ "og:url", META_URL },
};

/* JSON-LD @type values of an article. */
static const char *const html_meta_article_types[] = {
	"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
	"OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting",
	"SocialMediaPosting", "LiveBlogPosting", "TechArticle", "Report",
	"ScholarlyArticle", "WebPage", NULL,
};

struct meta {
	char	*v[META_NFIELDS];
	size_t	 rank[META_NFIELDS];	/* of the source that set v */
};

#define META_RANK_JSONLD	0
#define META_RANK_TAG(i)	(1 + (i))
#define META_RANK_PAGE		1000

static void
meta_offer(struct meta *m, enum meta_field f, size_t rank, const char *v)
{
	char	*clean = NULL;

	if (v == NULL || (m->v[f] != NULL && m->rank[f] <= rank))
		return;
	article_set(&clean, v, strlen(v));
	if (clean == NULL)
		return;
	/* a byline that is a link to a profile says nothing */
	if (f == META_BYLINE && strncmp(clean, "http", 4) == 0) {
		free(clean);
		return;
	}
	free(m->v[f]);
	m->v[f] = clean;
	m->rank[f] = rank;
}

static const char *
meta_json_string(json_object *o, const char *key)
{
	json_object	*v;

	if (!json_object_object_get_ex(o, key, &v))
		return NULL;
	if (json_object_is_type(v, json_type_array) &&
	    json_object_array_length(v) > 0)
		v = json_object_array_get_idx(v, 0);
	if (json_object_is_type(v, json_type_object) &&
	    !json_object_object_get_ex(v, "name", &v) &&
	    !json_object_object_get_ex(v, "@id", &v))
		return NULL;
	return json_object_is_type(v, json_type_string) ?
	    json_object_get_string(v) : NULL;
}

static void
meta_json_authors(struct meta *m, json_object *o)
{
	struct buf	 b = BUF_INIT;
	json_object	*v;

	if (!json_object_object_get_ex(o, "author", &v))
		return;
	if (!json_object_is_type(v, json_type_array)) {
		meta_offer(m, META_BYLINE, META_RANK_JSONLD,
		    meta_json_string(o, "author"));
		return;
	}
	import_json_names(v, &b);
	if (b.len > 0)
		meta_offer(m, META_BYLINE, META_RANK_JSONLD, b.s);
	buf_free(&b);
}

static bool
meta_json_is_article(json_object *o)
{
	json_object		*t;
	const char		*type;
	const char *const	*k;

	if (!json_object_object_get_ex(o, "@type", &t))
		return false;
	if (json_object_is_type(t, json_type_array) &&
	    json_object_array_length(t) > 0)
		t = json_object_array_get_idx(t, 0);
	if ((type = json_object_get_string(t)) == NULL)
		return false;
	for (k = html_meta_article_types; *k != NULL; k++)
		if (strcmp(type, *k) == 0)
			return true;
	return false;
}

static void
meta_json_article(struct meta *m, json_object *o)
{
	json_object	*pub;
	const char	*title = meta_json_string(o, "headline");

	meta_offer(m, META_TITLE, META_RANK_JSONLD, title != NULL ? title :
	    meta_json_string(o, "name"));
	meta_json_authors(m, o);
	meta_offer(m, META_DATE, META_RANK_JSONLD,
	    meta_json_string(o, "datePublished"));
	if (json_object_object_get_ex(o, "publisher", &pub))
		meta_offer(m, META_OUTLET, META_RANK_JSONLD,
		    meta_json_string(o, "publisher"));
	meta_offer(m, META_URL, META_RANK_JSONLD, meta_json_string(o, "url"));
}

/* An object, an array of them, or a @graph; depth-limited. */
static void
meta_json_walk(struct meta *m, json_object *o, int depth)
{
	json_object	*g;
	size_t		 i, n;

	if (o == NULL || depth > 4)
		return;
	if (json_object_is_type(o, json_type_array)) {
		n = json_object_array_length(o);
		for (i = 0; i < n && i < 64; i++)
			meta_json_walk(m, json_object_array_get_idx(o, i), depth + 1);
		return;
	}
	if (!json_object_is_type(o, json_type_object))
		return;
	if (json_object_object_get_ex(o, "@graph", &g))
		meta_json_walk(m, g, depth + 1);
	if (meta_json_is_article(o))
		meta_json_article(m, o);
}

static void
meta_jsonld(struct meta *m, const xmlNode *script)
{
	xmlChar		*text = xmlNodeGetContent(script);
	json_object	*o;

	if (text == NULL)
		return;
	if ((o = json_tokener_parse((const char *)text)) != NULL) {
		meta_json_walk(m, o, 0);
		json_object_put(o);
	}
	xmlFree(text);
}

static void
meta_tag(struct meta *m, const xmlNode *n)
{
	static const char *const keys[] = { "property", "name", "itemprop" };
	const char	*key, *content = html_attr(n, "content");
	size_t		 i, k;

	if (content == NULL)
		return;
	for (k = 0; k < 3; k++) {
		if ((key = html_attr(n, keys[k])) == NULL)
			continue;
		for (i = 0; i < sizeof html_meta_sources /
		    sizeof html_meta_sources[0]; i++)
			if (strcasecmp(key, html_meta_sources[i].key) == 0)
				meta_offer(m, html_meta_sources[i].field,
				    META_RANK_TAG(i), content);
	}
}

static void
meta_element(struct meta *m, const xmlNode *n)
{
	const char	*type, *rel, *v;
	xmlChar		*text;

	if (html_is(n, "meta"))
		meta_tag(m, n);
	else if (html_is(n, "script") && (type = html_attr(n, "type")) != NULL &&
	    strcasecmp(type, "application/ld+json") == 0)
		meta_jsonld(m, n);
	else if (html_is(n, "link") && (rel = html_attr(n, "rel")) != NULL &&
	    strcasecmp(rel, "canonical") == 0)
		meta_offer(m, META_URL, 0, html_attr(n, "href"));
	else if (html_is(n, "time") && (v = html_attr(n, "datetime")) != NULL)
		meta_offer(m, META_DATE, META_RANK_PAGE, v);
	else if (html_is(n, "title") && m->v[META_TITLE] == NULL &&
	    (text = xmlNodeGetContent(n)) != NULL) {
		meta_offer(m, META_TITLE, META_RANK_PAGE + 1, (const char *)text);
		xmlFree(text);
	}
}

static void
meta_walk(struct meta *m, const xmlNode *n, int depth)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL && depth < 64; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			meta_element(m, c);
			meta_walk(m, c, depth + 1);
		}
}

/*
 * A <title> often ends with the site's name ("Headline | Site"): cut at
 * the last separator, unless that leaves too few words to be a headline.
 */
static void
meta_clean_title(char *t)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ",
	    " \xe2\x80\x94 ", " \xc2\xbb ", " :: ", " / ", NULL };
	const char *const	*s;
	char			*cut = NULL, *p;
	size_t			 words = 1;

	for (s = seps; *s != NULL; s++)
		for (p = strstr(t, *s); p != NULL; p = strstr(p + 1, *s))
			if (cut == NULL || p > cut)
				cut = p;
	if (cut == NULL)
		return;
	for (p = t; p < cut; p++)
		words += *p == ' ';
	if (words >= 3)
		*cut = '\0';
}

/* The article's fields that are still empty, from the page's metadata. */
void
html_meta_read(htmlDocPtr doc, struct article *a)
{
	struct meta	 m;
	char		 iso[DATE_ISO_MAX];
	char		**dst[META_NFIELDS] = { &a->title, &a->byline, &a->date,
	    &a->outlet, &a->url };
	int		 f;

	memset(&m, 0, sizeof m);
	meta_walk(&m, (const xmlNode *)doc, 0);
	if (m.v[META_DATE] != NULL) {
		iso[0] = '\0';
		date_parse(m.v[META_DATE], iso);
		free(m.v[META_DATE]);
		m.v[META_DATE] = iso[0] != '\0' ? xstrdup(iso) : NULL;
	}
	if (m.v[META_TITLE] != NULL && m.rank[META_TITLE] > META_RANK_PAGE)
		meta_clean_title(m.v[META_TITLE]);
	for (f = 0; f < META_NFIELDS; f++) {
		if (*dst[f] == NULL)
			*dst[f] = m.v[f];
		else
			free(m.v[f]);
	}
}

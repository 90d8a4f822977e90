/*
 * mkfixture DB FIXTURE.json...: store test articles with attributions
 * written by hand, so that screen tests show exactly the quotes,
 * speakers, cues, relays and stances they assert, whatever the engine
 * finds.  A fixture names its article (a text file, relative to the
 * fixture) and describes the attributions by the words of the text:
 *
 *   {"file": "ferry.txt",
 *    "sources": [{"name": "Tomas Berglund", "kind": "person",
 *                 "role": "union organiser",
 *                 "mentions": ["Tomas Berglund", "Berglund"]}],
 *    "quotes": [{"text": "Nobody walks off a ship lightly.",
 *                "speaker": "Tomas Berglund", "mention": "Berglund",
 *                "cue": "told", "via": ["Meridian Radio"],
 *                "stance": "claim", "direct": true}],
 *    "pairs": [{"a": 0, "b": 2, "relation": "contradicts", "score": 0.9,
 *               "why": "..."}]}
 *
 * A quote's text is found after the previous quote's; its mention and
 * cue are the occurrences nearest to it.  Pairs of claims within the
 * article name their quotes by position, and are stored as the import
 * would store the engine's.  Anything not found is an error naming the
 * fixture, so a fixture cannot silently mean less.
 */
#include "config.h"

#include <json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "claims.h"
#include "import.h"
#include "index.h"
#include "xmalloc.h"

struct fixture {
	const char		*path;
	struct json_object	*json;
	struct index		*ix;
};

static void fail(const struct fixture *, const char *, const char *)
    __attribute__((noreturn));

static void
fail(const struct fixture *f, const char *what, const char *s)
{
	fprintf(stderr, "mkfixture: %s: %s: %s\n", f->path, what, s);
	exit(1);
}

static const char *
jstr(struct json_object *o, const char *key)
{
	struct json_object	*v;

	return json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) :
	    NULL;
}

static struct json_object *
jarr(struct json_object *o, const char *key)
{
	struct json_object	*v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

static int
kind_parse(const char *s)
{
	int	k;

	for (k = 0; s != NULL && k < SOURCE_KIND_COUNT; k++)
		if (strcmp(s, attrib_kind_name((enum source_kind)k)) == 0)
			return k;
	return -1;
}

static int
source_index(const struct attrib_result *r, const char *name)
{
	size_t	i;

	for (i = 0; name != NULL && i < r->nsrc; i++)
		if (strcmp(r->src[i].name, name) == 0)
			return (int)i;
	return -1;
}

static bool
covered(const struct source *s, size_t at)
{
	size_t	i;

	for (i = 0; i < s->nmentions; i++)
		if (at >= s->mentions[i].start && at < s->mentions[i].end)
			return true;
	return false;
}

/* Every occurrence of each mention string not inside an earlier one. */
static void
add_mentions(struct source *s, const char *body, struct json_object *list)
{
	const char	*m, *p;
	size_t		 i, n;

	for (i = 0; list != NULL && i < json_object_array_length(list); i++) {
		m = json_object_get_string(json_object_array_get_idx(list, i));
		n = strlen(m);
		for (p = body; n > 0 && (p = strstr(p, m)) != NULL; p += n) {
			if (covered(s, (size_t)(p - body)))
				continue;
			s->mentions = xreallocarray(s->mentions, s->nmentions + 1,
			    sizeof *s->mentions);
			s->mentions[s->nmentions++] = (struct span){
			    (uint32_t)(p - body), (uint32_t)(p - body + n) };
		}
	}
}

static void
add_sources(const struct fixture *f, struct attrib_result *r, const char *body)
{
	struct json_object	*list = jarr(f->json, "sources"), *o;
	struct source		*s;
	size_t			 i;
	int			 kind;

	for (i = 0; list != NULL && i < json_object_array_length(list); i++) {
		o = json_object_array_get_idx(list, i);
		r->src = xreallocarray(r->src, r->nsrc + 1, sizeof *r->src);
		s = &r->src[r->nsrc++];
		memset(s, 0, sizeof *s);
		s->name = xstrdup(jstr(o, "name") ? jstr(o, "name") : "");
		if ((kind = kind_parse(jstr(o, "kind"))) < 0)
			fail(f, "unknown source kind", s->name);
		s->kind = (enum source_kind)kind;
		s->role = jstr(o, "role") ? xstrdup(jstr(o, "role")) : NULL;
		add_mentions(s, body, jarr(o, "mentions"));
	}
}

/* The occurrence of w nearest to [from, to). */
static struct span
nearest(const struct fixture *f, const char *body, const char *w,
    uint32_t from, uint32_t to)
{
	const char	*p;
	struct span	 best = { 0, 0 };
	uint32_t	 at, dist, bestd = UINT32_MAX;

	if (w == NULL)
		return best;
	for (p = body; (p = strstr(p, w)) != NULL; p++) {
		at = (uint32_t)(p - body);
		dist = at >= to ? at - to : at < from ? from - at : 0;
		if (dist < bestd) {
			bestd = dist;
			best = (struct span){ at, at + (uint32_t)strlen(w) };
		}
	}
	if (bestd == UINT32_MAX)
		fail(f, "not in the text", w);
	return best;
}

static void
add_via(const struct fixture *f, struct attrib_result *r,
    struct attribution *a, struct json_object *list)
{
	const char	*name;
	size_t		 i;
	int		 k;

	for (i = 0; list != NULL && i < json_object_array_length(list); i++) {
		name = json_object_get_string(json_object_array_get_idx(list, i));
		if ((k = source_index(r, name)) < 0)
			fail(f, "via names no source", name);
		a->via = xreallocarray(a->via, a->nvia + 1, sizeof *a->via);
		a->via[a->nvia++] = k;
	}
}

static void
add_quote(const struct fixture *f, struct attrib_result *r, const char *body,
    struct json_object *o, uint32_t *after)
{
	struct attribution	*a;
	const char		*text = jstr(o, "text"), *p;
	const char		*stance = jstr(o, "stance");
	struct json_object	*d;
	int			 k;

	if (text == NULL || (p = strstr(body + *after, text)) == NULL)
		fail(f, "quote not in the text (after the one before)",
		    text != NULL ? text : "(none)");
	r->v = xreallocarray(r->v, r->n + 1, sizeof *r->v);
	a = &r->v[r->n++];
	memset(a, 0, sizeof *a);
	a->quote = (struct span){ (uint32_t)(p - body),
	    (uint32_t)(p - body + strlen(text)) };
	*after = a->quote.end;
	a->direct = !json_object_object_get_ex(o, "direct", &d) ||
	    json_object_get_boolean(d);
	a->speaker = source_index(r, jstr(o, "speaker"));
	a->mention = nearest(f, body, jstr(o, "mention"), a->quote.start,
	    a->quote.end);
	a->cue = nearest(f, body, jstr(o, "cue"), a->quote.start, a->quote.end);
	if ((k = attrib_stance_parse(stance != NULL ? stance : "claim")) < 0)
		fail(f, "unknown stance", stance);
	a->stance = (enum stance)k;
	a->rule = "fixture";
	a->confidence = 1.0f;
	add_via(f, r, a, jarr(o, "via"));
	if (a->speaker >= 0)
		r->src[a->speaker].quotes++;
}

static void
add_pair(const struct fixture *f, struct claim_pair *p, struct json_object *o,
    size_t nquotes)
{
	struct json_object	*a, *b, *score;
	const char		*why = jstr(o, "why");
	int			 rel = claims_relation_parse(jstr(o, "relation") ?
				     jstr(o, "relation") : "");

	memset(p, 0, sizeof *p);
	if (!json_object_object_get_ex(o, "a", &a) ||
	    !json_object_object_get_ex(o, "b", &b) ||
	    (size_t)json_object_get_int(a) >= nquotes ||
	    (size_t)json_object_get_int(b) >= nquotes)
		fail(f, "a pair names no quote", json_object_to_json_string(o));
	if (rel < 0)
		fail(f, "unknown relation", json_object_to_json_string(o));
	p->a = (size_t)json_object_get_int(a);
	p->b = (size_t)json_object_get_int(b);
	p->relation = (enum claim_relation)rel;
	p->score = json_object_object_get_ex(o, "score", &score) ?
	    (float)json_object_get_double(score) : 0.5f;
	snprintf(p->why, sizeof p->why, "%s", why != NULL ? why : "");
}

/* The fixture's pairs of claims; a and b index its quotes. */
static struct claim_pair *
fixture_pairs(const struct fixture *f, size_t nquotes, size_t *n)
{
	struct json_object	*list = jarr(f->json, "pairs");
	struct claim_pair	*v;
	size_t			 i;

	*n = list != NULL ? json_object_array_length(list) : 0;
	v = xcalloc(*n + 1, sizeof *v);
	for (i = 0; i < *n; i++)
		add_pair(f, &v[i], json_object_array_get_idx(list, i), nquotes);
	return v;
}

static int
store(void *ctx, struct article *art, struct error *err)
{
	struct fixture		*f = ctx;
	struct attrib_result	 r;
	struct json_object	*list = jarr(f->json, "quotes");
	const char		*body = buf_str(&art->body);
	struct claim_pair	*pairs;
	uint32_t		 after = 0;
	int64_t			 id = 0;
	size_t			 i, npairs;
	int			 rc;

	memset(&r, 0, sizeof r);
	add_sources(f, &r, body);
	for (i = 0; list != NULL && i < json_object_array_length(list); i++)
		add_quote(f, &r, body, json_object_array_get_idx(list, i), &after);
	if (jstr(f->json, "outlet") != NULL)
		article_set(&art->outlet, jstr(f->json, "outlet"),
		    strlen(jstr(f->json, "outlet")));
	if (jstr(f->json, "date") != NULL)
		article_set(&art->date, jstr(f->json, "date"),
		    strlen(jstr(f->json, "date")));
	pairs = fixture_pairs(f, r.n, &npairs);
	rc = index_store(f->ix, art, &r, pairs, npairs, &id, err);
	free(pairs);
	attrib_result_free(&r);
	return rc;
}

static char *
read_file(const char *path, size_t *n)
{
	FILE	*fp = fopen(path, "rb");
	char	*s;
	long	 len;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) < 0)
		return NULL;
	rewind(fp);
	s = xmalloc((size_t)len + 1);
	*n = fread(s, 1, (size_t)len, fp);
	s[*n] = '\0';
	fclose(fp);
	return s;
}

static void
load(struct index *ix, const char *path)
{
	struct fixture		 f = { path, json_object_from_file(path), ix };
	struct import_sink	 sink = { .article = store, .ctx = &f };
	struct error		 err;
	const char		*file, *slash = strrchr(path, '/');
	char			*full, *text;
	size_t			 n;

	if (f.json == NULL || (file = jstr(f.json, "file")) == NULL)
		fail(&f, "not a fixture", "no \"file\"");
	full = slash != NULL ? xasprintf("%.*s/%s", (int)(slash - path), path,
	    file) : xstrdup(file);
	if ((text = read_file(full, &n)) == NULL)
		fail(&f, "cannot read", full);
	if (index_begin(ix, &err) == -1 ||
	    import_parse(text, n, file, IMPORT_TEXT, &sink, &err) == -1 ||
	    index_commit(ix, &err) == -1)
		fail(&f, "storing", err.msg);
	free(text);
	free(full);
	json_object_put(f.json);
}

int
main(int argc, char **argv)
{
	struct index	*ix;
	struct error	 err;
	int		 i;

	if (argc < 3) {
		fprintf(stderr, "usage: mkfixture DB FIXTURE.json...\n");
		return 2;
	}
	if (index_open(&ix, argv[1], 0, &err) == -1) {
		fprintf(stderr, "mkfixture: %s\n", err.msg);
		return 1;
	}
	for (i = 2; i < argc; i++)
		load(ix, argv[i]);
	index_close(ix);
	return 0;
}

/*
 * Coreference within one article.  Names are keyed by surname, so a full
 * name and its later surname meet in one probe; the role words of named
 * people are keyed too, so that a description ("the deputy foreign
 * minister") finds the person it describes wherever that person is named.
 * Pronouns go to the latest speaker they agree with: the speaker of the
 * previous quote is the best guess a reader makes too.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "coref.h"
#include "relays.h"
#include "xmalloc.h"

/* How far back a pronoun looks, in speakers. */
#define COREF_PRONOUN_REACH	12
/* How far back "the campaign" looks for the campaign named before. */
#define COREF_REACH		64
/* Sources searched for the full name of a short outlet name ("the Post")
 * or for a namesake: they are named early, and the bound keeps hostile
 * input linear. */
#define COREF_OUTLETS		256

enum { GENDER_NONE, GENDER_MASC, GENDER_FEM };

struct coref_ent {
	uint32_t	key;		/* surname of a person, else the name */
	uint32_t	given;		/* first name of a person, or 0 */
	uint32_t	head;		/* head noun of an organisation or document */
	uint8_t		gender;
	uint8_t		nwords;
	bool		group;		/* "officials": a plural speaker */
};

/* Abbreviated titles and the words they stand for. */
static const char *const coref_aliases[][2] = {
	{ "sen.", "senator" }, { "sens.", "senator" },
	{ "rep.", "representative" }, { "reps.", "representative" },
	{ "congressman", "representative" },
	{ "congresswoman", "representative" },
	{ "gov.", "governor" }, { "gen.", "general" }, { "adm.", "admiral" },
	{ "prof.", "professor" }, { "spokeswoman", "spokesperson" },
	{ "spokesman", "spokesperson" }, { "chairwoman", "chair" },
	{ "chairman", "chair" }, { "advisor", "adviser" },
};

static uint32_t
coref_word(const struct tokens *t, size_t i)
{
	size_t		k;
	uint32_t	h = t->v[i].hash;

	for (k = 0; k < sizeof coref_aliases / sizeof *coref_aliases; k++)
		if (tokens_eq(t, i, coref_aliases[k][0]))
			return tokens_hash(coref_aliases[k][1],
			    strlen(coref_aliases[k][1]));
	return h;
}

static int32_t
coref_get(const struct coref_map *m, uint32_t key)
{
	size_t	i;

	if (m->cap == 0 || key == 0)
		return -1;
	for (i = key & (m->cap - 1); m->key[i] != 0; i = (i + 1) & (m->cap - 1))
		if (m->key[i] == key)
			return m->val[i];
	return -1;
}

static void
coref_put(struct coref_map *m, uint32_t key, int32_t val)
{
	struct coref_map	old = *m;
	size_t			i;

	if (key == 0)
		return;
	if ((m->used + 1) * 2 > m->cap) {
		m->cap = old.cap ? old.cap * 2 : 64;
		m->used = 0;
		m->key = xcalloc(m->cap, sizeof *m->key);
		m->val = xcalloc(m->cap, sizeof *m->val);
		for (i = 0; i < old.cap; i++)
			if (old.key[i] != 0)
				coref_put(m, old.key[i], old.val[i]);
		free(old.key);
		free(old.val);
	}
	for (i = key & (m->cap - 1); m->key[i] != 0 && m->key[i] != key;
	    i = (i + 1) & (m->cap - 1))
		;
	m->used += m->key[i] == 0;
	m->key[i] = key;
	m->val[i] = val;
}

/* The text of tokens [a, b), white space folded to single spaces. */
char *
coref_text(const struct tokens *t, uint32_t a, uint32_t b)
{
	const char	*s = t->text + t->v[a].start;
	size_t		 n = t->v[b - 1].end - t->v[a].start, i, o = 0;
	char		*out = xmalloc(n + 1);

	for (i = 0; i < n; i++) {
		if (s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

void
coref_init(struct coref *c, const struct tokens *t, struct attrib_result *r)
{
	memset(c, 0, sizeof *c);
	c->t = t;
	c->r = r;
}

void
coref_free(struct coref *c)
{
	free(c->e);
	free(c->names.key);
	free(c->names.val);
	free(c->roles.key);
	free(c->roles.val);
	free(c->hist);
	memset(c, 0, sizeof *c);
}

static int
coref_new(struct coref *c, char *name, enum source_kind kind, char *role)
{
	struct attrib_result	*r = c->r;
	struct source		*s;

	if (r->nsrc == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		r->src = xreallocarray(r->src, c->cap, sizeof *r->src);
		c->e = xreallocarray(c->e, c->cap, sizeof *c->e);
	}
	s = &r->src[r->nsrc];
	memset(s, 0, sizeof *s);
	memset(&c->e[r->nsrc], 0, sizeof *c->e);
	s->name = name;
	s->kind = kind;
	s->role = role;
	return (int)r->nsrc++;
}

/* Add the mention [first, last) (tokens) to source i. */
void
coref_mention(struct coref *c, int i, uint32_t first, uint32_t last)
{
	struct source	*s = &c->r->src[i];

	if (first >= last)
		return;
	if ((s->nmentions & (s->nmentions - 1)) == 0)
		s->mentions = xreallocarray(s->mentions, s->nmentions ?
		    s->nmentions * 2 : 1, sizeof *s->mentions);
	s->mentions[s->nmentions].start = c->t->v[first].start;
	s->mentions[s->nmentions++].end = c->t->v[last - 1].end;
}

static void
coref_push(struct coref *c, int i)
{
	if (c->nhist == c->caphist) {
		c->caphist = c->caphist ? c->caphist * 2 : 32;
		c->hist = xreallocarray(c->hist, c->caphist, sizeof *c->hist);
	}
	c->hist[c->nhist++] = i;
}

static uint8_t
coref_gender(const struct tokens *t, uint32_t a, uint32_t b)
{
	uint32_t	i, k;

	for (i = a; i < b; i++) {
		k = speakers_class(t, i);
		if (k & SPK_FEM)
			return GENDER_FEM;
		if (k & SPK_MASC)
			return GENDER_MASC;
	}
	return GENDER_NONE;
}

static char *
coref_role(const struct tokens *t, const struct mention *m)
{
	return m->role_first < m->role_last ?
	    coref_text(t, m->role_first, m->role_last) : NULL;
}

/* Index the role words of person i, for descriptions to find. */
static void
coref_roles(struct coref *c, const struct mention *m, int i)
{
	uint32_t	k;

	for (k = m->role_first; k < m->role_last; k++)
		if (speakers_class(c->t, k) & SPK_ROLE)
			coref_put(&c->roles, coref_word(c->t, k), i);
}

/* The surname of a name [a, b): its last word but a suffix ("Jr."). */
static uint32_t
coref_surname(const struct tokens *t, uint32_t a, uint32_t b)
{
	static const char *const suffixes[] = { "jr.", "jr", "sr.", "ii", "iii" };
	size_t	k;

	for (k = 0; b - a > 1 && k < sizeof suffixes / sizeof *suffixes; k++)
		if (tokens_eq(t, b - 1, suffixes[k]))
			return t->v[b - 2].hash;
	return t->v[b - 1].hash;
}

/* An earlier person with this surname and given name ("Bill Clinton" when
 * "Hillary Clinton" came last), or -1. */
static int32_t
coref_namesake(const struct coref *c, uint32_t sur, uint32_t given)
{
	size_t	k;

	for (k = 0; k < c->r->nsrc && k < COREF_OUTLETS; k++)
		if (c->r->src[k].kind == SOURCE_PERSON && c->e[k].key == sur &&
		    c->e[k].given == given)
			return (int32_t)k;
	return -1;
}

/* A person's name: the person it names, found or added. */
static int
coref_person(struct coref *c, const struct mention *m)
{
	const struct tokens	*t = c->t;
	uint32_t		 sur, given, nw = m->name_last - m->name_first;
	int32_t			 i;

	sur = coref_surname(t, m->name_first, m->name_last);
	given = nw > 1 ? t->v[m->name_first].hash : 0;
	i = coref_get(&c->names, sur);
	if (i >= 0 && given != 0 && c->e[i].given != 0 && c->e[i].given != given)
		i = coref_namesake(c, sur, given);	/* Bill, not Hillary */
	if (i >= 0 && c->r->src[i].kind == SOURCE_PERSON && (given == 0 ||
	    c->e[i].given == 0 || c->e[i].given == given)) {
		if (nw > c->e[i].nwords) {
			free(c->r->src[i].name);
			c->r->src[i].name = coref_text(t, m->name_first,
			    m->name_last);
			c->e[i].nwords = (uint8_t)(nw < 255 ? nw : 255);
			c->e[i].given = given;
		}
	} else {
		i = coref_new(c, coref_text(t, m->name_first, m->name_last),
		    SOURCE_PERSON, NULL);
		c->e[i].key = sur;
		c->e[i].given = given;
		c->e[i].nwords = (uint8_t)(nw < 255 ? nw : 255);
		coref_put(&c->names, sur, i);
	}
	if (c->r->src[i].role == NULL)
		c->r->src[i].role = coref_role(t, m);
	if (c->e[i].gender == GENDER_NONE)
		c->e[i].gender = coref_gender(t, m->first, m->last);
	coref_roles(c, m, i);
	return i;
}

/* Register a named speaker before pronouns and descriptions are read. */
void
coref_register(struct coref *c, const struct mention *m)
{
	if (m->kind == MENTION_NAME)
		(void)coref_person(c, m);
}

/* The latest source in the history that kind_ok accepts, or -1. */
static int
coref_latest(const struct coref *c, bool (*ok)(const struct coref *, int,
    uint8_t), uint8_t arg)
{
	size_t	k;

	for (k = c->nhist; k > 0 && c->nhist - k < COREF_PRONOUN_REACH; k--)
		if (ok(c, c->hist[k - 1], arg))
			return c->hist[k - 1];
	return -1;
}

static bool
coref_is_person(const struct coref *c, int i, uint8_t gender)
{
	return c->r->src[i].kind == SOURCE_PERSON && !c->e[i].group &&
	    (gender == GENDER_NONE || c->e[i].gender == GENDER_NONE ||
	    c->e[i].gender == gender);
}

static bool
coref_is_plural(const struct coref *c, int i, uint8_t unused)
{
	return c->e[i].group || c->r->src[i].kind == SOURCE_ORGANIZATION;
}

static bool
coref_is_thing(const struct coref *c, int i, uint8_t unused)
{
	return c->r->src[i].kind != SOURCE_PERSON;
}

static int
coref_pronoun(struct coref *c, const struct mention *m)
{
	const struct tokens	*t = c->t;
	uint8_t			 g = coref_gender(t, m->first, m->last);
	int			 i = -1;

	if (tokens_eq(t, m->first, "he") || tokens_eq(t, m->first, "she")) {
		i = coref_latest(c, coref_is_person, g);
		if (i >= 0 && c->e[i].gender == GENDER_NONE)
			c->e[i].gender = g;
	} else if (tokens_eq(t, m->first, "they"))
		i = coref_latest(c, coref_is_plural, 0);
	else if (tokens_eq(t, m->first, "it"))
		i = coref_latest(c, coref_is_thing, 0);
	return i;
}

/* The last role word of a description: "minister" in "deputy minister". */
static int
coref_description(struct coref *c, const struct mention *m)
{
	uint32_t	k;
	int32_t		i;

	for (k = m->last; k > m->first; k--) {
		if (!(speakers_class(c->t, k - 1) & SPK_ROLE))
			continue;
		i = coref_get(&c->roles, coref_word(c->t, k - 1));
		return i >= 0 && c->r->src[i].kind == SOURCE_PERSON ? i : -1;
	}
	return -1;
}

/* Where a phrase's name starts: past determiners ("the campaign"). */
static uint32_t
coref_bare(const struct tokens *t, const struct mention *m)
{
	uint32_t	a = m->first;

	while (a + 1 < m->last && (speakers_class(t, a) & SPK_DET))
		a++;
	return a;
}

/* Is any word of [a, b) capitalised (a named organisation)? */
static bool
coref_named(const struct tokens *t, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (t->v[a].flags & TF_CAP)
			return true;
	return false;
}

/* An organisation, group, document or unnamed person, by its words. */
static int
coref_phrase(struct coref *c, const struct mention *m, enum source_kind kind)
{
	const struct tokens	*t = c->t;
	uint32_t		 a = coref_bare(t, m), key, head;
	char			*name = coref_text(t, a, m->last);
	size_t			 k;
	int32_t			 i;

	key = tokens_hash(name, strlen(name)) ^ (uint32_t)(kind + 1) * 0x9e3779b9u;
	head = t->v[m->last - 1].hash;
	i = coref_get(&c->names, key);
	if (i < 0 && kind != SOURCE_PERSON && !coref_named(t, a, m->last))
		for (k = c->nhist; k > 0 && i < 0 && c->nhist - k < COREF_REACH;
		    k--)
			if (c->e[c->hist[k - 1]].head == head &&
			    c->r->src[c->hist[k - 1]].kind == kind)
				i = c->hist[k - 1];
	if (i >= 0) {
		free(name);
		return i;
	}
	i = coref_new(c, name, kind, kind == SOURCE_PERSON ? coref_role(t, m) :
	    NULL);
	c->e[i].key = key;
	c->e[i].head = head;
	c->e[i].group = m->kind == MENTION_GROUP;
	coref_put(&c->names, key, i);
	return i;
}

/*
 * An outlet of the gazetteer.  A short name goes to the full one the
 * article used ("the Post" to "Washington Post"), a name to a longer one
 * it starts ("Bloomberg" to "Bloomberg News").
 */
int
coref_outlet(struct coref *c, const struct outlet_match *m)
{
	char		*canon = m->row >= 0 ? xstrdup(relays_canonical(m->row)) :
			    coref_text(c->t, m->first, m->last);
	size_t		 n = strlen(canon), k, len;
	uint32_t	 key = tokens_hash(canon, n) ^ 0x5bd1e995u;
	int32_t		 i = -1;
	const char	*name;

	for (k = 0; k < c->r->nsrc && k < COREF_OUTLETS && i < 0; k++) {
		name = c->r->src[k].name;
		len = strlen(name);
		if (c->r->src[k].kind != SOURCE_OUTLET || len <= n)
			continue;
		if (m->is_short ? name[len - n - 1] == ' ' &&
		    strcmp(name + len - n, canon) == 0 : name[n] == ' ' &&
		    strncmp(name, canon, n) == 0)
			i = (int32_t)k;
	}
	if (i < 0)
		i = coref_get(&c->names, key);
	if (i < 0) {
		i = coref_new(c, canon, SOURCE_OUTLET, NULL);
		c->e[i].key = key;
		coref_put(&c->names, key, i);
	} else
		free(canon);
	coref_mention(c, i, m->first, m->last);
	return i;
}

/* The source a speaker mention refers to, or -1; remembers it. */
int
coref_resolve(struct coref *c, const struct mention *m)
{
	struct outlet_match	om;
	int			i = -1;

	switch (m->kind) {
	case MENTION_PRONOUN:
		i = coref_pronoun(c, m);
		break;
	case MENTION_NAME:
		i = coref_person(c, m);
		break;
	case MENTION_ROLE:
		if ((i = coref_description(c, m)) < 0)
			i = coref_phrase(c, m, SOURCE_PERSON);
		break;
	case MENTION_GROUP:
		i = coref_phrase(c, m, SOURCE_PERSON);
		break;
	case MENTION_ORG:
		i = coref_phrase(c, m, SOURCE_ORGANIZATION);
		break;
	case MENTION_DOCUMENT:
		i = coref_phrase(c, m, SOURCE_DOCUMENT);
		break;
	case MENTION_OUTLET:
		if (!relays_outlet_in(c->t, m->first, m->last, &om))
			return -1;
		return coref_outlet(c, &om);
	default:
		return -1;
	}
	if (i >= 0) {
		coref_mention(c, i, m->first, m->last);
		coref_push(c, i);
	}
	return i;
}

static int
coref_span_cmp(const void *a, const void *b)
{
	const struct span	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

/* Sort a source's mentions and drop repeats and spans inside others. */
static void
coref_tidy(struct source *s)
{
	size_t	i, o = 0;

	if (s->nmentions == 0)
		return;
	qsort(s->mentions, s->nmentions, sizeof *s->mentions, coref_span_cmp);
	for (i = 1; i < s->nmentions; i++) {
		if (s->mentions[i].start < s->mentions[o].end)
			continue;
		s->mentions[++o] = s->mentions[i];
	}
	s->nmentions = o + 1;
}

/*
 * Count every mention: the surname of each person wherever it appears,
 * then sort and merge each source's spans.
 */
void
coref_count(struct coref *c)
{
	const struct tokens	*t = c->t;
	size_t			 i;
	int32_t			 k;

	for (i = 0; i < t->n; i++) {
		if (t->v[i].kind != TOK_WORD || !(t->v[i].flags & TF_CAP))
			continue;
		k = coref_get(&c->names, t->v[i].hash);
		if (k >= 0 && c->r->src[k].kind == SOURCE_PERSON &&
		    c->e[k].key == t->v[i].hash)
			coref_mention(c, k, (uint32_t)i, (uint32_t)i + 1);
	}
	for (i = 0; i < c->r->nsrc; i++)
		coref_tidy(&c->r->src[i]);
}

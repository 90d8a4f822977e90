/*
 * Claim pairing.  Each quote becomes a small set of terms; pairs are
 * scored by the weighted cosine of their term sets, and opposed when
 * their stances oppose or a shared term is negated on one side only.
 */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "utf8.h"
#include "xmalloc.h"

#define CLAIMS_NEG_SCOPE	4	/* content words a negation governs */
#define CLAIMS_CONTEXT_WEIGHT	0.6f	/* a context term counts less */
#define CLAIMS_MIN_CONTRADICT	0.25f
#define CLAIMS_MIN_SUPPORT	0.45f
#define CLAIMS_MIN_WALKBACK	0.5f	/* one speaker correcting themselves */
#define CLAIMS_RARITY_SCALE	0.8f	/* weighed by rarity, cosines run lower */
#define CLAIMS_MIN_IDF_CLAIMS	6	/* claims an article needs for rarity */
#define CLAIMS_MIN_SHARED_ACROSS 3	/* terms two articles' claims must share */
#define CLAIMS_QUERY_WORDS	8	/* words a claim adds to a search */
#define CLAIMS_MIN_SAME		0.8f
#define CLAIMS_MAX_NAME_WORDS	256
#define CLAIMS_REACH		200	/* claims after each one it is held against */

static const char *const claims_relations[] = {
#define X(id, name) name,
	CLAIM_RELATIONS(X)
#undef X
};

/*
 * Words that carry no topic: function words, and the vocabulary of
 * attribution itself ("said", "according"), which every quote shares.
 * Sorted, for bsearch.
 */
static const char *const claims_stopwords[] = {
	"about", "according", "across", "added", "after", "again", "against",
	"all", "also", "although", "among", "and", "announced", "another",
	"any", "are", "around", "asked", "because", "been", "before", "being",
	"between", "both", "but", "can", "cannot", "claimed", "could", "did",
	"does", "doing", "during", "each", "either", "email", "even", "ever",
	"every",
	"for", "from", "further", "had", "has", "have", "having", "her", "here",
	"hers", "herself", "him", "himself", "his", "how", "however",
	"interview", "into",
	"its", "itself", "just", "last", "later", "least", "less", "like",
	"many", "may", "might", "more", "most", "much", "must", "noted",
	"noting", "now", "off", "once", "one", "only", "other", "others",
	"our", "ours", "out", "over", "own", "per", "rather", "really",
	"referring", "reported", "reports", "said", "same", "saying", "says",
	"should", "since", "some", "spokesman", "spokesperson", "spokeswoman",
	"statement", "still", "such", "than", "that", "the",
	"their", "theirs", "them", "themselves", "then", "there", "these",
	"they", "this", "those", "though", "through", "throughout", "thus",
	"told", "too", "under", "until", "upon", "very", "was", "were", "what",
	"when", "where", "whether", "which", "while", "who", "whom", "whose",
	"why", "will", "with", "within", "would", "yet", "you", "your",
};

/* Words that negate what follows them. Sorted. */
static const char *const claims_negators[] = {
	"denied", "denies", "deny", "denying", "false", "neither", "never",
	"no", "nobody", "none", "nor", "not", "nothing", "untrue", "without",
};

/*
 * Every word of the text is looked up in both lists: one hash table of
 * them, built once, makes that one probe instead of two bisections.
 */
enum claims_class { CLAIMS_CONTENT, CLAIMS_STOP, CLAIMS_NEGATOR };

#define CLAIMS_WORDS_SIZE	512	/* a power of two, over twice the words */

static struct {
	const char		*word;
	uint32_t		 hash;		/* compared before the word */
	enum claims_class	 class;
} claims_words[CLAIMS_WORDS_SIZE];
static pthread_once_t claims_words_once = PTHREAD_ONCE_INIT;

static uint32_t claims_hash(const char *, size_t);

static void
claims_words_add(const char *const *v, size_t n, enum claims_class class)
{
	size_t		i;
	uint32_t	h, full;

	for (i = 0; i < n; i++) {
		full = claims_hash(v[i], strlen(v[i]));
		h = full & (CLAIMS_WORDS_SIZE - 1);
		while (claims_words[h].word != NULL)
			h = (h + 1) & (CLAIMS_WORDS_SIZE - 1);
		claims_words[h].word = v[i];
		claims_words[h].hash = full;
		claims_words[h].class = class;
	}
}

static void
claims_words_init(void)
{
	claims_words_add(claims_stopwords, sizeof claims_stopwords /
	    sizeof claims_stopwords[0], CLAIMS_STOP);
	claims_words_add(claims_negators, sizeof claims_negators /
	    sizeof claims_negators[0], CLAIMS_NEGATOR);
}

/* The class of the folded word w, whose hash is full. */
static enum claims_class
claims_class_of(const char *w, uint32_t full)
{
	uint32_t	h;

	pthread_once(&claims_words_once, claims_words_init);
	h = full & (CLAIMS_WORDS_SIZE - 1);
	for (; claims_words[h].word != NULL; h = (h + 1) & (CLAIMS_WORDS_SIZE - 1))
		if (claims_words[h].hash == full &&
		    strcmp(claims_words[h].word, w) == 0)
			return claims_words[h].class;
	return CLAIMS_CONTENT;
}

static bool
claims_sorted(const char *const *v, size_t n)
{
	size_t	i;

	for (i = 1; i < n; i++)
		if (strcmp(v[i - 1], v[i]) >= 0)
			return false;
	return true;
}

/* The word lists are kept sorted for the reader's sake: the tests check. */
bool
claims_tables_sorted(void)
{
	return claims_sorted(claims_stopwords, sizeof claims_stopwords /
	    sizeof claims_stopwords[0]) && claims_sorted(claims_negators,
	    sizeof claims_negators / sizeof claims_negators[0]);
}

const char *
claims_relation_name(enum claim_relation r)
{
	return r < CLAIM_RELATION_COUNT ? claims_relations[r] : "?";
}

int
claims_relation_parse(const char *name)
{
	int	i;

	for (i = 0; i < CLAIM_RELATION_COUNT; i++)
		if (strcmp(name, claims_relations[i]) == 0)
			return i;
	return -1;
}

static uint32_t
claims_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/*
 * Length of the word character at s (0 if none): ASCII letters, digits,
 * apostrophes and hyphens, and any letter or digit beyond ASCII; a curly
 * apostrophe only between letters ("Trump’s"), never as a quote mark.
 */
static const uint8_t claims_ascii_word[128] = {
	['\''] = 1, ['-'] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

static size_t
claims_word_char(const char *s)
{
	unsigned char	c = (unsigned char)*s;
	uint32_t	cp;
	size_t		k;

	if (c < 0x80)
		return claims_ascii_word[c];
	k = utf8_decode(s, strnlen(s, 4), &cp);
	if (cp == 0x2019)
		return claims_word_char(s + k) > 0 ? k : 0;
	return utf8_is_letter(cp) ? k : 0;
}

/* The end of the word starting at s[i]. */
static size_t
claims_word_end(const char *s, size_t i)
{
	size_t	k;

	while ((k = claims_word_char(s + i)) > 0)
		i += k;
	return i;
}

/* Lower-case w (ASCII) into out, dropping a possessive; returns length. */
static size_t
claims_fold(const char *w, size_t n, char *out, size_t cap)
{
	size_t	i, k = 0;

	if (n >= 4 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0)
		n -= 4;
	else if (n >= 2 && (memcmp(w + n - 2, "'s", 2) == 0))
		n -= 2;
	while (n > 0 && (w[n - 1] == '\'' || w[n - 1] == '-'))
		n--;
	for (i = 0; i < n && k + 1 < cap; i++)
		out[k++] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
	out[k] = '\0';
	return k;
}

/* Plurals fold into their singular: "contacts" meets "contact". */
static size_t
claims_stem(char *w, size_t n)
{
	if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
		strcpy(w + n - 3, "y");
		return n - 2;
	}
	if (n > 4 && strcmp(w + n - 4, "sses") == 0)
		n -= 2;
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != 'u' && w[n - 2] != 'i')
		n -= 1;
	w[n] = '\0';
	return n;
}

static bool
claims_ends_negated(const char *w, size_t n)
{
	return (n > 3 && memcmp(w + n - 3, "n't", 3) == 0) ||
	    (n > 5 && memcmp(w + n - 5, "n\xe2\x80\x99t", 5) == 0);
}

/* Clause punctuation ends the reach of a negation. */
static bool
claims_ends_clause(unsigned char c)
{
	return c == ',' || c == ';' || c == '.' || c == ':' || c == '!' ||
	    c == '?' || c == '(' || c == ')';
}

struct claims_names {
	uint32_t	hash[CLAIMS_MAX_NAME_WORDS];
	size_t		n;
	uint64_t	bits;		/* a filter of the hashes: most words miss */
};

static bool
claims_is_name(const struct claims_names *nm, uint32_t h)
{
	size_t	i;

	if (!(nm->bits & 1ull << (h >> 26)))
		return false;
	for (i = 0; i < nm->n; i++)
		if (nm->hash[i] == h)
			return true;
	return false;
}

/* A filter of term hashes (CLAIMS_FILTER_BITS): "no" is sure, "yes" may be. */
static bool
claims_filter_has(const uint64_t *f, uint32_t h)
{
	return f[(h >> 24) % CLAIMS_FILTER_BITS / 64] & 1ull << (h >> 24) % 64;
}

static void
claims_filter_add(uint64_t *f, uint32_t h)
{
	f[(h >> 24) % CLAIMS_FILTER_BITS / 64] |= 1ull << (h >> 24) % 64;
}

static void
claims_add_term(struct claim *c, uint32_t h, bool negated, bool in_quote,
    size_t at, size_t len)
{
	int	i;

	for (i = 0; claims_filter_has(c->term_bits, h) && i < c->nterms; i++) {
		if (c->terms[i].hash != h)
			continue;
		if (in_quote && !c->terms[i].in_quote) {
			c->terms[i].in_quote = 1;
			c->terms[i].weight = 1.0f;
			c->terms[i].flags = negated ? CLAIMS_TERM_NEGATED : 0;
			c->nquote_terms++;
		}
		return;
	}
	if (c->nterms == CLAIMS_MAX_TERMS)
		return;
	claims_filter_add(c->term_bits, h);
	c->terms[c->nterms].hash = h;
	c->terms[c->nterms].flags = negated ? CLAIMS_TERM_NEGATED : 0;
	c->terms[c->nterms].in_quote = in_quote;
	c->terms[c->nterms].weight = in_quote ? 1.0f : CLAIMS_CONTEXT_WEIGHT;
	c->terms[c->nterms].at = (uint32_t)at;
	c->terms[c->nterms++].len = (uint16_t)(len < 0xffff ? len : 0xffff);
	c->nquote_terms += in_quote;
	c->negated |= in_quote && negated;
}

/* One word of a text, as the pairing reads it. */
struct claims_word {
	size_t		start, end;	/* bytes of the word as written */
	uint32_t	hash;		/* of its folded stem, for a term */
	bool		negator;	/* it negates the words after it */
	bool		term;		/* a content word */
	bool		negated;	/* a term a negation governs */
	bool		clause;		/* clause punctuation came before it */
};

/* The words of a sentence as read once, for the quotes within it. */
struct claims_words {
	struct claims_word	*v;
	size_t			 n, cap;
};

struct claims_reader {
	const char	*text;
	size_t		 i;
	int		 neg;		/* content words still in a negation's reach */
};

/*
 * The next word of the text, false at its end.  Function words come
 * back as neither negators nor terms.
 */
static bool
claims_next_word(struct claims_reader *r, struct claims_word *w)
{
	enum claims_class	class;
	char			f[64];
	size_t			n, stem;
	uint32_t		h;

	bool			clause = false;

	for (; r->text[r->i] != '\0' && claims_word_char(r->text + r->i) == 0;
	    r->i++)
		if (claims_ends_clause((unsigned char)r->text[r->i])) {
			r->neg = 0;
			clause = true;
		}
	if (r->text[r->i] == '\0')
		return false;
	memset(w, 0, sizeof *w);
	w->clause = clause;
	w->start = r->i;
	w->end = r->i = claims_word_end(r->text, r->i);
	n = claims_fold(r->text + w->start, w->end - w->start, f, sizeof f);
	h = claims_hash(f, n);
	class = claims_class_of(f, h);
	w->negator = class == CLAIMS_NEGATOR ||
	    claims_ends_negated(r->text + w->start, w->end - w->start);
	if (w->negator)
		r->neg = CLAIMS_NEG_SCOPE;
	if (w->negator || n < 3 || class == CLAIMS_STOP)
		return true;
	stem = claims_stem(f, n);
	w->hash = stem == n ? h : claims_hash(f, stem);
	w->term = true;
	w->negated = r->neg > 0;
	if (r->neg > 0)
		r->neg--;
	return true;
}

/* Read the words of text into c's terms; keep them in kept, if given. */
static void
claims_scan(struct claim *c, const char *text, bool in_quote,
    const struct claims_names *nm, struct claims_words *kept)
{
	struct claims_reader	r = { text, 0, 0 };
	struct claims_word	w;

	if (kept != NULL)
		kept->n = 0;
	while (claims_next_word(&r, &w)) {
		if (kept != NULL) {
			if (kept->n == kept->cap) {
				kept->cap = kept->cap ? kept->cap * 2 : 64;
				kept->v = xreallocarray(kept->v, kept->cap,
				    sizeof *kept->v);
			}
			kept->v[kept->n++] = w;
		}
		if (w.term && !claims_is_name(nm, w.hash))
			claims_add_term(c, w.hash, w.negated, in_quote, w.start,
			    w.end - w.start);
	}
}

/*
 * The words of a quote, from those of its sentence kept by claims_scan()
 * (the quote at byte from to to of the sentence): what reading the quote
 * alone would find, negations counted from its start.  False if a word
 * crosses either end of the quote, which must then be read after all.
 */
static bool
claims_replay(struct claim *c, const struct claims_words *kept, size_t from,
    size_t to, const struct claims_names *nm)
{
	const struct claims_word	*w;
	size_t				 i, first;
	int				 neg = 0;

	for (i = 0; i < kept->n && kept->v[i].end <= from; i++)
		;
	if (i < kept->n && kept->v[i].start < from)
		return false;
	for (first = i; i < kept->n && kept->v[i].start < to; i++)
		if (kept->v[i].end > to)
			return false;
	for (i = first; i < kept->n && kept->v[i].start < to; i++) {
		w = &kept->v[i];
		if (w->clause && i > first)
			neg = 0;
		if (w->negator)
			neg = CLAIMS_NEG_SCOPE;
		if (w->negator || !w->term)
			continue;
		if (!claims_is_name(nm, w->hash))
			claims_add_term(c, w->hash, neg > 0, true, w->start - from,
			    w->end - w->start);
		if (neg > 0)
			neg--;
	}
	return true;
}

static void
claims_add_names(struct claims_names *nm, const char *name)
{
	struct claims_reader	r = { name, 0, 0 };
	struct claims_word	w;

	while (nm->n < CLAIMS_MAX_NAME_WORDS && claims_next_word(&r, &w))
		if (w.term) {
			nm->hash[nm->n++] = w.hash;
			nm->bits |= 1ull << (w.hash >> 26);
		}
}

static float
claims_weight(const struct claim_term *t)
{
	return t->weight;
}

static float
claims_norm(const struct claim *c)
{
	float	s = 0;
	int	i;

	for (i = 0; i < c->nterms; i++)
		s += claims_weight(&c->terms[i]) * claims_weight(&c->terms[i]);
	return sqrtf(s);
}

/*
 * Once the weights are final: the terms in hash order (an insertion sort:
 * a claim has a few dozen terms at most), the filter of the quote's own
 * terms, and the norm.
 */
static void
claims_finish(struct claim *c)
{
	uint32_t	h;
	int		i, j;

	memset(c->quote_bits, 0, sizeof c->quote_bits);
	for (i = 0; i < c->nterms; i++) {
		h = c->terms[i].hash;
		for (j = i; j > 0 && c->sorted[j - 1] > h; j--) {
			c->sorted[j] = c->sorted[j - 1];
			c->order[j] = c->order[j - 1];
		}
		c->sorted[j] = h;
		c->order[j] = (uint8_t)i;
		if (c->terms[i].in_quote)
			claims_filter_add(c->quote_bits, h);
	}
	c->norm = claims_norm(c);
}

/* Where a quote lies in the sentence whose words were kept. */
struct claims_within {
	const struct claims_words	*kept;
	size_t				 from, to;
};

/*
 * Terms of a claim: its quote's (from its sentence's words when within
 * says where), then those of its sentence (read once for all the quotes
 * of a sentence when sentence is given), less the words of the names and
 * of the speaker's, unless the names hold the speaker's already (an
 * article's sources, its speakers among them).
 */
static void
claims_prepare_with(struct claim *c, const struct claims_names *names,
    const struct claim *sentence, bool have_speaker,
    const struct claims_within *within)
{
	struct claims_names	 own;
	const struct claims_names *nm = names;
	const struct claim_term	*t;
	int			 i;

	if (c->speaker != NULL && !have_speaker) {
		own = *names;
		claims_add_names(&own, c->speaker);
		nm = &own;
	}
	c->nterms = c->nquote_terms = 0;
	c->negated = false;
	c->weighed = false;
	memset(c->term_bits, 0, sizeof c->term_bits);
	if (within == NULL || !claims_replay(c, within->kept, within->from,
	    within->to, nm))
		claims_scan(c, c->text != NULL ? c->text : "", true, nm, NULL);
	if (sentence == NULL && c->context != NULL)
		claims_scan(c, c->context, false, nm, NULL);
	for (i = 0; sentence != NULL && i < sentence->nterms; i++) {
		t = &sentence->terms[i];
		if (!claims_is_name(nm, t->hash))
			claims_add_term(c, t->hash, t->flags & CLAIMS_TERM_NEGATED,
			    false, t->at, t->len);
	}
	claims_finish(c);
}

static void
claims_prepare_nm(struct claim *c, const struct claims_names *names)
{
	claims_prepare_with(c, names, NULL, false, NULL);
}

static void
claims_names_of(struct claims_names *nm, const char *const *names, size_t n)
{
	size_t	i;

	nm->n = 0;
	nm->bits = 0;
	for (i = 0; i < n; i++)
		claims_add_names(nm, names[i]);
}

/*
 * Reduce a claim to its terms: the quote's own words first, then its
 * sentence's; the words of names (the article's sources) are left out,
 * since who speaks is not what is spoken of.
 */
void
claims_prepare(struct claim *c, const char *const *names, size_t nnames)
{
	struct claims_names	nm;

	claims_names_of(&nm, names, nnames);
	claims_prepare_nm(c, &nm);
}

static const struct claim_term *
claims_find(const struct claim *c, uint32_t h)
{
	int	i;

	for (i = 0; i < c->nterms; i++)
		if (c->terms[i].hash == h)
			return &c->terms[i];
	return NULL;
}

struct claims_overlap {
	float	cosine;
	int	shared;
	int	shared_quotes;		/* shared by the two quotes themselves */
	bool	polarity;		/* a shared term negated on one side */
	float	jaccard_quote;		/* of the quotes' own terms */
};

static void
claims_overlap(const struct claim *a, const struct claim *b,
    struct claims_overlap *o)
{
	const struct claim_term	*x, *y;
	float			 dot = 0;
	int			 i = 0, j = 0, both_quote = 0;

	memset(o, 0, sizeof *o);
	while (i < a->nterms && j < b->nterms) {	/* both sorted by hash */
		if (a->sorted[i] != b->sorted[j]) {
			if (a->sorted[i] < b->sorted[j])
				i++;
			else
				j++;
			continue;
		}
		x = &a->terms[a->order[i++]];
		y = &b->terms[b->order[j++]];
		o->shared++;
		dot += claims_weight(x) * claims_weight(y);
		both_quote += x->in_quote && y->in_quote;
		o->polarity |= (x->flags ^ y->flags) & CLAIMS_TERM_NEGATED;
	}
	o->shared_quotes = both_quote;
	/* rounding can carry a cosine of identical sets past 1 */
	o->cosine = a->norm > 0 && b->norm > 0 ?
	    fminf(1.0f, dot / (a->norm * b->norm)) : 0;
	if (a->nquote_terms + b->nquote_terms - both_quote > 0)
		o->jaccard_quote = (float)both_quote /
		    (float)(a->nquote_terms + b->nquote_terms - both_quote);
}

/* Could the quotes share a term?  If their filters meet, perhaps. */
static bool
claims_quotes_may_meet(const struct claim *a, const struct claim *b)
{
	size_t	i;

	for (i = 0; i < CLAIMS_FILTER_BITS / 64; i++)
		if (a->quote_bits[i] & b->quote_bits[i])
			return true;
	return false;
}

static bool
claims_opposed(enum stance x, enum stance y)
{
	return (x == STANCE_CLAIM && (y == STANCE_DENIAL ||
	    y == STANCE_CORRECTION)) || (y == STANCE_CLAIM &&
	    (x == STANCE_DENIAL || x == STANCE_CORRECTION));
}

static bool
claims_same_speaker(const struct claim *a, const struct claim *b)
{
	return a->speaker != NULL && b->speaker != NULL &&
	    (a->speaker == b->speaker || strcmp(a->speaker, b->speaker) == 0);
}

/* The last word of a name: "Hope Hicks" is "Hicks" in a sentence. */
static void
claims_short_name(const struct claim *c, const char *fallback, char *out,
    size_t cap)
{
	const char	*sp;

	if (c->speaker == NULL) {
		snprintf(out, cap, "%s", fallback);
		return;
	}
	sp = strrchr(c->speaker, ' ');
	snprintf(out, cap, "%s", sp != NULL ? sp + 1 : c->speaker);
}

/* The shared words as b writes them, in b's order, at most four. */
static void
claims_shared_words(const struct claim *a, const struct claim *b,
    struct buf *out)
{
	const struct claim_term	*t;
	const char		*text;
	int			 i, n = 0;

	for (i = 0; i < b->nterms && n < 4; i++) {
		t = &b->terms[i];
		if (claims_find(a, t->hash) == NULL)
			continue;
		text = t->in_quote ? b->text : b->context;
		if (text == NULL)
			continue;
		buf_printf(out, "%s%.*s", n++ ? ", " : "", (int)t->len, text + t->at);
	}
}

static void
claims_why(struct claim_pair *p, const struct claim *a, const struct claim *b)
{
	static const char *const verb[] = {
		[STANCE_CLAIM] = "disputes", [STANCE_DENIAL] = "denies",
		[STANCE_CORRECTION] = "walks back", [STANCE_REFUSAL] = "declines",
	};
	struct buf	words = BUF_INIT;
	char		na[64], nb[64];

	claims_short_name(a, "one source", na, sizeof na);
	claims_short_name(b, "another source", nb, sizeof nb);
	claims_shared_words(a, b, &words);
	if (p->relation == CLAIM_SAME_QUOTE)
		snprintf(p->why, sizeof p->why, "the same words in two articles: %s",
		    buf_str(&words));
	else if (p->relation == CLAIM_SUPPORTS)
		snprintf(p->why, sizeof p->why, "%s and %s say alike: %s", na, nb,
		    buf_str(&words));
	else
		snprintf(p->why, sizeof p->why, "%s %s what %s asserts: %s", nb,
		    verb[b->stance < STANCE_COUNT ? b->stance : 0], na,
		    buf_str(&words));
	buf_free(&words);
}

/* Put the asserting side first: a claim against its denial. */
static void
claims_order(const struct claim **a, const struct claim **b)
{
	const struct claim	*t;

	if (((*a)->stance != STANCE_CLAIM && (*b)->stance == STANCE_CLAIM) ||
	    ((*a)->stance == (*b)->stance && (*a)->negated && !(*b)->negated)) {
		t = *a;
		*a = *b;
		*b = t;
	}
}

/* Quotes from one sentence are parts of one statement, not two. */
static bool
claims_one_sentence(const struct claim *a, const struct claim *b)
{
	return a->article == b->article && a->context != NULL &&
	    b->context != NULL && strcmp(a->context, b->context) == 0;
}

/*
 * What rules a pair out before their terms are read: the cheap half of
 * claims_relate(), which every pair among an article's quotes meets.
 */
static bool
claims_ruled_out(const struct claim *a, const struct claim *b)
{
	if (a->stance == STANCE_REFUSAL || b->stance == STANCE_REFUSAL ||
	    !claims_quotes_may_meet(a, b))
		return true;
	if (a->article != b->article)
		return false;	/* the same words in two articles pair anyway */
	return (a->stance != STANCE_CLAIM && b->stance != STANCE_CLAIM) ||
	    claims_one_sentence(a, b) || (claims_same_speaker(a, b) &&
	    a->stance != STANCE_CORRECTION && b->stance != STANCE_CORRECTION);
}

static bool
claims_relate(const struct claim *a, const struct claim *b,
    const struct claims_overlap *o, struct claim_pair *p)
{
	/* a negated shared term opposes two sides only if one asserts */
	bool	opposed = claims_opposed(a->stance, b->stance) || (o->polarity &&
		    (a->stance == STANCE_CLAIM || b->stance == STANCE_CLAIM));
	float	scale = a->weighed && b->weighed ? CLAIMS_RARITY_SCALE : 1.0f;

	if (a->article != b->article && a->direct && b->direct &&
	    o->jaccard_quote >= CLAIMS_MIN_SAME) {
		p->relation = CLAIM_SAME_QUOTE;
		p->score = o->jaccard_quote;
		return true;
	}
	/*
	 * The quotes must meet on their own words, not only their sentences';
	 * across articles, where no rarity is known, on more of them.
	 */
	if (a->article != b->article && (o->shared < CLAIMS_MIN_SHARED_ACROSS ||
	    o->shared_quotes < 2))
		return false;
	if (o->shared < 2 || o->shared_quotes == 0 || claims_one_sentence(a, b) ||
	    (claims_same_speaker(a, b) && a->stance != STANCE_CORRECTION &&
	    b->stance != STANCE_CORRECTION))
		return false;
	if (opposed && o->cosine >= scale * (claims_same_speaker(a, b) ?
	    CLAIMS_MIN_WALKBACK : CLAIMS_MIN_CONTRADICT)) {
		p->relation = CLAIM_CONTRADICTS;
		p->score = fminf(1.0f, o->cosine * (o->polarity &&
		    claims_opposed(a->stance, b->stance) ? 1.5f : 1.2f));
		return true;
	}
	if (!opposed && a->stance == STANCE_CLAIM && b->stance == STANCE_CLAIM &&
	    o->cosine >= scale * CLAIMS_MIN_SUPPORT) {
		p->relation = CLAIM_SUPPORTS;
		p->score = o->cosine;
		return true;
	}
	return false;
}

/*
 * Do a and b (prepared) pair?  When they do, fills p with the relation,
 * the score and why; p->a and p->b are left for the caller, except that
 * when the pair reads better the other way round the caller is told by
 * p->a == 1.  When they do not, p is not read or written.
 */
bool
claims_pair(const struct claim *a, const struct claim *b, struct claim_pair *p)
{
	const struct claim	*x = a, *y = b;
	struct claims_overlap	 o;

	if (claims_ruled_out(a, b))
		return false;
	memset(p, 0, sizeof *p);
	claims_overlap(a, b, &o);
	if (!claims_relate(a, b, &o, p))
		return false;
	claims_order(&x, &y);
	p->a = x == a ? 0 : 1;
	p->b = 1 - p->a;
	claims_why(p, x, y);
	return true;
}

static int
claims_by_score(const void *x, const void *y)
{
	const struct claim_pair	*a = x, *b = y;

	return (a->score < b->score) - (a->score > b->score);
}

/*
 * Within an article, the words of its story ("campaign", "Russian") are
 * in every claim and say nothing about which claims meet: each term is
 * weighed by how few of the article's claims have it.
 */
struct claims_df {
	uint32_t	*hash;		/* open addressing; 0 is free ... */
	uint32_t	*count;
	size_t		 mask;
	uint32_t	 zero;		/* ... and the term hashed to 0 counted here */
};

static uint32_t *
claims_df_slot(struct claims_df *t, uint32_t h)
{
	size_t	i;

	if (h == 0)
		return &t->zero;
	for (i = h & t->mask; t->hash[i] != 0 && t->hash[i] != h;
	    i = (i + 1) & t->mask)
		;
	t->hash[i] = h;
	return &t->count[i];
}

/* How many of the claims have each term: terms are unique in a claim. */
static void
claims_df_count(struct claims_df *t, const struct claim *v, size_t n)
{
	size_t	i, terms = 0, size = 64;
	int	k;

	for (i = 0; i < n; i++)
		terms += (size_t)v[i].nterms;
	while (size < 2 * terms)	/* half full at most */
		size *= 2;
	t->hash = xcalloc(size, sizeof *t->hash);
	t->count = xcalloc(size, sizeof *t->count);
	t->mask = size - 1;
	t->zero = 0;
	for (i = 0; i < n; i++)
		for (k = 0; k < v[i].nterms; k++)
			(*claims_df_slot(t, v[i].terms[k].hash))++;
}

static void
claims_weigh_rarity(struct claim *v, size_t n)
{
	struct claims_df	 t;
	size_t			 i, df;
	int			 k;

	if (n < CLAIMS_MIN_IDF_CLAIMS)
		return;
	claims_df_count(&t, v, n);
	for (i = 0; i < n; i++) {
		v[i].weighed = true;
		for (k = 0; k < v[i].nterms; k++) {
			df = *claims_df_slot(&t, v[i].terms[k].hash);
			v[i].terms[k].weight *= logf(((float)n + 1) /
			    ((float)df + 0.5f)) / logf((float)n + 1);
		}
		v[i].norm = claims_norm(&v[i]);
	}
	free(t.hash);
	free(t.count);
}

/*
 * Every pair among n prepared claims, best first.  Each claim is held
 * against the CLAIMS_REACH claims after it, all of them in any article of
 * news; a hostile text of ten thousand quotes costs linear time, not
 * quadratic.
 */
size_t
claims_pairs(struct claim *v, size_t n, struct claim_pair **out)
{
	struct claim_pair	*pairs = NULL, p;
	size_t			 i, j, np = 0, cap = 0;

	claims_weigh_rarity(v, n);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n && j <= i + CLAIMS_REACH; j++) {
			if (v[i].inner || v[j].inner)
				continue;
			if (!claims_pair(&v[i], &v[j], &p))
				continue;
			if (np == cap) {
				cap = cap ? cap * 2 : 16;
				pairs = xreallocarray(pairs, cap, sizeof *pairs);
			}
			p.a = p.a == 0 ? i : j;
			p.b = p.a == i ? j : i;
			pairs[np++] = p;
		}
	if (np > 1)
		qsort(pairs, np, sizeof *pairs, claims_by_score);
	*out = pairs;
	return np;
}

static int
claims_by_span(const void *x, const void *y, void *base)
{
	const struct attribution *q = base;
	const struct span	*a = &q[*(const size_t *)x].quote;
	const struct span	*b = &q[*(const size_t *)y].quote;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return (a->end < b->end) - (a->end > b->end);	/* longer first */
}

/*
 * A partial quote inside reported speech is part of the same statement:
 * the outer one stands for both, so the pair is not found twice.  A sweep
 * in order of start marks every span that an earlier one contains.
 */
static void
claims_mark_inner(struct claim *v, const struct attribution *q, size_t n)
{
	size_t		*order = xcalloc(n, sizeof *order);
	size_t		 i;
	uint32_t	 reach = 0;

	for (i = 0; i < n; i++)
		order[i] = i;
	qsort_r(order, n, sizeof *order, claims_by_span, (void *)(uintptr_t)q);
	for (i = 0; i < n; i++) {
		if (i > 0 && q[order[i]].quote.end <= reach)
			v[order[i]].inner = true;
		if (q[order[i]].quote.end > reach)
			reach = q[order[i]].quote.end;
	}
	free(order);
}

/*
 * The pairs among the attributions of one article, as the engine returned
 * them; a and b index r->v.
 */
size_t
claims_article(const char *body, size_t len, const struct attrib_result *r,
    struct claim_pair **out)
{
	struct claims_names	  nm;
	struct claims_words	  kept = { NULL, 0, 0 };
	struct claims_within	  within = { &kept, 0, 0 };
	struct claim		 *v, sentence;
	const char		**names;
	struct span		  q, sp, last = { 0, 0 };
	size_t			  i, n;

	*out = NULL;
	if (r->n < 2)
		return 0;
	memset(&sentence, 0, sizeof sentence);
	names = xcalloc(r->nsrc + 1, sizeof *names);
	for (i = 0; i < r->nsrc; i++)
		names[i] = r->src[i].name;
	claims_names_of(&nm, names, r->nsrc);	/* once, not once a claim */
	v = xcalloc(r->n, sizeof *v);
	for (i = 0; i < r->n; i++) {
		q = r->v[i].quote;
		v[i].text = xstrndup(body + q.start, q.end - q.start);
		sp = article_sentence(body, len, q);
		v[i].context = xstrndup(body + sp.start, sp.end - sp.start);
		v[i].speaker = r->v[i].speaker >= 0 ?
		    r->src[r->v[i].speaker].name : NULL;
		v[i].stance = r->v[i].stance;
		v[i].direct = r->v[i].direct;
		if (i == 0 || sp.start != last.start || sp.end != last.end) {
			sentence.nterms = sentence.nquote_terms = 0;
			memset(sentence.term_bits, 0, sizeof sentence.term_bits);
			claims_scan(&sentence, v[i].context, false, &nm, &kept);
			last = sp;
		}
		within.from = q.start - sp.start;
		within.to = q.end - sp.start;
		/* every speaker is a source: its words are in nm */
		claims_prepare_with(&v[i], &nm, &sentence, true,
		    q.start >= sp.start && q.end <= sp.end ? &within : NULL);
	}
	claims_mark_inner(v, r->v, r->n);
	n = claims_pairs(v, r->n, out);
	for (i = 0; i < r->n; i++) {
		free((char *)(uintptr_t)v[i].text);
		free((char *)(uintptr_t)v[i].context);
	}
	free(v);
	free(names);
	free(kept.v);
	return n;
}

/*
 * The words of c's quote that a search for its counterparts can use,
 * folded as the full-text index keeps them, one a line: counterparts
 * across articles must share words of their quotes, and exact words are
 * looked up at once where prefixes would be expanded first.
 */
void
claims_query_words(const struct claim *c, struct buf *out)
{
	const struct claim_term	*t;
	char			 w[64];
	size_t			 n;
	int			 i;

	for (i = 0; i < c->nterms; i++) {
		t = &c->terms[i];
		if (!t->in_quote || c->text == NULL)
			continue;
		n = claims_fold(c->text + t->at, t->len, w, sizeof w);
		if (n >= 3 && strpbrk(w, "\"'-") == NULL)
			buf_printf(out, "%s\n", w);
	}
}

/* An FTS5 query of those words, any of them, each once, at most a few. */
void
claims_query(const struct claim *c, struct buf *q)
{
	struct buf	 words = BUF_INIT;
	char		 quoted[72], *w, *nl;
	int		 used = 0;

	claims_query_words(c, &words);
	for (w = words.s; w != NULL && *w != '\0' && used < CLAIMS_QUERY_WORDS;
	    w = nl + 1) {
		nl = strchr(w, '\n');
		*nl = '\0';
		snprintf(quoted, sizeof quoted, "\"%s\"", w);
		if (strstr(buf_str(q), quoted) != NULL)
			continue;	/* a word once, whoever asks for it */
		buf_printf(q, "%s%s", q->len > 0 ? " OR " : "", quoted);
		used++;
	}
	buf_free(&words);
}

static void
claims_mark(struct claim_marks *m, size_t start, size_t end, bool negation)
{
	m->v = xreallocarray(m->v, m->n + 1, sizeof *m->v);
	m->v[m->n++] = (struct claim_mark){ (uint32_t)start, (uint32_t)end,
	    negation };
}

static int
claims_by_start(const void *x, const void *y)
{
	const struct claim_mark	*a = x, *b = y;

	return (a->start > b->start) - (a->start < b->start);
}

/*
 * Mark in text the terms other shares, and each negation that governs a
 * shared term other does not negate: the negation that opposes them.
 * self is text prepared as a claim; names are not among its terms.
 */
static void
claims_mark_text(const char *text, const struct claim *self,
    const struct claim *other, struct claim_marks *m)
{
	struct claims_reader	 r = { text, 0, 0 };
	struct claims_word	 w, neg = { 0 };
	const struct claim_term	*t;

	while (claims_next_word(&r, &w)) {
		if (w.negator)
			neg = w;
		if (!w.term || claims_find(self, w.hash) == NULL ||
		    (t = claims_find(other, w.hash)) == NULL)
			continue;
		claims_mark(m, w.start, w.end, false);
		if (neg.negator && w.negated &&
		    !(t->flags & CLAIMS_TERM_NEGATED)) {
			claims_mark(m, neg.start, neg.end, true);
			neg.negator = false;
		}
	}
	if (m->n > 1)
		qsort(m->v, m->n, sizeof *m->v, claims_by_start);
}

/*
 * What to highlight when two texts are set side by side: in each, the
 * byte spans of the terms both use and of the negations that oppose
 * them, in text order.  The words of names are left out, as in pairing.
 */
void
claims_marks(const char *a, const char *b, const char *const *names,
    size_t nnames, struct claim_marks out[2])
{
	struct claim	c[2];

	memset(c, 0, sizeof c);
	c[0].text = a;
	c[1].text = b;
	claims_prepare(&c[0], names, nnames);
	claims_prepare(&c[1], names, nnames);
	memset(out, 0, 2 * sizeof *out);
	claims_mark_text(a, &c[0], &c[1], &out[0]);
	claims_mark_text(b, &c[1], &c[0], &out[1]);
}

void
claims_marks_free(struct claim_marks *m)
{
	free(m->v);
	m->v = NULL;
	m->n = 0;
}

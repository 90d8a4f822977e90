/*
 * The outlet gazetteer and the relays of a sentence.  Rows sharing a first
 * word are adjacent, longest first, so "Bloomberg News" is tried before
 * "Bloomberg".  A short row ("post") names an outlet only after "the" and
 * capitalised; an ambiguous row ("bloomberg", also a surname) only where
 * the words around it make it a medium ("told Bloomberg", "Bloomberg
 * reported").
 */
#include "config.h"

#include <string.h>

#include "lexicon.h"
#include "relays.h"
#include "speakers.h"

#define SHORT	0x01	/* "the Post": needs "the", resolved per article */
#define AMBIG	0x02	/* also a person's name */
#define NEEDS_THE 0x04	/* "The Hill": needs "the" */

static const struct {
	const char	*key;
	const char	*canon;
	uint32_t	 flags;
} relays_outlets[] = {
	{ "abc news", "ABC News", 0 },
	{ "abc", "ABC News", 0 },
	{ "afp", "Agence France-Presse", 0 },
	{ "agence france-presse", "Agence France-Presse", 0 },
	{ "al jazeera", "Al Jazeera", 0 },
	{ "ap", "Associated Press", 0 },
	{ "associated press", "Associated Press", 0 },
	{ "atlantic", "The Atlantic", NEEDS_THE },
	{ "axios", "Axios", 0 },
	{ "bbc news", "BBC News", 0 },
	{ "bbc", "BBC", 0 },
	{ "bloomberg businessweek", "Bloomberg Businessweek", 0 },
	{ "bloomberg news", "Bloomberg News", 0 },
	{ "bloomberg politics", "Bloomberg Politics", 0 },
	{ "bloomberg", "Bloomberg", AMBIG },
	{ "boston globe", "Boston Globe", 0 },
	{ "breitbart news", "Breitbart News", 0 },
	{ "breitbart", "Breitbart News", AMBIG },
	{ "business insider", "Business Insider", 0 },
	{ "buzzfeed news", "BuzzFeed News", 0 },
	{ "buzzfeed", "BuzzFeed", 0 },
	{ "c-span", "C-SPAN", 0 },
	{ "cbs news", "CBS News", 0 },
	{ "cbs", "CBS News", 0 },
	{ "chicago tribune", "Chicago Tribune", 0 },
	{ "cnbc", "CNBC", 0 },
	{ "cnn", "CNN", 0 },
	{ "daily beast", "The Daily Beast", 0 },
	{ "daily caller", "The Daily Caller", 0 },
	{ "daily mail", "Daily Mail", 0 },
	{ "des moines register", "Des Moines Register", 0 },
	{ "drudge report", "Drudge Report", 0 },
	{ "economist", "The Economist", NEEDS_THE },
	{ "factcheck.org", "FactCheck.org", 0 },
	{ "financial times", "Financial Times", 0 },
	{ "forbes", "Forbes", AMBIG },
	{ "fox business network", "Fox Business Network", 0 },
	{ "fox business", "Fox Business Network", 0 },
	{ "fox news channel", "Fox News", 0 },
	{ "fox news", "Fox News", 0 },
	{ "guardian", "The Guardian", NEEDS_THE },
	{ "hill", "The Hill", NEEDS_THE },
	{ "huffington post", "Huffington Post", 0 },
	{ "huffpost", "HuffPost", 0 },
	{ "independent", "The Independent", NEEDS_THE },
	{ "interfax", "Interfax", 0 },
	{ "intercept", "The Intercept", NEEDS_THE },
	{ "itar-tass", "TASS", 0 },
	{ "journal", "Journal", SHORT },
	{ "kommersant", "Kommersant", 0 },
	{ "los angeles times", "Los Angeles Times", 0 },
	{ "miami herald", "Miami Herald", 0 },
	{ "mother jones", "Mother Jones", 0 },
	{ "msnbc", "MSNBC", 0 },
	{ "national review", "National Review", 0 },
	{ "nbc news", "NBC News", 0 },
	{ "nbc", "NBC News", 0 },
	{ "new york daily news", "New York Daily News", 0 },
	{ "new york magazine", "New York Magazine", 0 },
	{ "new york post", "New York Post", 0 },
	{ "new york times", "New York Times", 0 },
	{ "new yorker", "The New Yorker", 0 },
	{ "newsweek", "Newsweek", 0 },
	{ "npr", "NPR", 0 },
	{ "nytimes", "New York Times", 0 },
	{ "politico", "Politico", 0 },
	{ "politifact", "PolitiFact", 0 },
	{ "post", "Post", SHORT },
	{ "propublica", "ProPublica", 0 },
	{ "reuters", "Reuters", 0 },
	{ "ria novosti", "RIA Novosti", 0 },
	{ "rolling stone", "Rolling Stone", 0 },
	{ "salon", "Salon", AMBIG },
	{ "sky news", "Sky News", 0 },
	{ "slate", "Slate", AMBIG },
	{ "sputnik", "Sputnik", 0 },
	{ "tass", "TASS", 0 },
	{ "telegraph", "The Telegraph", NEEDS_THE },
	{ "time magazine", "Time", 0 },
	{ "times", "Times", SHORT },
	{ "usa today", "USA Today", 0 },
	{ "univision", "Univision", 0 },
	{ "vox", "Vox", 0 },
	{ "wall street journal", "Wall Street Journal", 0 },
	{ "washington examiner", "Washington Examiner", 0 },
	{ "washington free beacon", "Washington Free Beacon", 0 },
	{ "washington post", "Washington Post", 0 },
	{ "washington times", "Washington Times", 0 },
	{ "weekly standard", "Weekly Standard", 0 },
	{ "wsj", "Wall Street Journal", 0 },
	{ "xinhua", "Xinhua", 0 },
	{ "yahoo news", "Yahoo News", 0 },
};

static struct lexicon	relays_lex;

static void
relays_init(void)
{
	lexicon_build(&relays_lex, relays_outlets, sizeof relays_outlets /
	    sizeof *relays_outlets, sizeof *relays_outlets, 0);
}

/* Do the words of key match the tokens from i?  Returns the end or 0. */
static size_t
relays_words(const struct tokens *t, size_t i, const char *key)
{
	const char	*w = key;

	for (;;) {
		if (i >= t->n || t->v[i].kind != TOK_WORD ||
		    !(t->v[i].flags & (TF_CAP | TF_UPPER)) ||
		    !tokens_eq(t, i, w))
			return 0;
		i++;
		w += lexicon_first_word(w);
		if (*w == '\0')
			return i;
		w++;
	}
}

/* Is an ambiguous name at [a, b) used as a medium here? */
static bool
relays_medium_context(const struct tokens *t, size_t a, size_t b)
{
	static const char *const before[] = {
		"to", "told", "tells", "telling", "with", "by", "on", "from",
		"in", "according",
	};
	static const char *const after[] = {
		"reported", "reports", "reporting", "first", "obtained",
		"published",
	};
	size_t	k;

	for (k = 0; a > 0 && k < sizeof before / sizeof *before; k++)
		if (tokens_eq(t, a - 1, before[k]))
			return true;
	for (k = 0; k < sizeof after / sizeof *after; k++)
		if (tokens_eq(t, b, after[k]))
			return true;
	return false;
}

/* Last words of the names of newspapers and stations. */
static const char *const relays_mastheads[] = {
	"bulletin", "chronicle", "courier", "dispatch", "enquirer", "examiner",
	"express", "gazette", "globe", "herald", "inquirer", "journal",
	"ledger", "magazine", "mirror", "monitor", "news", "observer", "post",
	"press", "radio", "register", "sentinel", "star", "sun", "telegraph",
	"times", "tribune", "wire",
};

static struct lexicon	relays_masthead_lex;

/*
 * An outlet the gazetteer does not hold, read from its words: capitalised
 * words ending in a masthead word ("the Kestrel Courier"), or "the" and
 * the masthead word alone ("the Courier"), a short name.
 */
static bool
relays_masthead(const struct tokens *t, size_t i, bool the,
    struct outlet_match *m)
{
	size_t	k;

	lexicon_build(&relays_masthead_lex, relays_mastheads,
	    sizeof relays_mastheads / sizeof *relays_mastheads,
	    sizeof *relays_mastheads, 0);
	for (k = i; k < t->n && k - i < 5 && t->v[k].kind == TOK_WORD &&
	    (t->v[k].flags & TF_CAP) && !(t->v[k].flags & TF_QUOTED) &&
	    lexicon_find(&relays_masthead_lex, t, k) < 0; k++)
		;
	if (k >= t->n || t->v[k].kind != TOK_WORD || !(t->v[k].flags & TF_CAP) ||
	    lexicon_find(&relays_masthead_lex, t, k) < 0 || (k == i && !the) ||
	    (k + 1 < t->n && t->v[k + 1].kind == TOK_WORD &&
	    (t->v[k + 1].flags & TF_CAP)) || (i > 0 && !the &&
	    t->v[i - 1].kind == TOK_WORD && (t->v[i - 1].flags & TF_CAP)))
		return false;
	m->first = (uint32_t)i;
	m->last = (uint32_t)k + 1;
	m->row = -1;
	m->is_short = k == i;
	return true;
}

/* Is there an outlet name at token i (after an optional "the")? */
bool
relays_outlet_at(const struct tokens *t, size_t i, struct outlet_match *m)
{
	const size_t	n = sizeof relays_outlets / sizeof *relays_outlets;
	bool		the = i < t->n && tokens_eq(t, i, "the");
	int32_t		r;
	size_t		end, first = i + the;
	uint32_t	f;

	relays_init();
	if ((r = lexicon_find(&relays_lex, t, first)) < 0)
		return relays_masthead(t, first, the, m);
	for (; (size_t)r < n && tokens_eq(t, first, relays_outlets[r].key);
	    r++) {
		f = relays_outlets[r].flags;
		if ((end = relays_words(t, first, relays_outlets[r].key)) == 0)
			continue;
		if ((f & (SHORT | NEEDS_THE)) && !the)
			continue;
		if ((f & AMBIG) && !relays_medium_context(t, i, end))
			continue;
		m->first = (uint32_t)first;
		m->last = (uint32_t)end;
		m->row = r;
		m->is_short = (f & SHORT) != 0;
		return true;
	}
	return relays_masthead(t, first, the, m);
}

/* Is there an outlet whose name ends the phrase [first, last)? */
bool
relays_outlet_in(const struct tokens *t, size_t first, size_t last,
    struct outlet_match *m)
{
	size_t	i;

	for (i = first; i < last; i++)
		if (relays_outlet_at(t, i, m) && m->last == last)
			return true;
	return false;
}

const char *
relays_canonical(int32_t row)
{
	return relays_outlets[row].canon;
}

/* "the same report", "that report": a document named before. */
bool
relays_is_same(const struct tokens *t, size_t first, size_t last)
{
	size_t	i;

	for (i = first; i < last; i++)
		if (tokens_eq(t, i, "same"))
			return true;
	return false;
}

/* A document after "according to": "according to the same report". */
static bool
relays_document(const struct tokens *t, size_t i, size_t last, struct relay *r)
{
	struct mention	m;

	if (!tokens_eq(t, i, "according") || !tokens_eq(t, i + 1, "to") ||
	    !speakers_right(t, i + 2, last, &m) || m.kind != MENTION_DOCUMENT)
		return false;
	r->first = m.first;
	r->last = m.last;
	r->row = -1;
	r->same = relays_is_same(t, m.first, m.last);
	return true;
}

/*
 * The relays of the sentence [first, last): every outlet it names outside
 * quotation marks, and documents after "according to".  At most
 * RELAYS_MAX are kept.
 */
size_t
relays_in_sentence(const struct tokens *t, size_t first, size_t last,
    struct relay *out)
{
	struct outlet_match	m;
	size_t			i, n = 0;

	for (i = first; i < last && n < RELAYS_MAX; i++) {
		if (t->v[i].flags & TF_QUOTED)
			continue;
		memset(&out[n], 0, sizeof out[n]);
		if (relays_outlet_at(t, i, &m) && m.last <= last) {
			out[n].first = m.first;
			out[n].last = m.last;
			out[n++].row = m.row;
			i = m.last - 1;
		} else if (relays_document(t, i, last, &out[n])) {
			i = out[n++].last - 1;
		}
	}
	return n;
}

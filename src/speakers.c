/*
 * Speaker phrases.  Without a tagger, a noun phrase is read from word
 * classes: capitalised words (names), the role, group, organisation and
 * document nouns of the table below, determiners, and the prepositions
 * that join two phrases ("a spokesman for the campaign").  An unknown
 * lower-case word is taken only between a determiner and a noun ("the
 * embattled governor"); anything else ends the phrase.  That is crude but
 * predictable, and it is right next to a cue, where speakers are.
 */
#include "config.h"

#include <string.h>

#include "cues.h"
#include "lexicon.h"
#include "speakers.h"

#define R	SPK_ROLE
#define M	SPK_MOD
#define G	SPK_GROUP
#define O	SPK_ORG
#define D	SPK_DOC
#define X	SPK_STOP
#define H	SPK_HONOR

static const struct {
	const char	*word;
	uint32_t	 flags;
} speakers_words[] = {
	/* pronouns and determiners */
	{ "he", SPK_PRON | SPK_MASC }, { "she", SPK_PRON | SPK_FEM },
	{ "they", SPK_PRON }, { "i", SPK_PRON }, { "we", SPK_PRON },
	{ "it", SPK_PRON }, { "you", SPK_PRON },
	{ "who", SPK_REL }, { "which", SPK_REL | X }, { "whose", SPK_REL },
	{ "whom", SPK_REL },
	{ "the", SPK_DET }, { "a", SPK_DET }, { "an", SPK_DET },
	{ "this", SPK_DET }, { "these", SPK_DET }, { "those", SPK_DET },
	{ "his", SPK_DET | SPK_POSSDET }, { "her", SPK_DET | SPK_POSSDET }, { "its", SPK_DET | SPK_POSSDET },
	{ "their", SPK_DET | SPK_POSSDET }, { "our", SPK_DET | SPK_POSSDET }, { "my", SPK_DET | SPK_POSSDET },
	{ "your", SPK_DET | SPK_POSSDET }, { "some", SPK_DET }, { "many", SPK_DET },
	{ "several", SPK_DET }, { "both", SPK_DET }, { "all", SPK_DET },
	{ "most", SPK_DET }, { "few", SPK_DET }, { "other", SPK_DET },
	{ "another", SPK_DET }, { "one", SPK_DET }, { "two", SPK_DET },
	{ "three", SPK_DET }, { "four", SPK_DET }, { "five", SPK_DET },
	{ "dozens", SPK_DET }, { "six", SPK_DET }, { "seven", SPK_DET },
	{ "eight", SPK_DET }, { "nine", SPK_DET }, { "ten", SPK_DET },
	{ "twenty", SPK_DET }, { "thirty", SPK_DET }, { "forty", SPK_DET },
	{ "fifty", SPK_DET }, { "sixty", SPK_DET }, { "seventy", SPK_DET },
	{ "eighty", SPK_DET }, { "ninety", SPK_DET }, { "each", SPK_DET }, { "every", SPK_DET },
	{ "more", SPK_DET }, { "no", SPK_DET },
	/* prepositions that join phrases */
	{ "of", SPK_PREP }, { "for", SPK_PREP }, { "from", SPK_PREP },
	{ "at", SPK_PREP }, { "with", SPK_PREP }, { "to", SPK_PREP },
	{ "on", SPK_PREP }, { "in", SPK_PREP },
	/* words that end a phrase */
	{ "and", X }, { "or", X }, { "but", X }, { "that", X }, { "if", X },
	{ "when", X }, { "where", X }, { "while", X }, { "because", X },
	{ "since", X }, { "although", X }, { "though", X }, { "as", X },
	{ "so", X }, { "than", X }, { "after", X }, { "before", X },
	{ "until", X }, { "whether", X }, { "however", X }, { "meanwhile", X },
	{ "instead", X }, { "indeed", X }, { "now", X }, { "then", X },
	{ "also", X }, { "still", X }, { "yet", X }, { "earlier", X },
	{ "later", X }, { "here", X }, { "there", X }, { "what", X },
	{ "why", X }, { "how", X }, { "just", X }, { "even", X },
	{ "only", X }, { "not", X }, { "never", X }, { "by", X },
	{ "about", X }, { "into", X }, { "over", X }, { "under", X },
	{ "during", X }, { "against", X }, { "among", X }, { "through", X },
	{ "like", X }, { "unlike", X }, { "despite", X }, { "without", X },
	{ "asked", X }, { "speaking", X }, { "separately", X },
	{ "similarly", X }, { "finally", X }, { "first", X }, { "second", X },
	{ "last", X }, { "next", X }, { "ago", X }, { "too", X },
	{ "is", SPK_VERB }, { "are", SPK_VERB }, { "was", SPK_VERB },
	{ "were", SPK_VERB }, { "be", SPK_VERB }, { "been", SPK_VERB },
	{ "has", SPK_VERB }, { "have", SPK_VERB }, { "had", SPK_VERB },
	{ "do", SPK_VERB }, { "does", SPK_VERB }, { "did", SPK_VERB },
	{ "will", SPK_VERB }, { "would", SPK_VERB }, { "can", SPK_VERB },
	{ "could", SPK_VERB }, { "should", SPK_VERB }, { "may", SPK_VERB },
	{ "might", SPK_VERB }, { "must", SPK_VERB },
	{ "him", X }, { "them", X }, { "me", X }, { "us", X },
	/* time */
	{ "monday", SPK_TIME }, { "tuesday", SPK_TIME },
	{ "wednesday", SPK_TIME }, { "thursday", SPK_TIME },
	{ "friday", SPK_TIME }, { "saturday", SPK_TIME },
	{ "sunday", SPK_TIME }, { "today", SPK_TIME },
	{ "yesterday", SPK_TIME }, { "tonight", SPK_TIME },
	{ "january", SPK_TIME }, { "february", SPK_TIME },
	{ "march", SPK_TIME }, { "april", SPK_TIME }, { "june", SPK_TIME },
	{ "july", SPK_TIME }, { "august", SPK_TIME },
	{ "september", SPK_TIME }, { "october", SPK_TIME },
	{ "november", SPK_TIME }, { "december", SPK_TIME },
	{ "week", SPK_TIME }, { "month", SPK_TIME }, { "year", SPK_TIME },
	{ "morning", SPK_TIME }, { "afternoon", SPK_TIME },
	{ "evening", SPK_TIME }, { "night", SPK_TIME },
	/* honorifics: part of a name */
	{ "mr", H | SPK_MASC }, { "mr.", H | SPK_MASC },
	{ "mrs", H | SPK_FEM }, { "mrs.", H | SPK_FEM },
	{ "ms", H | SPK_FEM }, { "ms.", H | SPK_FEM },
	{ "miss", H | SPK_FEM }, { "dr", H }, { "dr.", H }, { "sir", H | SPK_MASC },
	{ "dame", H | SPK_FEM }, { "lord", H | SPK_MASC },
	{ "lady", H | SPK_FEM },
	/* roles; abbreviated titles too */
	{ "sen.", R }, { "sens.", R }, { "rep.", R }, { "reps.", R },
	{ "gov.", R }, { "gen.", R }, { "lt.", R }, { "col.", R },
	{ "sgt.", R }, { "capt.", R }, { "adm.", R }, { "prof.", R },
	{ "rev.", R }, { "maj.", R }, { "cmdr.", R },
	{ "president", R }, { "senator", R }, { "representative", R },
	{ "congressman", R | SPK_MASC }, { "congresswoman", R | SPK_FEM },
	{ "governor", R }, { "mayor", R }, { "secretary", R },
	{ "minister", R }, { "spokesman", R | SPK_MASC },
	{ "spokeswoman", R | SPK_FEM }, { "spokesperson", R },
	{ "chairman", R | SPK_MASC }, { "chairwoman", R | SPK_FEM },
	{ "chair", R }, { "director", R }, { "adviser", R }, { "advisor", R },
	{ "aide", R }, { "ambassador", R }, { "attorney", R },
	{ "candidate", R }, { "nominee", R }, { "leader", R },
	{ "speaker", R }, { "judge", R }, { "justice", R }, { "lawyer", R },
	{ "professor", R }, { "analyst", R }, { "strategist", R },
	{ "manager", R }, { "official", R }, { "officer", R }, { "chief", R },
	{ "head", R }, { "member", R }, { "commissioner", R },
	{ "lawmaker", R }, { "sheriff", R }, { "counsel", R },
	{ "executive", R }, { "ceo", R }, { "founder", R }, { "editor", R },
	{ "reporter", R }, { "correspondent", R }, { "columnist", R },
	{ "host", R }, { "anchor", R }, { "economist", R }, { "pollster", R },
	{ "consultant", R }, { "operative", R }, { "staffer", R },
	{ "surrogate", R }, { "donor", R }, { "activist", R },
	{ "organizer", R }, { "diplomat", R }, { "prosecutor", R },
	{ "investigator", R }, { "expert", R }, { "scientist", R },
	{ "researcher", R }, { "author", R }, { "writer", R },
	{ "businessman", R | SPK_MASC }, { "businesswoman", R | SPK_FEM },
	{ "billionaire", R }, { "mogul", R }, { "rival", R },
	{ "opponent", R }, { "supporter", R }, { "critic", R },
	{ "voter", R }, { "resident", R }, { "delegate", R },
	{ "superdelegate", R }, { "lobbyist", R }, { "treasurer", R },
	{ "man", R | SPK_MASC }, { "woman", R | SPK_FEM },
	{ "mother", R | SPK_FEM }, { "father", R | SPK_MASC },
	{ "son", R | SPK_MASC }, { "daughter", R | SPK_FEM },
	{ "wife", R | SPK_FEM }, { "husband", R | SPK_MASC },
	{ "brother", R | SPK_MASC }, { "sister", R | SPK_FEM },
	{ "friend", R }, { "neighbor", R }, { "owner", R }, { "teacher", R },
	{ "student", R }, { "veteran", R }, { "pastor", R }, { "priest", R },
	{ "worker", R }, { "commenter", R }, { "user", R }, { "fan", R },
	{ "comedian", R }, { "actor", R }, { "actress", R }, { "singer", R },
	{ "rapper", R }, { "star", R }, { "physician", R }, { "doctor", R },
	{ "nurse", R }, { "soldier", R }, { "partner", R }, { "colleague", R },
	{ "pilot", R }, { "curator", R }, { "councillor", R }, { "councilman", R | SPK_MASC },
	{ "councilwoman", R | SPK_FEM }, { "architect", R }, { "engineer", R },
	{ "employee", R }, { "source", R }, { "insider", R }, { "entrepreneur", R }, { "historian", R },
	{ "scholar", R }, { "attendee", R }, { "protester", R },
	{ "men", G }, { "women", G }, { "users", G },
	{ "commenters", G }, { "families", G }, { "friends", G },
	{ "neighbors", G }, { "crowd", G }, { "audience", G },
	{ "king", R | SPK_MASC }, { "queen", R | SPK_FEM },
	{ "prince", R | SPK_MASC }, { "pope", R | SPK_MASC },
	{ "premier", R }, { "chancellor", R }, { "general", R },
	{ "deputy", R | M }, { "assistant", R | M }, { "associate", R | M },
	{ "vice", M }, { "former", M }, { "acting", M }, { "senior", M },
	{ "top", M }, { "foreign", M }, { "press", M }, { "campaign", M | O },
	{ "national", M }, { "state", M }, { "federal", M },
	{ "presidential", M }, { "communications", M }, { "policy", M },
	{ "security", M }, { "political", M }, { "economic", M },
	{ "legal", M }, { "junior", M }, { "longtime", M }, { "defense", M },
	{ "interior", M }, { "white", M }, { "house", M | O },
	{ "general's", M }, { "attorney's", M }, { "republican", M },
	{ "democratic", M }, { "gop", M }, { "conservative", M },
	{ "liberal", M }, { "progressive", M }, { "independent", M },
	{ "prime", M }, { "majority", M }, { "minority", M },
	{ "ranking", M }, { "u.s.", M }, { "american", M }, { "russian", M },
	{ "joint", M }, { "internal", M }, { "new", M }, { "latest", M },
	{ "recent", M }, { "same", M }, { "anonymous", M }, { "local", M },
	{ "public", M }, { "written", M }, { "official's", M },
	/* people in the plural */
	{ "officials", G }, { "aides", G }, { "sources", G }, { "people", G },
	{ "experts", G }, { "analysts", G }, { "critics", G },
	{ "supporters", G }, { "voters", G }, { "residents", G },
	{ "observers", G }, { "lawmakers", G }, { "democrats", G },
	{ "republicans", G }, { "leaders", G }, { "members", G },
	{ "advisers", G }, { "advisors", G }, { "staffers", G },
	{ "economists", G }, { "scientists", G }, { "investigators", G },
	{ "prosecutors", G }, { "lawyers", G }, { "attorneys", G },
	{ "activists", G }, { "protesters", G }, { "organizers", G },
	{ "representatives", G }, { "diplomats", G }, { "authorities", G },
	{ "police", G }, { "witnesses", G }, { "insiders", G },
	{ "strategists", G }, { "pollsters", G }, { "donors", G },
	{ "conservatives", G }, { "liberals", G }, { "progressives", G },
	{ "candidates", G }, { "spokesmen", G }, { "reporters", G },
	{ "journalists", G }, { "researchers", G }, { "americans", G },
	{ "workers", G }, { "officers", G }, { "agents", G }, { "allies", G },
	{ "opponents", G }, { "rivals", G }, { "delegates", G },
	{ "senators", G }, { "governors", G }, { "superdelegates", G },
	{ "backers", G }, { "fans", G }, { "members'", G }, { "others", G },
	{ "commentators", G }, { "pundits", G }, { "columnists", G },
	{ "editors", G }, { "readers", G }, { "viewers", G },
	{ "citizens", G }, { "immigrants", G }, { "veterans", G },
	{ "teachers", G }, { "nurses", G }, { "farmers", G }, { "owners", G },
	{ "employees", G }, { "residents'", G }, { "demonstrators", G },
	{ "marchers", G }, { "spectators", G }, { "attendees", G },
	{ "delegations", G }, { "legislators", G }, { "congressmen", G },
	{ "economists'", G }, { "judges", G }, { "justices", G },
	{ "percent", G }, { "half", G }, { "majority", G }, { "respondents", G },
	{ "participants", G }, { "thirds", G }, { "quarters", G },
	{ "republicans'", G }, { "historians", G }, { "scholars", G },
	{ "students", G }, { "parents", G }, { "doctors", G },
	{ "executives", G }, { "businesses", G }, { "groups", O },
	/* organisations */
	{ "committee", O }, { "ministry", O }, { "department", O },
	{ "agency", O }, { "administration", O }, { "government", O },
	{ "company", O }, { "operator", O }, { "party", O }, { "office", O },
	{ "court", O },
	{ "group", O }, { "organization", O }, { "organisation", O },
	{ "council", O }, { "commission", O }, { "bureau", O },
	{ "board", O }, { "team", O }, { "embassy", O }, { "kremlin", O },
	{ "congress", O }, { "senate", O }, { "union", O },
	{ "korea", O }, { "states", O }, { "nations", O }, { "kingdom", O },
	{ "foundation", O }, { "institute", O }, { "association", O },
	{ "coalition", O }, { "network", O }, { "firm", O }, { "bank", O },
	{ "university", O }, { "pac", O }, { "fund", O }, { "center", O },
	{ "centre", O }, { "service", O }, { "military", O }, { "army", O },
	{ "navy", O }, { "pentagon", O }, { "corporation", O }, { "inc.", O },
	{ "corp.", O }, { "newspaper", O }, { "paper", O }, { "magazine", O },
	{ "outlet", O }, { "station", O }, { "channel", O }, { "website", O },
	{ "site", O }, { "blog", O }, { "program", O }, { "show", O },
	{ "caucus", O }, { "convention", O }, { "panel", O },
	{ "authority", O }, { "police", O }, { "fbi", O }, { "cia", O },
	{ "gop", O }, { "dnc", O }, { "rnc", O }, { "un", O }, { "nato", O },
	{ "u.n.", O }, { "eu", O }, { "imf", O }, { "nsa", O }, { "doj", O },
	{ "parliament", O }, { "state's", O }, { "court's", O },
	/* states that speak through their governments */
	{ "afghanistan", O }, { "beijing", O }, { "britain", O },
	{ "canada", O }, { "china", O }, { "cuba", O }, { "egypt", O },
	{ "france", O }, { "germany", O }, { "india", O }, { "iran", O },
	{ "iraq", O }, { "israel", O }, { "italy", O }, { "japan", O },
	{ "mexico", O }, { "moscow", O },
	{ "pakistan", O }, { "pyongyang", O }, { "russia", O },
	{ "saudi", O }, { "seoul", O }, { "syria", O }, { "tehran", O },
	{ "turkey", O }, { "ukraine", O }, { "venezuela", O },
	/* documents */
	{ "report", D }, { "letter", D }, { "statement", D }, { "memo", D },
	{ "copy", D },
	{ "email", D }, { "e-mail", D }, { "filing", D }, { "lawsuit", D },
	{ "complaint", D }, { "indictment", D }, { "poll", D },
	{ "survey", D }, { "study", D }, { "analysis", D }, { "records", D },
	{ "documents", D }, { "document", D }, { "transcript", D },
	{ "book", D }, { "article", D }, { "op-ed", D }, { "editorial", D },
	{ "tweet", D }, { "release", D }, { "data", D }, { "figures", D },
	{ "numbers", D }, { "estimates", D }, { "projections", D },
	{ "results", D }, { "polls", D }, { "surveys", D }, { "studies", D },
	{ "reports", D }, { "letters", D }, { "statements", D },
	{ "emails", D }, { "audit", D }, { "review", D }, { "ruling", D },
	{ "order", D }, { "opinion", D }, { "affidavit", D },
	{ "testimony", D }, { "cable", D }, { "dossier", D },
	{ "research", D }, { "census", D }, { "ad", D }, { "ads", D },
	{ "video", D }, { "message", D }, { "post", D }, { "tweets", D },
	{ "memoir", D }, { "speech", D }, { "bill", D }, { "legislation", D },
	{ "plan", D }, { "proposal", D }, { "platform", D },
	{ "policy's", D }, { "account", D }, { "accounts", D },
	{ "evidence", D }, { "findings", D }, { "documents'", D },
	{ "investigation", D }, { "probe", D }, { "forecast", D },
	{ "model", D }, { "chart", D }, { "map", D }, { "tally", D },
	{ "count", D }, { "rules", D }, { "law", D }, { "constitution", D },
};

#undef R
#undef M
#undef G
#undef O
#undef D
#undef X
#undef H

static struct lexicon	speakers_lex;

uint32_t
speakers_class(const struct tokens *t, size_t i)
{
	int32_t	r;

	if (speakers_lex.cap == 0)
		lexicon_build(&speakers_lex, speakers_words,
		    sizeof speakers_words / sizeof *speakers_words,
		    sizeof *speakers_words, 0);
	if (i >= t->n || t->v[i].kind != TOK_WORD)
		return 0;
	r = lexicon_find(&speakers_lex, t, i);
	return r < 0 ? 0 : speakers_words[r].flags;
}

#define SPK_NOUN	(SPK_ROLE | SPK_MOD | SPK_GROUP | SPK_ORG | SPK_DOC | \
			 SPK_HONOR)
#define SPK_ENDS	(SPK_STOP | SPK_TIME | SPK_VERB | SPK_REL | SPK_PRON)

/* A capitalised word that may be part of a name. */
static bool
speakers_cap(const struct tokens *t, size_t i)
{
	const struct tok	*k;
	struct cue		 c;

	if (i >= t->n)
		return false;
	k = &t->v[i];
	if (k->kind != TOK_WORD || !(k->flags & TF_CAP) || (k->flags & TF_QUOTED))
		return false;
	if (speakers_class(t, i) & (SPK_ENDS | SPK_DET | SPK_PREP))
		return false;
	return !((k->flags & TF_SENT_START) && cues_match(t, i, &c));
}

/* A word that may be part of a phrase: a name or a known noun. */
static bool
speakers_nounish(const struct tokens *t, size_t i)
{
	if (i >= t->n || t->v[i].kind != TOK_WORD || (t->v[i].flags & TF_QUOTED))
		return false;
	return speakers_cap(t, i) || (speakers_class(t, i) & SPK_NOUN);
}

/* An unknown lower-case word: perhaps an adjective. */
static bool
speakers_unknown(const struct tokens *t, size_t i)
{
	struct cue	c;

	return i < t->n && t->v[i].kind == TOK_WORD &&
	    !(t->v[i].flags & (TF_CAP | TF_QUOTED | TF_POSS)) &&
	    speakers_class(t, i) == 0 && !cues_match(t, i, &c);
}

/* If a parenthesis ends just before end ("(D-Nev.)"), where it opens. */
static size_t
speakers_skip_paren(const struct tokens *t, size_t end, size_t floor)
{
	size_t	i;

	if (end == floor || t->v[end - 1].mark != MARK_RPAREN)
		return end;
	for (i = end - 1; i > floor && end - i < 8; i--)
		if (t->v[i - 1].mark == MARK_LPAREN)
			return i - 1;
	return end;
}

/*
 * One step left from a phrase starting at a: the new start, or a when the
 * phrase cannot grow.
 */
static size_t
speakers_grow_left(const struct tokens *t, size_t a, size_t floor)
{
	uint32_t	c;
	size_t		k;

	if (a == floor)
		return a;
	c = speakers_class(t, a - 1);
	if ((t->v[a - 1].flags & TF_POSS) && a - 1 > floor &&
	    speakers_nounish(t, a - 2))
		return a - 2;
	if ((c & (SPK_DOC | SPK_GROUP)) && !(c & ~(SPK_DOC | SPK_GROUP)) &&
	    !(t->v[a - 1].flags & TF_CAP) && (t->v[a].flags & TF_CAP))
		return a;	/* "in his letter Amos Greel": no title */
	if (speakers_nounish(t, a - 1) || (t->v[a - 1].kind == TOK_NUM &&
	    speakers_nounish(t, a)))
		return a - 1;
	if ((c & SPK_PREP) && a - 1 > floor && speakers_nounish(t, a - 2) &&
	    (speakers_cap(t, a) || (speakers_class(t, a) & SPK_DET)))
		return a - 2;
	if (tokens_eq(t, a - 1, "and") && a - 1 > floor && speakers_cap(t, a) &&
	    speakers_cap(t, a - 2))
		return a - 2;
	/* adjectives: up to three words, some unknown, after a determiner */
	for (k = a; k > floor && a - k < 4 && (speakers_unknown(t, k - 1) ||
	    speakers_nounish(t, k - 1)); k--)
		;
	if (k < a && k > floor && (speakers_class(t, k - 1) & SPK_DET))
		return k;
	return a;
}

/*
 * Past a determiner at a - 1: does a preposition or "and" join an earlier
 * phrase ("a letter from the Office ... and the Department")?
 */
static size_t
speakers_past_det(const struct tokens *t, size_t a, size_t floor)
{
	if (a >= floor + 3 && ((speakers_class(t, a - 2) & SPK_PREP) ||
	    tokens_eq(t, a - 2, "and")) && !(t->v[a - 2].flags & TF_QUOTED) &&
	    speakers_nounish(t, a - 3))
		return a - 3;
	return a - 1;
}

/*
 * Where the words of a phrase start, past leading determiners and a
 * possessor ("the", "Russia's"): determiners further in belong to the
 * phrases that prepositions join.
 */
static size_t
speakers_start(const struct tokens *t, size_t a, size_t last)
{
	size_t	i;

	while (a + 1 < last && (speakers_class(t, a) & SPK_DET))
		a++;
	for (i = a; i + 1 < last && speakers_nounish(t, i); i++)
		;
	if (i > a && i + 1 < last && (t->v[i].flags & TF_POSS))
		a = i + 1;
	return a;
}

/*
 * Where the head of a phrase is, counting from start: before a
 * preposition that opens a lower-case phrase ("a spokesman for the
 * campaign") or that follows a name ("Jane Roe of Derry"), else the last
 * word.
 */
static size_t
speakers_head(const struct tokens *t, size_t start, size_t last)
{
	size_t	i;

	for (i = start + 1; i + 1 < last; i++) {
		if (!(speakers_class(t, i) & SPK_PREP))
			continue;
		if (!speakers_cap(t, i + 1) || (speakers_cap(t, i - 1) &&
		    !(speakers_class(t, i - 1) & SPK_NOUN)))
			return i - 1;
	}
	return last - 1;
}

/* Split a phrase into name and role, and tell what it names. */
static void
speakers_analyse(const struct tokens *t, struct mention *m)
{
	size_t		i, start = m->first, head;
	uint32_t	c;

	start = speakers_start(t, m->first, m->last);
	head = speakers_head(t, start, m->last);
	for (i = head + 1; i > start && speakers_cap(t, i - 1) &&
	    !(speakers_class(t, i - 1) & SPK_NOUN & ~SPK_DOC); i--)
		;
	m->name_first = (uint32_t)i;
	m->name_last = (uint32_t)head + 1;
	m->role_first = (uint32_t)start;
	m->role_last = m->name_first;
	c = speakers_class(t, head);
	if (t->v[head].kind == TOK_NUM)
		c = SPK_GROUP;		/* "six in 10" */
	if (m->name_first < m->name_last)
		m->kind = i > m->first && (speakers_class(t, i - 1) & SPK_PREP) ?
		    MENTION_ORG : MENTION_NAME;
	else if (c & SPK_GROUP)
		m->kind = MENTION_GROUP;
	else if (c & SPK_DOC)
		m->kind = MENTION_DOCUMENT;
	else if ((c & SPK_ROLE) || (m->vague = c == 0 &&
	    !(t->v[head].flags & TF_CAP)))
		m->kind = MENTION_ROLE;
	else
		m->kind = MENTION_ORG;
	if (m->kind == MENTION_ROLE || m->kind == MENTION_GROUP) {
		m->role_last = m->last;
		m->name_first = m->name_last = m->last;
	}
	for (i = m->role_first; i < m->role_last && !m->vague; i++)
		if (speakers_class(t, i) & SPK_ROLE)
			break;
	if (i == m->role_last || (m->kind != MENTION_NAME &&
	    m->kind != MENTION_ROLE))
		m->role_first = m->role_last;	/* roles are people's */
}

static bool
speakers_pronoun(const struct tokens *t, size_t i, struct mention *m)
{
	if (!(speakers_class(t, i) & SPK_PRON) || (t->v[i].flags & TF_QUOTED))
		return false;
	memset(m, 0, sizeof *m);
	m->first = m->name_first = m->role_first = m->role_last = (uint32_t)i;
	m->last = m->name_last = (uint32_t)i + 1;
	m->kind = MENTION_PRONOUN;
	return true;
}

/*
 * A head noun the lexicon does not know is taken after a determiner and
 * at most three adjectives ("the self-described democratic socialist"):
 * where that phrase starts, or end when there is none.
 */
static size_t
speakers_unknown_head(const struct tokens *t, size_t end, size_t floor)
{
	size_t	b;

	for (b = end - 1; b > floor && end - b < 4 && (speakers_unknown(t,
	    b - 1) || speakers_nounish(t, b - 1)); b--)
		;
	return b > floor && (speakers_class(t, b - 1) & SPK_DET) ? b : end;
}

/* "six in 10", "two of three": a ratio of people. */
static size_t
speakers_ratio(const struct tokens *t, size_t end, size_t floor)
{
	if (end < floor + 3 || t->v[end - 1].kind != TOK_NUM ||
	    !(speakers_class(t, end - 2) & SPK_PREP) ||
	    (t->v[end - 3].kind != TOK_NUM &&
	    !(speakers_class(t, end - 3) & SPK_DET)))
		return end;
	return end - 3;
}

/*
 * The phrase that ends at token end (exclusive), not reaching before
 * floor: the subject of a cue that follows it.
 */
bool
speakers_left(const struct tokens *t, size_t end, size_t floor,
    struct mention *m)
{
	size_t	a, b;

	end = speakers_skip_paren(t, end, floor);
	if (end == floor)
		return false;
	if (speakers_pronoun(t, end - 1, m))
		return true;
	a = end - 1;
	if (speakers_unknown(t, a) || t->v[a].kind == TOK_NUM) {
		if ((b = speakers_unknown_head(t, end, floor)) == end &&
		    (b = speakers_ratio(t, end, floor)) == end)
			return false;
		a = b;
	} else if (!speakers_nounish(t, a) || (t->v[a].flags & TF_POSS))
		return false;
	for (; end - a < SPEAKERS_REACH; a = b) {
		b = speakers_grow_left(t, a, floor);
		if (b == a && a > floor && (speakers_class(t, a - 1) & SPK_DET))
			b = speakers_past_det(t, a, floor);
		if (b == a)
			break;
	}
	memset(m, 0, sizeof *m);
	m->first = (uint32_t)a;
	m->last = (uint32_t)end;
	speakers_analyse(t, m);
	return true;
}

/* A determiner, or the possessive that acts as one ("Sanders' senior"). */
static bool
speakers_detlike(const struct tokens *t, size_t i)
{
	return i < t->n && ((speakers_class(t, i) & SPK_DET) ||
	    (t->v[i].flags & TF_POSS));
}

/*
 * One step right from a phrase ending at b: the new end, or b.  det says
 * the phrase opened with a determiner, which lets adjectives in ("the
 * Russian state-run news agency"), as does being first ("undecided
 * voter Jane Roe").
 */
static size_t
speakers_grow_right(const struct tokens *t, size_t b, size_t ceil, bool det,
    bool first)
{
	struct cue	c;
	size_t		k;

	if (b >= ceil)
		return b;
	if ((t->v[b].flags & TF_POSS) && b + 1 < ceil)
		return b + 1;		/* the possessed comes next */
	if (speakers_nounish(t, b))
		return b + 1;
	if ((speakers_class(t, b) & SPK_PREP) && b + 1 < ceil &&
	    !(t->v[b].flags & TF_QUOTED) && (speakers_cap(t, b + 1) ||
	    (speakers_class(t, b + 1) & SPK_DET)))
		return (speakers_class(t, b + 1) & SPK_DET) ? b + 2 : b + 1;
	if (tokens_eq(t, b, "and") && b > 0 && speakers_cap(t, b - 1) &&
	    b + 1 < ceil && speakers_cap(t, b + 1))
		return b + 1;
	for (k = b; k < ceil && k - b < 3 && speakers_unknown(t, k); k++)
		;
	if (k == b || !(det || first || speakers_detlike(t, b - 1)))
		return b;
	if (k < ceil && speakers_nounish(t, k))
		return k + 1;		/* "the state-run news agency" */
	if (!speakers_detlike(t, b - 1))
		return b;
	/* after a determiner, the unknown words end at a cue or a mark;
	 * else only the first is taken, as what follows may be the verb */
	return k < ceil && (t->v[k].kind == TOK_PUNCT || cues_match(t, k, &c)) ?
	    k : b + 1;
}

/* Does a phrase [start, b) end in unknown words after a determiner? */
static bool
speakers_unknown_after_det(const struct tokens *t, size_t start, size_t b)
{
	size_t	k;

	for (k = b; k > start && b - k < 3 && speakers_unknown(t, k - 1); k--)
		;
	return k < b && k > start && speakers_detlike(t, k - 1);
}

/* The phrase that starts at token start, not reaching ceil. */
bool
speakers_right(const struct tokens *t, size_t start, size_t ceil,
    struct mention *m)
{
	size_t	b = start, c;
	bool	det;

	if (start >= ceil || (speakers_class(t, start) & SPK_PREP))
		return false;
	if (speakers_pronoun(t, start, m))
		return true;
	det = (speakers_class(t, b) & SPK_DET) && !(t->v[b].flags & TF_QUOTED);
	b += det;
	for (c = speakers_grow_right(t, b, ceil, det, true); c != b &&
	    c - start < SPEAKERS_REACH; c = speakers_grow_right(t, b, ceil, det,
	    false))
		b = c;
	while (b > start && ((speakers_class(t, b - 1) & (SPK_PREP | SPK_DET)) ||
	    (t->v[b - 1].flags & TF_POSS)))
		b--;
	if (b == start || (!speakers_nounish(t, b - 1) &&
	    !speakers_unknown_after_det(t, start, b)))
		return false;
	memset(m, 0, sizeof *m);
	m->first = (uint32_t)start;
	m->last = (uint32_t)b;
	speakers_analyse(t, m);
	return true;
}

/* Is there a verb at i, past auxiliaries and adverbs? */
static bool
speakers_verb_at(const struct tokens *t, size_t i, size_t ceil)
{
	size_t	aux = 0;

	for (; i < ceil && (cues_is_aux(t, i) || cues_is_adverb(t, i)); i++)
		aux += cues_is_aux(t, i);
	if (aux > 0 && i < ceil && (speakers_class(t, i) & (SPK_DET | SPK_PREP)))
		return true;	/* the auxiliary was the verb: "had a view" */
	return i < ceil && t->v[i].kind == TOK_WORD &&
	    !(t->v[i].flags & (TF_CAP | TF_QUOTED | TF_POSS)) &&
	    !(speakers_class(t, i) & (SPK_PREP | SPK_DET | SPK_STOP | SPK_NOUN));
}

/* Does a verb follow a subject ending at i, past auxiliaries and adverbs,
 * or past an appositive ("Ryabkov, the deputy minister, said", "Students,
 * which this year include three from Lisbon, Kyoto and Oslo, wrote")? */
static bool
speakers_verb_follows(const struct tokens *t, size_t i, size_t ceil)
{
	size_t	k;

	if (speakers_verb_at(t, i, ceil))
		return true;
	if (i >= ceil || t->v[i].mark != MARK_COMMA || (t->v[i].flags & TF_QUOTED))
		return false;
	for (k = i + 1; k < ceil && k - i < 2 * SPEAKERS_REACH; k++)
		if (t->v[k].mark == MARK_COMMA && speakers_verb_at(t, k + 1, ceil))
			return true;	/* past an aside with commas of its own */
	return false;
}

/*
 * "Greel's rival, treasurer Nadia Voss, had": a description followed by a
 * name between commas is that name, with the description as its role.
 */
static void
speakers_named_apposition(const struct tokens *t, size_t ceil, struct mention *m)
{
	struct mention	n;
	size_t		c = m->last;

	if (m->kind == MENTION_NAME || c + 1 >= ceil ||
	    t->v[c].mark != MARK_COMMA || !speakers_right(t, c + 1, ceil, &n) ||
	    n.kind != MENTION_NAME || n.last >= ceil ||
	    t->v[n.last].mark != MARK_COMMA)
		return;
	if (n.role_first == n.role_last) {
		n.role_first = m->first +
		    ((speakers_class(t, m->first) & SPK_DET) != 0);
		n.role_last = m->last;
	}
	*m = n;
}

/* The next comma after i, within a short phrase of words; or ceil. */
static size_t
speakers_next_comma(const struct tokens *t, size_t i, size_t ceil)
{
	size_t	k;

	for (k = i; k < ceil && k - i < 12; k++) {
		if (t->v[k].mark == MARK_COMMA)
			return k;
		if (t->v[k].kind == TOK_QUOTE || (t->v[k].flags & TF_QUOTED))
			break;
	}
	return ceil;
}

/* Past a time with no comma after it: "On Thursday morning Strand's". */
static size_t
speakers_past_when(const struct tokens *t, size_t i, size_t ceil)
{
	size_t	k = i;

	if (k < ceil && (speakers_class(t, k) & SPK_PREP))
		k++;
	while (k < ceil && (speakers_class(t, k) & SPK_TIME))
		k++;
	return k > i && k < ceil && (speakers_class(t, k - 1) & SPK_TIME) ? k : i;
}

/*
 * The subject of the clause that starts at token start: past connectives
 * ("But", "However,") and introductory phrases that end in a comma ("In
 * October,", "Following a long meeting,"), the first phrase a verb
 * follows.
 */
bool
speakers_subject(const struct tokens *t, size_t start, size_t ceil,
    struct mention *m)
{
	size_t	i = start, k;

	for (k = 0; k < 3 && i < ceil; k++) {
		while (i < ceil && (speakers_class(t, i) & SPK_STOP) &&
		    !(speakers_class(t, i) & SPK_DET))
			i++;
		i = speakers_past_when(t, i, ceil);
		if (speakers_right(t, i, ceil, m) &&
		    speakers_verb_follows(t, m->last, ceil)) {
			speakers_named_apposition(t, ceil, m);
			return true;
		}
		i = speakers_next_comma(t, i, ceil) + 1;
	}
	return false;
}

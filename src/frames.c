/*
 * Binding cues to speakers and contents.  Three passes over the article:
 * find each cue's speaker, mark where every frame starts, then read each
 * content up to its clause's end (which depends on where the next frame
 * starts).  Every scan is bounded by its sentence and every step moves
 * forward, so the whole is linear in the tokens.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "frames.h"
#include "lexicon.h"
#include "relays.h"
#include "xmalloc.h"

/* How far an adjunct or an appositive may run, in tokens. */
#define FRAMES_ADJUNCT_REACH	12
#define FRAMES_APPOSITIVE_REACH	40

/* Words that open an adjunct between a cue and its content. */
static const char *const frames_adjuncts[] = {
	"about", "after", "at", "before", "during", "following", "from",
	"in", "of", "on", "over", "through", "to", "via", "when", "while",
	"with",
};

/* Conjunctions that, after a cue and a comma, go on with the narrative. */
static const char *const frames_conjunctions[] = {
	"and", "as", "but", "or", "so", "while",
};

/* Words that open the content of a cue that needs an opener. */
static const char *const frames_after_opener[] = {
	"about", "against", "how", "if", "of", "to", "what", "when", "where",
	"whether", "who", "why",
};

/* Prepositions that end an addressee: what follows says where or how. */
static const char *const frames_places[] = {
	"at", "during", "in", "on", "with",
};

/* Objects of "told" that are not phrases the speaker reader knows. */
static const char *const frames_objects[] = {
	"her", "him", "me", "them", "us", "you",
};

/* The word lists below, each read through a lexicon built once. */
enum frames_list {
	FL_ADJUNCTS,
	FL_CONJUNCTIONS,
	FL_AFTER_OPENER,
	FL_PLACES,
	FL_OBJECTS,
	FL_BEFORE_PARTICIPLE,
	FL_OPENERS,
	FL_QUESTION_WORDS,
	FL_ASIDES,
	FL_PHRASE_ENDERS,
	FL_TIME_LEADS,
	FL_COUNT
};

static struct lexicon	frames_lex[FL_COUNT];

/* Is token i one of the words of list l? */
static bool
frames_is(const struct tokens *t, size_t i, enum frames_list l)
{
	return lexicon_find(&frames_lex[l], t, i) >= 0;
}

static bool
frames_is_comma(const struct tokens *t, size_t i)
{
	return i < t->n && t->v[i].mark == MARK_COMMA &&
	    !(t->v[i].flags & TF_QUOTED);
}

static bool
frames_is_closer(const struct tokens *t, size_t i)
{
	return i < t->n && (t->v[i].flags & TF_CLOSE);
}

static void
frames_push(struct frames *fs, const struct frame *f)
{
	if (fs->n == fs->cap) {
		fs->cap = fs->cap ? fs->cap * 2 : 16;
		fs->v = xreallocarray(fs->v, fs->cap, sizeof *fs->v);
	}
	fs->v[fs->n++] = *f;
}

/*
 * Where the words before an appositive start ("the company's operations
 * director, Ines Mallory, said"): back from a over words a phrase is made
 * of.  They are the frame's, not content before it.
 */
static size_t
frames_title_start(const struct tokens *t, size_t s0, size_t a)
{
	const uint32_t	ends = SPK_STOP | SPK_VERB | SPK_PREP | SPK_REL |
			    SPK_PRON | SPK_TIME;
	struct cue	c;
	size_t		i;

	for (i = a; i > s0 && a - i < 6; i--)
		if (t->v[i - 1].kind != TOK_WORD ||
		    (t->v[i - 1].flags & TF_QUOTED) ||
		    (speakers_class(t, i - 1) & ends) || cues_match(t, i - 1, &c))
			break;
	return i;
}

/*
 * A title with a relative clause ("The company that built the bridge,
 * Orsett Civil,"): its head is the phrase before "that", not the last.
 */
static void
frames_title_head(const struct tokens *t, size_t s0, struct mention *a)
{
	size_t		i = frames_title_start(t, s0, a->first);
	struct mention	h;

	if (i > s0 + 1 && (tokens_eq(t, i - 1, "that") ||
	    (speakers_class(t, i - 1) & SPK_REL)) &&
	    speakers_left(t, i - 1, s0, &h) && h.kind != MENTION_PRONOUN) {
		*a = h;
		if (speakers_class(t, a->first) & SPK_DET)
			a->first++;	/* "company", not "The company" */
	}
}

/*
 * "X, the Y of Z, said": the speaker before the first comma, the role
 * between the commas (or the other way round: "a spokesman, X, said").
 * Between the commas there must be a phrase (perhaps with a relative
 * clause: "a historian who was there"), a relative clause ("X, who ...,
 * said"), an adjunct ("X, at a briefing, said") or a few words ("X, 45,
 * said"), not a clause of its own.
 * comma is the token before the cue.
 */
static bool
frames_appositive(const struct tokens *t, size_t s0, size_t comma,
    struct frame *f)
{
	struct mention	a, b;
	size_t		p;
	bool		np, rel;

	for (p = comma; p > s0 && comma - p < FRAMES_APPOSITIVE_REACH; p--)
		if (frames_is_comma(t, p - 1))
			break;
	if (p == s0 || !frames_is_comma(t, p - 1) || p == comma ||
	    !speakers_left(t, p - 1, s0, &a) || (a.first > s0 &&
	    (speakers_class(t, a.first - 1) & SPK_PREP)))
		return false;	/* "astronomers from Lisbon, Oslo and Kyoto," */
	rel = (speakers_class(t, p) & SPK_REL) != 0 ||
	    (speakers_class(t, p) & (SPK_PREP | SPK_TIME)) != 0;
	np = speakers_right(t, p, comma, &b) && (b.last == comma ||
	    (speakers_class(t, b.last) & SPK_REL));
	if (!rel && !np && comma - p > 3)
		return false;
	f->who = a;
	if (np && a.kind != MENTION_NAME && b.kind == MENTION_NAME) {
		f->who = b;
		frames_title_head(t, s0, &a);
		f->role_first = a.role_first < a.role_last ? a.role_first : a.first;
		f->role_last = a.role_first < a.role_last ? a.role_last : a.last;
	} else if (np) {
		f->role_first = (uint32_t)p + ((speakers_class(t, p) & SPK_DET) != 0);
		f->role_last = b.last;
	}
	f->first = (uint32_t)frames_title_start(t, s0, a.first);
	return true;
}

/* Words after which a participle hangs on the clause: "before asking". */
static const char *const frames_before_participle[] = {
	"after", "and", "before", "but", "by", "when", "while", "without",
};

/* Words that open a clause with a subject of its own. */
static const char *const frames_openers[] = {
	"after", "although", "as", "because", "before", "if", "since", "that",
	"though", "when", "where", "while",
};


/*
 * Where the clause around token i starts: after the last "that", "as",
 * "when"... that a subject and a verb follow, or the sentence.
 */
static size_t
frames_clause_start(const struct tokens *t, size_t s0, size_t i)
{
	struct mention	m;
	size_t		k;

	for (k = i; k > s0; k--)
		if (!(t->v[k - 1].flags & TF_QUOTED) &&
		    frames_is(t, k - 1, FL_OPENERS) &&
		    speakers_subject(t, k, i, &m) && m.first == k)
			return k;
	return s0;
}

/* Is the subject of the clause [start, end) a person named? */
static bool
frames_named(const struct tokens *t, size_t start, size_t end)
{
	struct mention	m;

	return speakers_subject(t, start, end, &m) && (m.kind == MENTION_NAME ||
	    m.kind == MENTION_PRONOUN);
}

/*
 * Does the clause at start open the content of frame prev, a "that" a
 * few words after its cue ("denied on Tuesday that")?  A participle
 * after that clause goes with prev's speaker unless the clause's subject
 * is a person named ("The Post said that Marrow ..., saying").
 */
static bool
frames_in_content(const struct tokens *t, const struct frame *prev,
    size_t start)
{
	return start > prev->cue.last && start - prev->cue.last <= 4 &&
	    tokens_eq(t, start - 1, "that") &&
	    !(t->v[start - 1].flags & TF_QUOTED);
}

/*
 * A participle after a comma, or after a document ("a statement saying"):
 * the speaker of the frame it follows in its clause ("she said, adding"),
 * else the subject of the clause it hangs on.
 */
static bool
frames_participle(const struct tokens *t, size_t s0, const struct frame *prev,
    struct frame *f)
{
	size_t	j = f->cue.first, start;

	if (j == s0 || !(frames_is_comma(t, j - 1) || frames_is_closer(t, j - 1) ||
	    (speakers_class(t, j - 1) & (SPK_DOC | SPK_TIME)) || frames_is(t, j - 1, FL_BEFORE_PARTICIPLE)))
		return false;
	start = frames_clause_start(t, s0, j - 1);
	if (prev != NULL && prev->cue.first >= start && !prev->unnamed &&
	    !prev->relative)
		f->who = prev->who;	/* "Nefzi said, adding", not "an architect
					   who said ..., saying" */
	else if (prev != NULL && !prev->unnamed && !prev->relative &&
	    frames_in_content(t, prev, start) && !frames_named(t, start, j - 1))
		f->who = prev->who;	/* "X denied that a tariff ..., calling" */
	else if (!speakers_subject(t, start, j - 1, &f->who))
		return false;
	f->how = WHO_CLAUSE;
	f->first = f->cue.first;
	f->stance_first = f->who.first;
	return true;
}

/* Does the sentence end, or only an adjunct follow, from token i? */
static bool
frames_tail(const struct tokens *t, size_t i)
{
	return i >= t->n || (t->v[i].flags & TF_LINE_START) ||
	    t->v[i].kind == TOK_PUNCT || (speakers_class(t, i) &
	    (SPK_TIME | SPK_PREP));
}

/*
 * Does a quotation end right before the frame ('"...," she said'), and
 * hold most of the words before it (not a title: 'on "Hannity," Newt
 * Gingrich said if ...')?
 */
static bool
frames_after_quote(const struct tokens *t, const struct frame *f, size_t s0)
{
	size_t	i = f->first, k, words = 0, quoted = 0;

	if (i > s0 && frames_is_comma(t, i - 1))
		i--;
	if (i == s0 || !frames_is_closer(t, i - 1))
		return false;
	for (k = s0; k < i; k++)
		if (t->v[k].kind == TOK_WORD || t->v[k].kind == TOK_NUM) {
			words++;
			quoted += (t->v[k].flags & TF_QUOTED) != 0;
		}
	return quoted * 2 >= words;
}

/* A question put to the speaker of the sentence: "(When) asked whether". */
static bool
frames_unasked(const struct tokens *t, size_t s0, const struct cue *c)
{
	size_t	i = c->first;

	if (!(c->flags & CUE_QUESTION) || c->form != CUE_PAST || i != c->verb)
		return false;
	if (i > s0 && tokens_eq(t, i - 1, "when"))
		i--;
	return i == s0 || frames_is_comma(t, i - 1);
}

/* Words that open a question put: "was asked whether", "asked what". */
static const char *const frames_question_words[] = {
	"about", "how", "if", "what", "when", "where", "whether", "which",
	"who", "whom", "why",
};

/*
 * A question put to the subject, who is not its source: "Clinton was
 * asked whether ...", "he was asked about the border".
 */
static bool
frames_was_asked(const struct tokens *t, size_t s1, const struct cue *c)
{
	return c->passive && (c->flags & CUE_QUESTION) && c->last < s1 &&
	    frames_is(t, c->last, FL_QUESTION_WORDS);
}

/* A participle right after a name: "footage of Hillary Clinton asking". */
static bool
frames_named_ing(const struct tokens *t, size_t s0, struct frame *f)
{
	if (f->cue.first == s0 || !speakers_left(t, f->cue.first, s0, &f->who) ||
	    (f->who.kind != MENTION_NAME && f->who.kind != MENTION_PRONOUN))
		return false;
	f->how = WHO_LEFT;
	f->first = f->who.first;
	return true;
}

/* The speaker after an inverted cue: '"...," said Hicks'. */
static bool
frames_inverted(const struct tokens *t, size_t s0, size_t s1, struct frame *f)
{
	size_t	j = f->cue.first;

	f->first = f->cue.first;
	if ((f->cue.flags & CUE_NOINV) || (j > s0 && !frames_is_comma(t, j - 1) &&
	    !frames_is_closer(t, j - 1)) ||
	    !speakers_right(t, f->cue.last, s1, &f->who) ||
	    (!frames_after_quote(t, f, s0) && !frames_tail(t, f->who.last)))
		return false;	/* "said Republicans are wrong": no inversion */
	f->how = WHO_RIGHT;
	f->first = f->cue.first;
	return true;
}

/* A past participle: "obtained", "seen", "written". */
static bool
frames_participle_word(const struct tokens *t, size_t i)
{
	const struct tok	*k = &t->v[i];
	const char		*e = t->text + k->end;

	return k->kind == TOK_WORD && !(k->flags & (TF_CAP | TF_QUOTED)) &&
	    k->end - k->start > 3 && ((e[-2] == 'e' && (e[-1] == 'd' ||
	    e[-1] == 'n')) || (e[-2] == 'w' && e[-1] == 'n'));
}

/*
 * "A memo seen by the Courier suggests": the phrase before the cue is the
 * agent of a participle; the speaker is the phrase before that, and the
 * agent, kept as the frame's object, may be a relay.
 */
static void
frames_agent(const struct tokens *t, size_t s0, struct frame *f)
{
	struct mention	m;
	size_t		by = f->who.first;

	if (by < s0 + 3 || !tokens_eq(t, by - 1, "by") ||
	    !frames_participle_word(t, by - 2) ||
	    !speakers_left(t, by - 2, s0, &m))
		return;
	f->object_first = f->who.first;
	f->object_last = f->who.last;
	f->who = m;
	f->first = m.first;
}

/*
 * "Rep. Ann Roe (D-Va.), ranking member of the committee and one of the
 * bill's authors, said": asides with commas of their own between the
 * subject and the cue.  The sentence's subject, followed by a comma.
 */
static bool
frames_long_apposition(const struct tokens *t, size_t s0, size_t comma,
    struct frame *f)
{
	struct mention	m;
	size_t		i;

	if (!speakers_subject(t, s0, comma + 2, &m) || m.last >= comma ||
	    !frames_is_comma(t, m.last) || m.kind == MENTION_PRONOUN)
		return false;
	for (i = m.last; i < comma; i++)
		if (t->v[i].kind == TOK_QUOTE)
			return false;
	f->who = m;
	f->first = m.first;
	return true;
}

/* Before a time between subject and cue: "The ministry on Monday said". */
static size_t
frames_before_when(const struct tokens *t, size_t s0, size_t j)
{
	size_t	k = j;

	while (k > s0 && (speakers_class(t, k - 1) & SPK_TIME))
		k--;
	if (k < j && k > s0 && (tokens_eq(t, k - 1, "on") ||
	    tokens_eq(t, k - 1, "last") || tokens_eq(t, k - 1, "this")))
		k--;
	return k < j && k > s0 ? k : j;
}

/* The speaker before the cue, directly or past an appositive. */
static bool
frames_subject(const struct tokens *t, size_t s0, size_t s1,
    const struct frame *prev, struct frame *f)
{
	size_t	j = f->cue.first, w = frames_before_when(t, s0, j);

	f->how = WHO_LEFT;
	if (j > s0 && speakers_left(t, w, s0, &f->who)) {
		f->first = f->who.first;
		frames_agent(t, s0, f);
		return true;
	}
	if (j > s0 + 1 && (speakers_class(t, j - 1) & SPK_REL) &&
	    frames_is_comma(t, j - 2) && speakers_left(t, j - 2, s0, &f->who)) {
		f->first = f->who.first;
		f->who.last = (uint32_t)j;	/* "Beck, who" */
		f->relative = true;
		return true;
	}
	/* past a time too: "Roe, the mayor, on Friday said" */
	if (w > s0 && frames_is_comma(t, w - 1) && !frames_is_closer(t, w - 2) &&
	    frames_appositive(t, s0, w - 1, f))
		return true;
	if (j > s0 && (tokens_eq(t, j - 1, "and") || tokens_eq(t, j - 1, "but")) &&
	    frames_participle(t, s0, prev, f))
		return true;	/* "she defended the route and said" */
	if (frames_inverted(t, s0, s1, f))
		return true;
	f->how = WHO_LEFT;
	return w > s0 && frames_is_comma(t, w - 1) && !frames_is_closer(t, w - 2) &&
	    frames_long_apposition(t, s0, w - 1, f);
}

/*
 * May this speaker go with this cue?  A weak cue after a possessive is a
 * noun ("his general support"), and after a noun the lexicon does not
 * know it is often one too ("the server email").
 */
static bool
frames_fits(const struct tokens *t, const struct frame *f)
{
	enum mention_kind	k = f->who.kind;
	uint32_t		c = f->cue.flags;

	if ((c & CUE_WEAK) && f->how == WHO_LEFT &&
	    ((speakers_class(t, f->who.first) & SPK_POSSDET) || f->who.vague ||
	    speakers_class(t, f->who.last - 1) == SPK_MOD))
		return false;	/* "the same report": a noun */
	if ((c & CUE_THINK) && (k == MENTION_DOCUMENT || k == MENTION_OUTLET))
		return false;
	if ((c & CUE_WEAK) && !(c & CUE_EVID) && (k == MENTION_DOCUMENT ||
	    k == MENTION_ORG) && f->how != WHO_CLAUSE)
		return false;
	if ((c & CUE_WEAK) && (c & CUE_EVID) && !(c & CUE_SAY) &&
	    (k == MENTION_NAME || k == MENTION_ROLE))
		return false;	/* "Clinton had shown bad judgment" */
	return true;
}

/* "X is expected to win", "Y seems likely": no source. */
static bool
frames_seeming(const struct cue *c, struct frame *f)
{
	f->how = WHO_NONE;
	f->seeming = true;
	f->who.first = f->who.last = c->first;
	f->first = c->first;
	return true;
}

/* Reach back from a cue to the relative pronoun of its clause, in tokens. */
#define FRAMES_RELATIVE_REACH	6

/*
 * The speaker of a cue the usual readings missed: the possessor of a cue
 * noun ("Trump's claim that"), the antecedent of a relative pronoun a few
 * words back ("McConnell, who in 2010 said", "voters who say"), or the
 * subject of the clause ("It was then that Ann Roe, who's 40, said").
 */
static bool
frames_speaker_back(const struct tokens *t, size_t s0, size_t j,
    struct frame *f)
{
	struct mention	*m = &f->who;
	size_t		 k;

	if ((t->v[j - 1].flags & TF_POSS) && j - 1 > s0) {
		if (!speakers_left(t, j - 1, s0, m) || m->kind == MENTION_PRONOUN)
			return false;
		m->last = (uint32_t)j;	/* "Trump's claim that" */
		return true;
	}
	for (k = j; k > s0 && j - k < FRAMES_RELATIVE_REACH &&
	    t->v[k - 1].kind != TOK_PUNCT; k--)
		if (tokens_eq(t, k - 1, "who") || tokens_eq(t, k - 1, "which"))
			break;
	if (k > s0 + 1 && j - k < FRAMES_RELATIVE_REACH &&
	    (speakers_class(t, k - 1) & SPK_REL)) {
		k -= 1 + frames_is_comma(t, k - 2);
		if (k == s0 || !speakers_left(t, k, s0, m))
			return false;
		m->last = (uint32_t)j;	/* "McConnell, who in 2010" */
		f->relative = true;
		return true;
	}
	k = frames_clause_start(t, s0, j - 1);
	return speakers_subject(t, k, j, m) && m->last < j &&
	    m->kind != MENTION_DOCUMENT;
}

/*
 * Does a content open at token i, after cue c?  Not at a mark other than
 * a colon or a quotation, nor at "by" ("the changes proposed by the
 * government").
 */
static bool
frames_content_opens(const struct tokens *t, size_t i)
{
	if (t->v[i].kind == TOK_PUNCT)
		return t->v[i].mark == MARK_COLON;
	return !tokens_eq(t, i, "by");
}

/*
 * A speech or belief verb whose speaker the phrase reader cannot read
 * ("47% say", "forecasters say", "voters who say"): still a frame, its
 * speaker guessed from further back or left unnamed, when the verb
 * plainly opens a content.  Such frames lend no speaker to quotations
 * elsewhere (attrib.c).
 */
static bool
frames_unnamed(const struct tokens *t, size_t s0, size_t s1, struct frame *f)
{
	const struct cue	*c = &f->cue;
	size_t			 j = c->first, i = c->last;

	if (!(c->flags & (CUE_SAY | CUE_THINK)) || (c->flags & CUE_QUOTING) ||
	    ((c->form == CUE_PP || c->form == CUE_S) && j == c->verb &&
	    !tokens_eq(t, j, "says")) || j == s0 || i >= s1)
		return false;	/* "the tweets accusing": a noun */
	if (t->v[j - 1].kind == TOK_PUNCT || t->v[j - 1].kind == TOK_QUOTE ||
	    (t->v[j - 1].flags & TF_QUOTED) ||
	    (speakers_class(t, j - 1) & SPK_PREP) ||
	    ((speakers_class(t, j - 1) & SPK_DET) && (c->form == CUE_BASE ||
	    c->form == CUE_S)) ||
	    tokens_eq(t, j - 1, "that") || tokens_eq(t, j - 1, "as"))
		return false;	/* "That said,", "have a say", "as he said" */
	if (!frames_content_opens(t, i) ||
	    ((t->v[j - 1].flags & TF_POSS) && !tokens_eq(t, i, "that")))
		return false;	/* "Editor's note:", "Roe's tweet came" */
	f->role_first = f->role_last = 0;
	f->how = WHO_LEFT;
	if (frames_speaker_back(t, s0, j, f) && (f->relative ||
	    !(c->flags & CUE_WEAK))) {
		f->first = f->who.first;
		f->guessed = true;
		return true;
	}
	if (c->flags & CUE_WEAK)
		return false;	/* a weak cue needs someone: "voters who
				   called it" */
	memset(&f->who, 0, sizeof f->who);
	f->unnamed = true;
	f->who.first = f->who.last = c->first;
	f->first = c->first;
	return true;
}

/*
 * The infinitive of a speech verb ("refused to say whether", "led voters
 * to say that", "is likely to tell reporters the plan works"): its
 * content is still one.  Its speaker is that of a cue it completes
 * ("Roe refused to say"), else not read.
 */
static bool
frames_infinitive(const struct tokens *t, size_t s1, const struct frame *prev,
    struct frame *f)
{
	size_t	i = f->cue.last;

	if (!(f->cue.flags & CUE_CLAUSE) || !(f->cue.flags & CUE_SAY) ||
	    (f->cue.flags & (CUE_QUOTING | CUE_WEAK)) || i + 1 >= s1 ||
	    t->v[i].kind == TOK_PUNCT || t->v[i + 1].kind == TOK_PUNCT)
		return false;	/* "refused to say it." */
	if (prev != NULL && prev->cue.last + 1 == f->cue.first &&
	    (prev->cue.flags & CUE_REFUSE))
		return false;	/* "refused to say whether": a refusal only */
	f->how = WHO_LEFT;
	f->first = f->cue.first;
	if (prev != NULL && (prev->cue.flags & CUE_TO) && !prev->unnamed &&
	    prev->cue.last + 1 == f->cue.first) {
		f->who = prev->who;
		f->guessed = true;
		return true;
	}
	memset(&f->who, 0, sizeof f->who);
	f->unnamed = true;
	f->who.first = f->who.last = f->cue.first;
	return true;
}

/*
 * Whatever follows "according to" names a source, read or not ("recent
 * polls", "calculations by Ann Roe"): the words up to a mark, within
 * reach, as a mention of no known kind.
 */
static bool
frames_according_any(const struct tokens *t, size_t i, size_t s1,
    struct mention *m)
{
	size_t	k;

	for (k = i; k < s1 && k - i < SPEAKERS_REACH &&
	    (t->v[k].kind == TOK_WORD || t->v[k].kind == TOK_NUM); k++)
		;
	if (k == i || k - i >= SPEAKERS_REACH)
		return false;
	memset(m, 0, sizeof *m);
	m->first = m->role_first = m->role_last = m->name_first =
	    m->name_last = (uint32_t)i;
	m->last = (uint32_t)k;
	return true;
}

/* "As reported by Western Journalism, ...", read as "according to". */
static bool
frames_as_by(const struct tokens *t, size_t s1, const struct cue *c,
    struct frame *f)
{
	if (!speakers_right(t, c->last + 1, s1, &f->who))
		return false;
	f->how = WHO_ACCORDING;
	f->first = c->first - 1;
	f->last = f->who.last;
	return true;
}

/*
 * "declined to be named": a source asking not to be named refuses no
 * question, and says nothing by it.
 */
static bool
frames_anonymous(const struct tokens *t, size_t s1, const struct cue *c)
{
	size_t	i = c->last;

	return (c->flags & CUE_REFUSE) && i + 2 < s1 && tokens_eq(t, i, "to") &&
	    tokens_eq(t, i + 1, "be") && (tokens_eq(t, i + 2, "named") ||
	    tokens_eq(t, i + 2, "identified"));
}

/*
 * Bind the cue c in sentence [s0, s1) to a speaker; false if none.  prev
 * is the sentence's frame before, or NULL.
 */
static bool
frames_bind(const struct tokens *t, size_t s0, size_t s1, const struct cue *c,
    const struct frame *prev, struct frame *f)
{
	struct outlet_match	om;

	memset(f, 0, sizeof *f);
	f->cue = *c;
	f->sent = t->v[c->verb].sent;
	if (frames_anonymous(t, s1, c))
		return false;
	if (c->passive && strcmp(c->row->form[0], "expect") == 0 &&
	    tokens_eq(t, c->last, "to"))
		return frames_seeming(c, f);	/* "is expected to" */
	if (c->passive && c->last < s1 && tokens_eq(t, c->last, "by") &&
	    c->first > s0 && tokens_eq(t, c->first - 1, "as"))
		return frames_as_by(t, s1, c, f);
	if (c->passive && !frames_was_asked(t, s1, c))
		return false;
	if (c->flags & CUE_ACCORDING) {
		if (!speakers_right(t, c->last, s1, &f->who) &&
		    !frames_according_any(t, c->last, s1, &f->who))
			return false;
		f->how = WHO_ACCORDING;
		f->first = c->first;
		f->last = f->who.last;
	} else if (c->form == CUE_ING && c->first == c->verb) {
		if (!frames_participle(t, s0, prev, f) && !frames_named_ing(t, s0,
		    f) && !frames_unnamed(t, s0, s1, f))
			return false;
	} else if (frames_unasked(t, s0, c) || c->passive) {
		f->how = WHO_NONE;	/* "Asked whether ..., she said" */
		f->who.first = f->who.last = c->first;
		f->first = c->first;
	} else {	/* finite, or progressive: "is describing" */
		if (c->first > s0 && tokens_eq(t, c->first - 1, "to"))
			return frames_infinitive(t, s1, prev, f);
		if (!frames_subject(t, s0, s1, prev, f) &&
		    !frames_unnamed(t, s0, s1, f))
			return false;
	}
	if (f->stance_first == 0)
		f->stance_first = f->first;
	if (relays_outlet_in(t, f->who.first, f->who.last, &om))
		f->who.kind = MENTION_OUTLET;
	return frames_fits(t, f);
}

/* Past time words: "Thursday", "last week", "on Monday". */
static size_t
frames_skip_time(const struct tokens *t, size_t i, size_t s1)
{
	size_t	j = i;

	while (j < s1 && (tokens_eq(t, j, "last") || tokens_eq(t, j, "this") ||
	    tokens_eq(t, j, "earlier") || tokens_eq(t, j, "on") ||
	    t->v[j].kind == TOK_NUM || (speakers_class(t, j) & SPK_TIME)))
		j++;
	while (j > i && !(speakers_class(t, j - 1) & SPK_TIME) &&
	    t->v[j - 1].kind != TOK_NUM)
		j--;
	return j;
}

/*
 * Past adjuncts between a cue and its content ("in an email", "at a
 * rally in Iowa"): a phrase opened by a preposition and closed by "that",
 * a colon or a quotation, within reach.
 */
static size_t
frames_skip_adjuncts(const struct tokens *t, size_t i, size_t s1)
{
	size_t	j, k;

	for (k = 0; k < 4 && i < s1; k++) {
		if ((j = frames_skip_time(t, i, s1)) > i) {
			i = j;
			continue;
		}
		if (!frames_is(t, i, FL_ADJUNCTS))
			break;
		for (j = i + 1; j < s1 && j - i < FRAMES_ADJUNCT_REACH; j++)
			if (tokens_eq(t, j, "that") || t->v[j].mark == MARK_COLON ||
			    (t->v[j].flags & TF_OPEN) || frames_is_comma(t, j))
				break;
		if (j == s1 || j - i >= FRAMES_ADJUNCT_REACH ||
		    (frames_is_comma(t, j) && !(t->v[j + 1].flags & TF_OPEN)))
			break;
		i = j;
	}
	return i;
}

/* Past who put a question: "Asked by a reporter whether". */
static size_t
frames_skip_asker(const struct tokens *t, size_t i, size_t s1, struct frame *f)
{
	struct mention	m;

	if (i + 1 >= s1 || !tokens_eq(t, i, "by") ||
	    !speakers_right(t, i + 1, s1, &m))
		return i;
	f->object_first = m.first;
	f->object_last = m.last;
	return m.last;
}

/* Past the addressee of "told": "the Post", "reporters", "him". */
static size_t
frames_skip_object(const struct tokens *t, size_t i, size_t s1, struct frame *f)
{
	struct mention	m;
	size_t		k;

	if (!(f->cue.flags & CUE_OBJ) || i >= s1 || tokens_eq(t, i, "that"))
		return i;
	if (frames_is(t, i, FL_OBJECTS)) {
		f->object_first = (uint32_t)i;
		f->object_last = (uint32_t)i + 1;
		return i + 1;
	}
	if (!speakers_right(t, i, s1, &m) || m.kind == MENTION_PRONOUN)
		return i;
	for (k = m.first + 1; k < m.last; k++)
		if (frames_is(t, k, FL_PLACES))
			m.last = (uint32_t)k;	/* "the Post in an email" */
	f->object_first = m.first;
	f->object_last = m.last;
	return m.last;
}

/* Words after a comma that open a clause the speaker did not say. */
static const char *const frames_asides[] = {
	"although", "compared", "despite", "however", "though", "whereas",
	"where", "which", "while", "who", "whom", "whose",
};

/*
 * Does a comma or dash at i end a content: does it open another frame
 * ("according to", ", she said") or an aside (", which ...")?
 */
static bool
frames_breaks(const struct tokens *t, size_t i, const uint8_t *starts)
{
	if (t->v[i].mark == MARK_DASH && !(t->v[i].flags & TF_QUOTED) &&
	    (t->v[i].flags & TF_SPACE_BEFORE))
		return true;	/* "-- a modest gain": an aside */
	if (tokens_eq(t, i, "and") && !(t->v[i].flags & TF_QUOTED))
		return i + 1 < t->n && starts[i + 1];	/* "and recommends" */
	if (!frames_is_comma(t, i))
		return false;
	return i + 1 < t->n && (starts[i + 1] || frames_is(t, i + 1, FL_ASIDES));
}

/* Adverbs that end a noun phrase: "endorsed Roe early", "praised her here". */
static const char *const frames_phrase_enders[] = {
	"again", "early", "earlier", "here", "later", "there",
};

/* Words that lead to a time: "in early June", "last week". */
static const char *const frames_time_leads[] = {
	"early", "earlier", "late", "last", "next", "this",
};

/*
 * Where the content of a cue that takes a noun phrase ends ("described
 * her as a "disgrace" after she left", "endorsed Trump in June, but"):
 * before a subordinate clause, a comma, "but" or a time.
 */
static size_t
frames_phrase_end(const struct tokens *t, const struct frame *f, size_t i,
    size_t end)
{
	size_t	k;

	if (!(f->cue.flags & CUE_NP) || (f->cue.flags & CUE_CLAUSE))
		return end;
	for (k = i; k < end; k++) {
		if (t->v[k].flags & TF_QUOTED)
			continue;
		if ((frames_is(t, k, FL_OPENERS) &&
		    !tokens_eq(t, k, "that")) || frames_is_comma(t, k) ||
		    tokens_eq(t, k, "but") || (speakers_class(t, k) & SPK_TIME) ||
		    frames_is(t, k, FL_PHRASE_ENDERS))
			break;
	}
	/* and before what leads to a time: "endorsed Roe in early June" */
	while (k > i + 1 && k < end && !(t->v[k - 1].flags & TF_QUOTED) &&
	    ((speakers_class(t, k - 1) & SPK_PREP) || frames_is(t, k - 1, FL_TIME_LEADS)))
		k--;
	return k;
}

/*
 * Where the clause that starts at i ends, before s1.  A comma inside a
 * closing quotation mark ('"...," she said') ends it after the mark.
 */
static size_t
frames_clause_end(const struct tokens *t, size_t i, size_t s1,
    const uint8_t *starts)
{
	for (; i < s1; i++) {
		if ((t->v[i].flags & TF_CLOSE) && i > 0 &&
		    t->v[i - 1].mark == MARK_COMMA && i + 1 < t->n && starts[i + 1])
			return i + 1;
		if (t->v[i].flags & TF_QUOTED)
			continue;
		if (t->v[i].mark == MARK_SEMI || frames_breaks(t, i, starts))
			return i;
	}
	return s1;
}

/* Words and numbers among tokens [a, b). */
static size_t
frames_words(const struct tokens *t, size_t a, size_t b)
{
	size_t	n = 0;

	for (; a < b; a++)
		n += t->v[a].kind == TOK_WORD || t->v[a].kind == TOK_NUM;
	return n;
}

/* Trim [a, b) of punctuation at both ends (not of quotation marks). */
static void
frames_trim(const struct tokens *t, uint32_t *a, uint32_t *b)
{
	while (*a < *b && t->v[*a].kind == TOK_PUNCT)
		(*a)++;
	while (*b > *a && t->v[*b - 1].kind == TOK_PUNCT &&
	    !(t->v[*b - 1].flags & TF_QUOTED))
		(*b)--;
}

/* Where content before a frame starts: the sentence, or the last frame. */
static size_t
frames_left_start(const struct frames *fs, size_t k, size_t s0)
{
	const struct frame	*f = &fs->v[k];
	size_t			 start = s0;

	if (k > 0 && fs->v[k - 1].sent == f->sent && fs->v[k - 1].last > s0 &&
	    fs->v[k - 1].last < f->first)
		start = fs->v[k - 1].last;
	return start;
}

/* Are the tokens [a, b) only marks and connectives ("But", "Now,")? */
static bool
frames_only_leads(const struct tokens *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (t->v[a].kind != TOK_PUNCT && !cues_is_adverb(t, a) &&
		    (speakers_class(t, a) & (SPK_STOP | SPK_DET)) != SPK_STOP)
			return false;
	return true;
}

/*
 * The content of "according to X": the clause after the comma that ends
 * X when the sentence opens with it (however long X: "According to early
 * results of exit polls conducted for ..., "), else all that comes before
 * it in the sentence: a source named last speaks for the whole ("X said
 * Y, according to Z").
 */
static void
frames_according(const struct tokens *t, struct frames *fs, size_t k,
    size_t s0, size_t s1, const uint8_t *starts)
{
	struct frame	*f = &fs->v[k];
	size_t		 after = f->who.last;

	while (after < s1 && after - f->cue.last < FRAMES_APPOSITIVE_REACH &&
	    !frames_is_comma(t, after) && t->v[after].kind != TOK_QUOTE)
		after++;
	if (after + 1 < s1 && frames_is_comma(t, after) &&
	    frames_only_leads(t, frames_left_start(fs, k, s0), f->cue.first)) {
		f->side = SIDE_RIGHT;
		f->content_first = (uint32_t)after + 1;
		f->content_last = (uint32_t)frames_clause_end(t, after + 1, s1,
		    starts);
	} else if (f->cue.first > s0) {
		f->side = SIDE_LEFT;
		f->content_first = (uint32_t)s0;
		f->content_last = f->cue.first;
	}
}

/* Is the frame right after a comma or a closing quotation mark? */
static bool
frames_after_break(const struct tokens *t, const struct frame *f, size_t s0)
{
	return f->first > s0 && (frames_is_comma(t, f->first - 1) ||
	    frames_is_closer(t, f->first - 1));
}

/*
 * Does the content start right at i: "that", a colon, a quotation, or
 * the infinitive of a cue that takes one ("declined to comment")?
 */
static bool
frames_opens_content(const struct tokens *t, const struct frame *f, size_t i)
{
	return f->colon || (i > 0 && tokens_eq(t, i - 1, "that") &&
	    !(t->v[i - 1].flags & TF_QUOTED)) || (i < t->n &&
	    ((t->v[i].flags & TF_OPEN) || ((f->cue.flags & CUE_TO) &&
	    tokens_eq(t, i, "to"))));
}

/*
 * Do the words [i, end) only say where or when ("at a rally", "on
 * Monday"), up to a comma that opens a clause of their own ("on Friday,
 * after a petition ...")?
 */
static bool
frames_only_adjunct(const struct tokens *t, size_t i, size_t end)
{
	size_t	n, k;

	for (k = i; k < end && !frames_is_comma(t, k); k++)
		;
	if (k < end && !frames_is(t, k + 1, FL_OPENERS))
		k = end;	/* "X, he said on Monday, is Y": parenthetical */
	n = frames_words(t, i, k);

	return n == 0 || (n <= 8 && (frames_is(t, i, FL_ADJUNCTS) ||
	    (speakers_class(t, i) & SPK_TIME)));
}

/*
 * Which side the content of frame k is on: after the cue, unless the
 * frame follows a quotation, or follows a comma and what comes after the
 * cue only says where or when ("..., she said at a rally"); words that
 * plainly open a content ("that", a colon) keep it after.
 */
static void
frames_side(const struct tokens *t, struct frames *fs, size_t k, size_t s0,
    size_t s1, const uint8_t *starts)
{
	struct frame	*f = &fs->v[k];
	size_t		 i = f->last, end;

	end = i < s1 ? frames_clause_end(t, i, s1, starts) : s1;
	if ((f->cue.flags & CUE_OPENER) && !frames_opens_content(t, f, i) &&
	    !frames_is(t, i, FL_AFTER_OPENER))
		end = i;	/* "warned shipping firms in August" */
	if (frames_is_comma(t, i) && i + 1 < s1 && frames_is(t, i + 1, FL_CONJUNCTIONS))
		end = i;	/* "officials said, and talks go on" */
	if (f->how != WHO_RIGHT && !frames_opens_content(t, f, i) &&
	    (frames_after_quote(t, f, s0) || (frames_after_break(t, f, s0) &&
	    frames_only_adjunct(t, i, end))))
		end = i;
	while (end > i && t->v[end - 1].kind == TOK_PUNCT)
		end--;
	end = frames_phrase_end(t, f, i, end);
	if (f->how != WHO_RIGHT && frames_words(t, i, end) > 0) {
		f->side = SIDE_RIGHT;
		f->content_first = (uint32_t)i;
		f->content_last = (uint32_t)end;
	} else if (frames_after_break(t, f, s0)) {
		f->side = SIDE_LEFT;	/* all the sentence before: "X, which Y
					   said, is Z, aides said" */
		f->content_first = (uint32_t)s0;
		f->content_last = f->first;
	}
}

/* Is "that" at i a determiner: "disputed that account."? */
static bool
frames_that_noun(const struct tokens *t, size_t i, size_t s1)
{
	return i + 2 <= s1 && t->v[i + 1].kind == TOK_WORD &&
	    (i + 2 == s1 || t->v[i + 2].kind == TOK_PUNCT);
}

/*
 * The content of an evidential is its subject and the rest of the clause:
 * "The change is expected to play out in several ways".
 */
static void
frames_seeming_content(const struct tokens *t, struct frames *fs, size_t k,
    size_t s0, size_t s1, const uint8_t *starts)
{
	struct frame	*f = &fs->v[k];
	struct mention	 m;
	size_t		 left = frames_left_start(fs, k, s0);

	f->side = SIDE_RIGHT;
	f->content_first = (uint32_t)left;
	if (f->cue.first > left && speakers_left(t, f->cue.first, left, &m))
		f->content_first = m.first;
	f->content_last = (uint32_t)frames_clause_end(t, f->cue.last, s1, starts);
}

/*
 * A relative clause ends at its comma ("Curiel, who declined to comment,
 * was born in Indiana"), as does a question put ("Asked whether it
 * rained, she said no").
 */
static void
frames_comma_end(const struct tokens *t, struct frame *f)
{
	uint32_t	i;

	for (i = f->content_first; i < f->content_last; i++)
		if (frames_is_comma(t, i)) {
			f->content_last = i;
			return;
		}
}

/* Read the content of frame k in sentence [s0, s1). */
static void
frames_content(const struct tokens *t, struct frames *fs, size_t k,
    size_t s0, size_t s1, const uint8_t *starts)
{
	struct frame	*f = &fs->v[k];
	size_t		 i;

	if (f->how == WHO_ACCORDING)
		frames_according(t, fs, k, s0, s1, starts);
	else if (f->seeming)
		frames_seeming_content(t, fs, k, s0, s1, starts);
	else {
		i = f->how == WHO_RIGHT ? f->who.last : f->cue.last;
		if (f->how == WHO_NONE)
			i = frames_skip_asker(t, i, s1, f);
		i = frames_skip_object(t, i, s1, f);
		i = frames_skip_adjuncts(t, i, s1);
		if (i < s1 && t->v[i].mark == MARK_COLON)
			f->colon = true, i++;
		else if (i + 1 < s1 && frames_is_comma(t, i) &&
		    (t->v[i + 1].flags & TF_OPEN))
			i++;
		if (i < s1 && tokens_eq(t, i, "that") && !frames_that_noun(t, i,
		    s1))
			i++;
		f->last = (uint32_t)i;
		frames_side(t, fs, k, s0, s1, starts);
		if ((f->relative || f->how == WHO_NONE) && f->side == SIDE_RIGHT)
			frames_comma_end(t, f);
	}
	frames_trim(t, &f->content_first, &f->content_last);
	if (f->content_first >= f->content_last)
		f->side = SIDE_NONE;
}

/*
 * A noun that carries a view ("support for", "Roe's claim that"): its
 * speaker is its possessor, if it has one.
 */
static bool
frames_noun(const struct tokens *t, size_t s0, size_t s1, const struct cue *c,
    struct frame *f)
{
	size_t	j = c->verb;

	if (j > s0 && (tokens_eq(t, j - 1, "to") || cues_is_aux(t, j - 1)))
		return false;	/* a verb: "declined to comment on" */
	memset(f, 0, sizeof *f);
	f->cue = *c;
	f->sent = t->v[j].sent;
	f->how = WHO_LEFT;
	f->first = f->stance_first = c->first;
	if (j > s0 + 1 && (t->v[j - 1].flags & TF_POSS) &&
	    speakers_left(t, j - 1, s0, &f->who) &&
	    f->who.kind != MENTION_PRONOUN) {
		f->who.last = (uint32_t)j;	/* "Roe's" */
		f->first = f->stance_first = f->who.first;
		f->guessed = true;
	} else if (j > s0 && speakers_subject(t, frames_clause_start(t, s0,
	    j - 1), j, &f->who) && f->who.last < c->first &&
	    f->who.kind != MENTION_DOCUMENT) {
		f->guessed = true;	/* "Roe voiced support for" */
	} else {
		memset(&f->who, 0, sizeof f->who);
		f->who.first = f->who.last = (uint32_t)j;
		f->unnamed = true;
	}
	return c->last < s1;
}

/* Bind every cue of sentence [s0, s1), verb or noun; a capitalised cue
 * word inside a sentence is a name ("Hope Hicks"). */
static void
frames_sentence(const struct tokens *t, size_t s0, size_t s1, struct frames *fs)
{
	struct cue	c, n;
	struct frame	f;
	size_t		i, first = fs->n;
	bool		verb;

	for (i = s0; i < s1; i++) {
		if ((t->v[i].flags & TF_QUOTED) || ((t->v[i].flags & TF_CAP) &&
		    !(t->v[i].flags & TF_SENT_START)))
			continue;
		verb = cues_match(t, i, &c);
		if (verb && frames_bind(t, s0, s1, &c, fs->n > first ?
		    &fs->v[fs->n - 1] : NULL, &f))
			frames_push(fs, &f);
		else if (cues_noun_match(t, i, &n) && frames_noun(t, s0, s1, &n,
		    &f)) {
			frames_push(fs, &f);
			c = n;
			verb = true;
		}
		if (verb)
			i = c.last - 1;
	}
}

/* The end of the sentence that starts at token s0. */
static size_t
frames_sentence_end(const struct tokens *t, size_t s0)
{
	size_t	i;

	for (i = s0 + 1; i < t->n && t->v[i].sent == t->v[s0].sent; i++)
		;
	return i;
}

/*
 * After a closing quotation mark at i, do a speaker and a cue follow and
 * end the sentence ('"Why?" Sanders asked.')?  Then the quotation, which
 * must have opened its sentence, and they are one sentence.
 */
bool
frames_joins(const struct tokens *t, size_t i)
{
	struct mention	m;
	struct cue	c;
	size_t		k;

	for (k = i; k > 0 && !((t->v[k].flags & TF_OPEN) &&
	    t->v[k].quote == t->v[i].quote); k--)
		;
	if (!(t->v[k].flags & TF_SENT_START))
		return false;
	for (k = i + 1; k < t->n && k - i <= SPEAKERS_REACH; k++) {
		if (t->v[k].kind != TOK_WORD || (t->v[k].flags & TF_LINE_START))
			return false;
		if (!(t->v[k].flags & TF_CAP) && cues_match(t, k, &c))
			return c.form != CUE_ING && frames_tail(t, c.last) &&
			    speakers_left(t, c.first, i + 1, &m) && m.first == i + 1;
	}
	return false;
}

/*
 * Build the lexicons of the word lists, once: frames_find runs first under
 * the engine's warm-up, before any two threads can race to.
 */
static void
frames_init(void)
{
	static const struct {
		const char *const	*words;
		size_t			 n;
	} lists[FL_COUNT] = {
	{ frames_adjuncts, sizeof frames_adjuncts / sizeof *frames_adjuncts },
	{ frames_conjunctions, sizeof frames_conjunctions / sizeof *frames_conjunctions },
	{ frames_after_opener, sizeof frames_after_opener / sizeof *frames_after_opener },
	{ frames_places, sizeof frames_places / sizeof *frames_places },
	{ frames_objects, sizeof frames_objects / sizeof *frames_objects },
	{ frames_before_participle, sizeof frames_before_participle / sizeof *frames_before_participle },
	{ frames_openers, sizeof frames_openers / sizeof *frames_openers },
	{ frames_question_words, sizeof frames_question_words / sizeof *frames_question_words },
	{ frames_asides, sizeof frames_asides / sizeof *frames_asides },
	{ frames_phrase_enders, sizeof frames_phrase_enders / sizeof *frames_phrase_enders },
	{ frames_time_leads, sizeof frames_time_leads / sizeof *frames_time_leads }
	};
	size_t	k;

	if (frames_lex[0].cap != 0)
		return;
	for (k = 0; k < FL_COUNT; k++)
		lexicon_build(&frames_lex[k], lists[k].words, lists[k].n,
		    sizeof *lists[k].words, 0);
}

void
frames_find(const struct tokens *t, struct frames *fs)
{
	uint8_t	*starts;
	size_t	 s0, s1, k = 0, i;

	frames_init();
	memset(fs, 0, sizeof *fs);
	for (s0 = 0; s0 < t->n; s0 = s1) {
		s1 = frames_sentence_end(t, s0);
		frames_sentence(t, s0, s1, fs);
	}
	starts = xcalloc(t->n + 1, 1);
	for (i = 0; i < fs->n; i++)	/* not "officials who backed X" */
		if (!fs->v[i].relative || !fs->v[i].guessed)
			starts[fs->v[i].how == WHO_CLAUSE ? fs->v[i].cue.first :
			    fs->v[i].first] = 1;
	for (s0 = 0; s0 < t->n; s0 = s1) {
		s1 = frames_sentence_end(t, s0);
		for (; k < fs->n && fs->v[k].first < s1; k++)
			frames_content(t, fs, k, s0, s1, starts);
	}
	free(starts);
}

void
frames_free(struct frames *fs)
{
	free(fs->v);
	memset(fs, 0, sizeof *fs);
}

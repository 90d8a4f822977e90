/*
 * Stance cues.  The frame (speaker, cue and what stands between) is read
 * against a table of phrases; refusal outranks correction, which outranks
 * denial, because "declined to deny" is a refusal and "clarified that he
 * did not" is a correction.  Content counts only for denial, and only when
 * the negation follows the subject of the first clause.
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "cues.h"
#include "lexicon.h"
#include "stance.h"

/* Rows sharing a first word are adjacent, longest first. */
static const struct {
	const char	*phrase;
	enum stance	 stance;
} stance_phrases[] = {
	{ "backpedaled", STANCE_CORRECTION },
	{ "backpedalled", STANCE_CORRECTION },
	{ "backtrack", STANCE_CORRECTION },
	{ "backtracked", STANCE_CORRECTION },
	{ "change the interpretation", STANCE_CORRECTION },
	{ "clarification", STANCE_CORRECTION },
	{ "clarified", STANCE_CORRECTION },
	{ "clarify", STANCE_CORRECTION },
	{ "clarifying", STANCE_CORRECTION },
	{ "correct the record", STANCE_CORRECTION },
	{ "corrected", STANCE_CORRECTION },
	{ "correction", STANCE_CORRECTION },
	{ "declined", STANCE_REFUSAL },
	{ "denial", STANCE_DENIAL },
	{ "denied", STANCE_DENIAL },
	{ "denies", STANCE_DENIAL },
	{ "deny", STANCE_DENIAL },
	{ "denying", STANCE_DENIAL },
	{ "did not respond", STANCE_REFUSAL },
	{ "did not return", STANCE_REFUSAL },
	{ "didn't respond", STANCE_REFUSAL },
	{ "didn't return", STANCE_REFUSAL },
	{ "dismissed", STANCE_DENIAL },
	{ "disputed", STANCE_DENIAL },
	{ "misinterpreted", STANCE_CORRECTION },
	{ "misquoted", STANCE_CORRECTION },
	{ "misspoke", STANCE_CORRECTION },
	{ "no comment", STANCE_REFUSAL },
	{ "out of context", STANCE_CORRECTION },
	{ "out of the context", STANCE_CORRECTION },
	{ "pushed back", STANCE_DENIAL },
	{ "refused", STANCE_REFUSAL },
	{ "refuted", STANCE_DENIAL },
	{ "rejected", STANCE_DENIAL },
	{ "retracted", STANCE_CORRECTION },
	{ "walk back", STANCE_CORRECTION },
	{ "walks back", STANCE_CORRECTION },
	{ "walked back", STANCE_CORRECTION },
	{ "withdrew", STANCE_CORRECTION },
	{ "would not comment", STANCE_REFUSAL },
	{ "would not say", STANCE_REFUSAL },
	{ "wouldn't comment", STANCE_REFUSAL },
	{ "wouldn't say", STANCE_REFUSAL },
};

/* Negations that deny when they follow a subject. */
static const char *const stance_negations[] = {
	"aren't", "didn't", "doesn't", "don't", "hadn't", "hasn't",
	"haven't", "isn't", "never", "no", "nobody", "not", "nothing",
	"wasn't", "weren't", "won't",
};

/* Negations that deny even as the first word: "No pilot was asked". */
static const char *const stance_subject_negations[] = {
	"neither", "never", "no", "nobody", "none", "nothing",
};

/* After a negation, words that make it a hedge, not a denial. */
static const char *const stance_hedges[] = {
	"all", "always", "entirely", "just", "necessarily", "only", "quite",
	"so", "too", "very", "yet",
};

/* Words that call what they answer false. */
static const char *const stance_false[] = {
	"baseless", "fabricated", "false", "falsehood", "nonsense", "untrue",
};

static struct lexicon	stance_phrase_lex, stance_neg_lex, stance_hedge_lex,
			stance_false_lex, stance_first_lex;

#define STANCE_BUILD(lx, tab) \
	lexicon_build(&(lx), (tab), sizeof (tab) / sizeof *(tab), \
	    sizeof *(tab), 0)

static void
stance_init(void)
{
	STANCE_BUILD(stance_phrase_lex, stance_phrases);
	STANCE_BUILD(stance_neg_lex, stance_negations);
	STANCE_BUILD(stance_hedge_lex, stance_hedges);
	STANCE_BUILD(stance_false_lex, stance_false);
	STANCE_BUILD(stance_first_lex, stance_subject_negations);
}

/* Does phrase p match the tokens from i, before end? */
static bool
stance_phrase_at(const struct tokens *t, size_t i, size_t end, const char *p)
{
	for (;;) {
		if (i >= end || !tokens_eq(t, i, p))
			return false;
		p += lexicon_first_word(p);
		if (*p == '\0')
			return true;
		p++;
		i++;
	}
}

/*
 * Past a relative clause closed before last ("Another miller, who
 * declined to be named, said"): it tells of the speaker, not of what
 * the speaker says.  Else i.
 */
static size_t
stance_skip_relative(const struct tokens *t, size_t i, size_t last)
{
	size_t	j;

	if (t->v[i].mark != MARK_COMMA || !(tokens_eq(t, i + 1, "who") ||
	    tokens_eq(t, i + 1, "which")))
		return i;
	for (j = i + 2; j < last; j++)
		if (t->v[j].mark == MARK_COMMA)
			return j;
	return i;
}

/* The strongest stance cue among the tokens [first, last). */
enum stance
stance_of_frame(const struct tokens *t, size_t first, size_t last)
{
	const size_t	n = sizeof stance_phrases / sizeof *stance_phrases;
	enum stance	best = STANCE_CLAIM, s;
	static const int rank[STANCE_COUNT] = { 0, 1, 2, 3 };
	size_t		i, r;
	int32_t		k;

	stance_init();
	for (i = first; i < last; i++) {
		i = stance_skip_relative(t, i, last);
		if ((k = lexicon_find(&stance_phrase_lex, t, i)) < 0)
			continue;
		for (r = (size_t)k; r < n && tokens_eq(t, i,
		    stance_phrases[r].phrase); r++) {
			if (!stance_phrase_at(t, i, last, stance_phrases[r].phrase))
				continue;
			s = stance_phrases[r].stance;
			if (rank[s] > rank[best])
				best = s;
			break;
		}
	}
	return best;
}

/*
 * Is the first clause of the content [first, last) negated: a negation
 * after at least one word of subject ("had no contact") or standing for
 * it ("Nobody was asked"), within the first few words, and not a hedge
 * ("not only", "not always")?
 */
bool
stance_negated(const struct tokens *t, size_t first, size_t last)
{
	size_t	i, words = 0;

	stance_init();
	for (i = first; i < last && i < first + 10; i++) {
		if (t->v[i].mark == MARK_COMMA || t->v[i].mark == MARK_SEMI)
			return false;
		if (t->v[i].kind != TOK_WORD)
			continue;
		if (words >= 4 && (tokens_eq(t, i, "and") || tokens_eq(t, i, "but")))
			return false;	/* a second clause: "raise prices and
					   save nobody" */
		if (lexicon_find(&stance_false_lex, t, i) >= 0)
			return true;
		if ((words > 0 && lexicon_find(&stance_neg_lex, t, i) >= 0) ||
		    (words == 0 && lexicon_find(&stance_first_lex, t, i) >= 0 &&
		    i + 1 < last && t->v[i + 1].kind == TOK_WORD))
			return lexicon_find(&stance_hedge_lex, t, i + 1) < 0 &&
			    !tokens_eq(t, i - 1, "cannot") &&
			    !tokens_eq(t, i - 1, "could");
		words++;
	}
	return false;
}

/*
 * The stance of an attribution: its frame, then its content, where a
 * correction is one ("my words were taken out of context") though a
 * denial or refusal there is about someone else.
 */
enum stance
stance_of(const struct tokens *t, size_t frame_first, size_t frame_last,
    size_t content_first, size_t content_last)
{
	enum stance	s = stance_of_frame(t, frame_first, frame_last);

	if (s != STANCE_CLAIM)
		return s;
	if (stance_of_frame(t, content_first, content_last) == STANCE_CORRECTION)
		return STANCE_CORRECTION;	/* "taken out of context" */
	if (content_last - content_first >= 4 &&
	    stance_negated(t, content_first, content_last))
		return STANCE_DENIAL;
	return STANCE_CLAIM;
}

/*
 * The attribution engine: tokens, quotation marks and cue frames are
 * found once; then every quotation goes through a list of sieves ordered
 * from the most precise ('"...," she said') to the loosest (the speaker of
 * the previous paragraph), as in CoreNLP's quote attribution, and the
 * first sieve that names a speaker wins.  Frames whose content is not
 * (mostly) quoted become reported speech.  Outlets and documents that
 * frame other attributions become their relays.  Each attribution keeps
 * the name of the rule that made it and that rule's confidence.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "coref.h"
#include "cues.h"
#include "frames.h"
#include "quotes.h"
#include "relays.h"
#include "stance.h"
#include "xmalloc.h"

#define ATTRIB_RULES(X)						\
	X(SPEAKER_CUE_QUOTE, "speaker-cue-quote", 0.95f)	\
	X(QUOTE_CUE_SPEAKER, "quote-cue-speaker", 0.95f)	\
	X(PARTIAL_QUOTE, "partial-quote", 0.85f)		\
	X(LABEL, "transcript-label", 0.9f)			\
	X(DASH, "quote-dash-speaker", 0.85f)			\
	X(COLON_QUOTE, "speaker-colon-quote", 0.85f)		\
	X(COLON_INTRO, "colon-introduction", 0.75f)		\
	X(SAME_SENTENCE, "same-sentence-cue", 0.7f)		\
	X(SUBJECT, "sentence-subject", 0.5f)			\
	X(CONTINUED, "continued-quote", 0.85f)			\
	X(SAME_PARAGRAPH, "same-paragraph-speaker", 0.65f)	\
	X(AFTER_SPEAKER, "paragraph-after-speaker", 0.55f)	\
	X(NEAREST, "nearest-earlier-speaker", 0.35f)		\
	X(UNATTRIBUTED, "unattributed-quote", 0.3f)		\
	X(CUE_CONTENT, "speaker-cue-content", 0.8f)		\
	X(CONTENT_CUE, "content-cue-speaker", 0.8f)		\
	X(ACCORDING, "according-to", 0.8f)			\
	X(PARTICIPLE, "participle-cue", 0.7f)			\
	X(QUESTION, "question-put", 0.6f)			\
	X(SEEMING, "evidential-no-source", 0.3f)		\
	X(UNNAMED, "cue-content-unnamed", 0.5f)			\
	X(LINE_LABEL, "transcript-line", 0.8f)

enum attrib_rule {
#define X(id, name, conf) RULE_##id,
	ATTRIB_RULES(X)
#undef X
	RULE_COUNT
};

static const struct {
	const char	*name;
	float		 confidence;
} attrib_rules[] = {
#define X(id, name, conf) { name, conf },
	ATTRIB_RULES(X)
#undef X
};

static const char *const attrib_stance_names[] = {
#define X(id, name) name,
	ATTRIB_STANCES(X)
#undef X
};

static const char *const attrib_kind_names[] = {
#define X(id, name) name,
	ATTRIB_SOURCE_KINDS(X)
#undef X
};

/* Share of a content's words that quotation marks must cover for the
 * quotation to stand for the whole. */
#define ATTRIB_QUOTED_SHARE	0.6

/* What made an attribution, kept beside it until via and stance are read. */
struct attrib_meta {
	int32_t		frame;		/* the frame, or -1 */
	uint32_t	sent;
	uint32_t	first;		/* content tokens */
	uint32_t	last;
};

/* An attribution or a frame whose speaker a quotation may borrow. */
struct lender {
	uint32_t	pos;		/* token */
	int32_t		attr;		/* attribution, or -1 */
	int32_t		frame;		/* else this frame */
};

/* What a sieve found for a quotation. */
struct pick {
	enum attrib_rule rule;
	int32_t		 frame;		/* -1 when the speaker came otherwise */
	int32_t		 from;		/* attribution copied, or -1 */
	int		 speaker;
	struct mention	 who;		/* for the colon and subject rules */
	bool		 has_who;
	int32_t		 cue_tok;	/* the cue token of those, or -1 */
	uint32_t	 text_from;	/* the quotation starts here, if not 0 */
};

struct attrib_ctx {
	struct tokens		 t;
	struct quotes		 q;
	struct frames		 fs;
	struct coref		 co;
	struct attrib_result	*r;
	struct attrib_meta	*meta;
	size_t			 cap;
	int			*speaker;	/* per frame */
	bool			*relay;		/* per frame */
	size_t			*sent_frames;	/* first frame of each sentence */
	int32_t			*qattr;		/* per quotation */
	struct lender		*lenders;	/* by position */
	size_t			 nlenders;
	int			 last_relay;
};

const char *
attrib_stance_name(enum stance s)
{
	return (unsigned)s < STANCE_COUNT ? attrib_stance_names[s] : "claim";
}

int
attrib_stance_parse(const char *s)
{
	int	i;

	for (i = 0; s != NULL && i < STANCE_COUNT; i++)
		if (strcmp(s, attrib_stance_names[i]) == 0)
			return i;
	return -1;
}

const char *
attrib_kind_name(enum source_kind k)
{
	return (unsigned)k < SOURCE_KIND_COUNT ? attrib_kind_names[k] : "person";
}

void
attrib_result_free(struct attrib_result *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].role);
		free(r->v[i].via);
	}
	for (i = 0; i < r->nsrc; i++) {
		free(r->src[i].name);
		free(r->src[i].role);
		free(r->src[i].mentions);
	}
	free(r->v);
	free(r->src);
	memset(r, 0, sizeof *r);
}

/* ---- helpers over tokens ---- */

static struct span
attrib_bytes(const struct tokens *t, uint32_t first, uint32_t last)
{
	struct span	s = { 0, 0 };

	if (first < last) {
		s.start = t->v[first].start;
		s.end = t->v[last - 1].end;
	}
	return s;
}

static size_t
attrib_words(const struct tokens *t, uint32_t first, uint32_t last,
    bool quoted_only)
{
	size_t	n = 0;

	for (; first < last; first++)
		if ((t->v[first].kind == TOK_WORD || t->v[first].kind == TOK_NUM) &&
		    (!quoted_only || (t->v[first].flags & TF_QUOTED)))
			n++;
	return n;
}

/* A name of a work or a show ("Meet the Press"): short, every word capital. */
static bool
attrib_title_like(const struct tokens *t, const struct quote *q)
{
	static const char *const small[] = {
		"a", "an", "and", "at", "for", "in", "of", "on", "the", "to",
	};
	uint32_t	i;
	size_t		k;
	bool		is_small;

	if (q->nwords > 6)
		return false;
	for (i = q->first; i < q->last; i++) {
		if (t->v[i].kind != TOK_WORD || (t->v[i].flags & TF_CAP))
			continue;
		for (k = 0, is_small = false; k < sizeof small / sizeof *small; k++)
			is_small |= tokens_eq(t, i, small[k]);
		if (!is_small)
			return false;
	}
	return true;
}

/* Frames of sentence s: [*a, *b). */
static void
attrib_sent_frames(const struct attrib_ctx *c, uint32_t s, size_t *a, size_t *b)
{
	*a = c->sent_frames[s];
	*b = c->sent_frames[s + 1];
}

/* Was frame k's speaker read from afar, or not at all?  Then it lends
 * no one to quotations elsewhere. */
static bool
attrib_far(const struct attrib_ctx *c, int32_t k)
{
	return k >= 0 && (c->fs.v[k].unnamed || c->fs.v[k].guessed);
}

/* ---- adding attributions ---- */

static struct attribution *
attrib_push(struct attrib_ctx *c, enum attrib_rule rule, struct attrib_meta m)
{
	struct attrib_result	*r = c->r;
	struct attribution	*a;

	if (r->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		r->v = xreallocarray(r->v, c->cap, sizeof *r->v);
		c->meta = xreallocarray(c->meta, c->cap, sizeof *c->meta);
	}
	c->meta[r->n] = m;
	a = &r->v[r->n++];
	memset(a, 0, sizeof *a);
	a->speaker = -1;
	a->rule = attrib_rules[rule].name;
	a->confidence = attrib_rules[rule].confidence;
	return a;
}

/* Speaker, mention, role and cue of a from frame k. */
static void
attrib_from_frame(struct attrib_ctx *c, struct attribution *a, size_t k)
{
	const struct frame	*f = &c->fs.v[k];
	const struct tokens	*t = &c->t;

	a->speaker = c->speaker[k];
	a->mention = attrib_bytes(t, f->who.first, f->who.last);
	a->cue = attrib_bytes(t, f->cue.first, f->cue.last);
	if (f->role_first < f->role_last)
		a->role = coref_text(t, f->role_first, f->role_last);
	else if (f->who.role_first < f->who.role_last)
		a->role = coref_text(t, f->who.role_first, f->who.role_last);
	if (a->speaker < 0)
		a->confidence *= 0.7f;
}

/* ---- quotation sieves, most precise first ---- */

/*
 * The frame of the quotation's sentence whose content holds it: the one
 * right after it ('"...," she said'), else the innermost.
 */
static bool
attrib_sieve_frame(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct quote	*q = &c->q.v[qi];
	const struct frame	*f;
	size_t			 a, b, k, words;
	long			 best = -1;

	attrib_sent_frames(c, c->t.v[q->open].sent, &a, &b);
	for (k = a; k < b; k++) {
		f = &c->fs.v[k];
		if (f->side == SIDE_NONE || c->relay[k] || f->unnamed ||
		    (f->relative && f->guessed) || (f->cue.flags & CUE_NOUN) ||
		    q->open < f->content_first ||
		    q->open >= f->content_last)
			continue;
		if (f->side == SIDE_LEFT && f->first <= q->close + 2) {
			best = (long)k;		/* '"...," she said' */
			break;
		}
		if (best < 0 || f->content_first >= c->fs.v[best].content_first)
			best = (long)k;
	}
	if (best < 0)
		return false;
	f = &c->fs.v[best];
	words = attrib_words(&c->t, f->content_first, f->content_last, false);
	p->frame = (int32_t)best;
	if (q->nwords < ATTRIB_QUOTED_SHARE * (double)words)
		p->rule = RULE_PARTIAL_QUOTE;
	else
		p->rule = f->side == SIDE_LEFT ? RULE_QUOTE_CUE_SPEAKER :
		    RULE_SPEAKER_CUE_QUOTE;
	return true;
}

/*
 * A colon introduces the quotation, in its sentence or at the end of the
 * paragraph before: 'Hicks: "..."', or 'Clinton has since apologized:
 * "..."'.  The speaker is the phrase before the colon when that is the
 * whole sentence, else the sentence's subject.
 */
static bool
attrib_sieve_colon(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct quote	*q = &c->q.v[qi];
	const struct tokens	*t = &c->t;
	size_t			 colon = q->open - 1, s0;

	if (q->open == 0 || t->v[colon].mark != MARK_COLON ||
	    (t->v[colon].flags & TF_QUOTED))
		return false;
	for (s0 = colon; s0 > 0 && t->v[s0 - 1].sent == t->v[colon].sent; s0--)
		;
	if (speakers_left(t, colon, s0, &p->who) && p->who.first == s0)
		p->rule = RULE_COLON_QUOTE;
	else if (speakers_subject(t, s0, colon, &p->who))
		p->rule = RULE_COLON_INTRO;
	else
		return false;
	p->has_who = p->who.kind != MENTION_DOCUMENT;
	p->cue_tok = (int32_t)colon;
	return p->has_who;
}

/* Is the quotation among the words between a cue and its content ("told
 * "Meet the Press" that")? */
static bool
attrib_in_frame_words(const struct attrib_ctx *c, size_t qi, size_t a, size_t b)
{
	const struct quote	*q = &c->q.v[qi];
	size_t			 k;

	for (k = a; k < b; k++)
		if (q->open >= c->fs.v[k].cue.last && q->open < c->fs.v[k].last)
			return true;
	return false;
}

/* The nearest frame of the same sentence. */
static bool
attrib_sieve_sentence(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct quote	*q = &c->q.v[qi];
	size_t			 a, b, k, d, bestd = (size_t)-1;
	long			 best = -1;

	if (attrib_title_like(&c->t, q))
		return false;
	attrib_sent_frames(c, c->t.v[q->open].sent, &a, &b);
	if (attrib_in_frame_words(c, qi, a, b))
		return false;
	for (k = a; k < b; k++) {
		if (c->relay[k] || c->speaker[k] < 0 || attrib_far(c, (int32_t)k))
			continue;
		d = c->fs.v[k].cue.verb > q->open ? c->fs.v[k].cue.verb - q->open :
		    q->open - c->fs.v[k].cue.verb;
		if (d < bestd) {
			bestd = d;
			best = (long)k;
		}
	}
	if (best < 0)
		return false;
	p->frame = (int32_t)best;
	p->rule = RULE_SAME_SENTENCE;
	return true;
}

/* The first token of the sentence that token i is in. */
static size_t
attrib_sentence_start(const struct tokens *t, size_t i)
{
	while (i > 0 && t->v[i - 1].sent == t->v[i].sent)
		i--;
	return i;
}

/*
 * A quotation inside a sentence with no cue we know ("Moore thanked him
 * for "..."", "the crowd chanted "...""): the subject of the sentence,
 * if a verb follows it.  A title in capitals counts only as what the verb
 * names ("labeled it "Mostly True"", "hailed him as "The Comeback Kid"").
 */
static bool
attrib_sieve_subject(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct tokens	*t = &c->t;
	const struct quote	*q = &c->q.v[qi];
	size_t			 s0 = attrib_sentence_start(t, q->open), v;

	if (s0 == q->open ||
	    !speakers_subject(t, s0, q->open, &p->who) || p->who.last >= q->open)
		return false;
	for (v = p->who.last; v < q->open && (cues_is_aux(t, v) ||
	    cues_is_adverb(t, v)); v++)
		;
	if (v >= q->open || t->v[v].kind != TOK_WORD ||
	    (t->v[v].flags & (TF_CAP | TF_QUOTED)) ||
	    (speakers_class(t, v) & (SPK_PREP | SPK_DET | SPK_STOP)))
		return false;
	if (attrib_title_like(t, q) && v + 1 != q->open &&
	    !tokens_eq(t, q->open - 1, "as") &&
	    !(speakers_class(t, q->open - 1) & SPK_DET))
		return false;	/* a title: "appeared on "Coastal Morning"" */
	p->has_who = true;
	p->cue_tok = (int32_t)v;
	p->rule = RULE_SUBJECT;
	return true;
}

/* A phrase of names [i, end) standing alone, as a mention. */
static void
attrib_name_mention(uint32_t i, uint32_t end, struct mention *m)
{
	memset(m, 0, sizeof *m);
	m->first = m->name_first = m->role_first = m->role_last = i;
	m->last = m->name_last = end;
	m->kind = MENTION_NAME;
}

/*
 * A transcript: the quotation opens with a speaker's label in capitals
 * ('"WALLACE: Governor, ...'); the quotation is what follows the label.
 */
static bool
attrib_sieve_label(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct tokens	*t = &c->t;
	const struct quote	*q = &c->q.v[qi];
	uint32_t		 i;

	for (i = q->first; i < q->last && i - q->first < 3 &&
	    (t->v[i].flags & TF_UPPER); i++)
		;
	if (i == q->first || i + 1 >= q->last || t->v[i].mark != MARK_COLON)
		return false;
	attrib_name_mention(q->first, i, &p->who);
	p->has_who = true;
	p->cue_tok = (int32_t)i;
	p->text_from = i + 1;
	p->rule = RULE_LABEL;
	return true;
}

/* A quotation signed with a dash: '"..." - Jane Roe'. */
static bool
attrib_sieve_dash(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct tokens	*t = &c->t;
	const struct quote	*q = &c->q.v[qi];
	size_t			 d = q->close + 1, end;

	if (q->flags & QUOTE_UNCLOSED || d + 1 >= t->n ||
	    t->v[d].mark != MARK_DASH || t->v[d].line != t->v[q->close].line ||
	    !speakers_right(t, d + 1, t->n, &p->who) ||
	    p->who.kind == MENTION_PRONOUN)
		return false;
	end = p->who.last;
	if (end < t->n && !(t->v[end].flags & TF_LINE_START) &&
	    t->v[end].mark != MARK_PERIOD && t->v[end].mark != MARK_COMMA)
		return false;
	p->has_who = true;
	p->cue_tok = (int32_t)d;
	p->rule = RULE_DASH;
	return true;
}

typedef bool (*attrib_sieve)(struct attrib_ctx *, size_t, struct pick *);

/* Sieves that read only the quotation's own sentence. */
static const attrib_sieve attrib_local_sieves[] = {
	attrib_sieve_label,
	attrib_sieve_frame,
	attrib_sieve_dash,
	attrib_sieve_colon,
	attrib_sieve_sentence,
	attrib_sieve_subject,
};

/* A quotation re-opened at a paragraph start continues the last one. */
static bool
attrib_sieve_continued(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	int32_t	prev = c->q.v[qi].prev;

	if (prev < 0 || c->qattr[prev] < 0)
		return false;
	p->from = c->qattr[prev];
	p->rule = RULE_CONTINUED;
	return true;
}

/* Does attribution i name someone, resolved or not? */
static bool
attrib_has_speaker(const struct attrib_ctx *c, size_t i)
{
	return c->r->v[i].speaker >= 0 || c->r->v[i].mention.end >
	    c->r->v[i].mention.start;
}

static int
attrib_lender_cmp(const void *x, const void *y)
{
	const struct lender	*a = x, *b = y;

	return (a->pos > b->pos) - (a->pos < b->pos);
}

static void
attrib_lend(struct attrib_ctx *c, uint32_t pos, int32_t attr, int32_t frame)
{
	c->lenders[c->nlenders].pos = pos;
	c->lenders[c->nlenders].attr = attr;
	c->lenders[c->nlenders++].frame = frame;
}

/*
 * Index what may lend a speaker, by position: attributions that name one,
 * and frames that name one but had no content of their own ("Bystrom
 * agreed.").
 */
static void
attrib_index_lenders(struct attrib_ctx *c)
{
	size_t	i;

	c->lenders = xcalloc(c->r->n + c->fs.n + 1, sizeof *c->lenders);
	c->nlenders = 0;
	for (i = 0; i < c->r->n; i++)
		if (attrib_has_speaker(c, i) && !attrib_far(c, c->meta[i].frame))
			attrib_lend(c, c->meta[i].first, (int32_t)i, -1);
	for (i = 0; i < c->fs.n; i++)
		if (c->fs.v[i].side == SIDE_NONE && !c->relay[i] &&
		    !attrib_far(c, (int32_t)i))
			attrib_lend(c, c->fs.v[i].cue.verb, -1, (int32_t)i);
	qsort(c->lenders, c->nlenders, sizeof *c->lenders, attrib_lender_cmp);
}

/* How many lenders lie before token pos. */
static size_t
attrib_lenders_before(const struct attrib_ctx *c, uint32_t pos)
{
	size_t	lo = 0, hi = c->nlenders, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->lenders[mid].pos < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static uint32_t
attrib_line_of(const struct attrib_ctx *c, size_t k)
{
	return c->t.v[c->lenders[k].pos].line;
}

/* Borrow the speaker of lender k. */
static void
attrib_borrow(const struct attrib_ctx *c, size_t k, struct pick *p)
{
	p->from = c->lenders[k].attr;
	p->frame = c->lenders[k].frame;
}

/* The nearest attribution of the paragraph that names a speaker: the one
 * before, else the one after. */
static bool
attrib_sieve_paragraph(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct quote	*q = &c->q.v[qi];
	uint32_t		 line = c->t.v[q->open].line;
	size_t			 k;

	if (q->nwords < 2 || attrib_title_like(&c->t, q))
		return false;
	k = attrib_lenders_before(c, q->open);
	if (k > 0 && attrib_line_of(c, k - 1) == line)
		attrib_borrow(c, k - 1, p);
	else if (k < c->nlenders && attrib_line_of(c, k) == line)
		attrib_borrow(c, k, p);
	else
		return false;
	p->rule = RULE_SAME_PARAGRAPH;
	return true;
}

/* A paragraph that opens with a quotation: the last speaker before it, in
 * the paragraph before. */
static bool
attrib_sieve_after_speaker(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct tokens	*t = &c->t;
	const struct quote	*q = &c->q.v[qi];
	uint32_t		 line = t->v[q->open].line;
	size_t			 k;

	if (!(t->v[q->open].flags & TF_LINE_START) || line == 0 ||
	    q->nwords < 3 || attrib_title_like(t, q))
		return false;
	k = attrib_lenders_before(c, q->open);
	if (k == 0 || attrib_line_of(c, k - 1) + 1 != line)
		return false;
	attrib_borrow(c, k - 1, p);
	p->rule = RULE_AFTER_SPEAKER;
	return true;
}

/*
 * The last resort: the speaker named last before the quotation, within
 * the two paragraphs before it.  A guess, and its confidence says so.
 */
static bool
attrib_sieve_nearest(struct attrib_ctx *c, size_t qi, struct pick *p)
{
	const struct quote	*q = &c->q.v[qi];
	uint32_t		 line = c->t.v[q->open].line;
	size_t			 k;

	if (q->nwords < 4 || attrib_title_like(&c->t, q))
		return false;
	k = attrib_lenders_before(c, q->open);
	if (k == 0 || attrib_line_of(c, k - 1) + 2 < line)
		return false;
	attrib_borrow(c, k - 1, p);
	p->rule = RULE_NEAREST;
	return true;
}

/* Sieves that look at other quotations, run once all have had the first. */
static const attrib_sieve attrib_wide_sieves[] = {
	attrib_sieve_continued,
	attrib_sieve_paragraph,
	attrib_sieve_after_speaker,
	attrib_sieve_nearest,
};

/* Add the direct attribution for quotation qi as picked. */
static void
attrib_quote_add(struct attrib_ctx *c, size_t qi, const struct pick *p)
{
	const struct quote	*q = &c->q.v[qi];
	struct attrib_meta	 m = { p->frame, c->t.v[q->open].sent, q->first,
				       q->last };
	struct attribution	*a = attrib_push(c, p->rule, m);
	struct attribution	*from;

	a->quote = q->text;
	if (p->text_from > 0)
		a->quote.start = c->t.v[p->text_from].start;
	a->direct = true;
	c->qattr[qi] = (int32_t)(c->r->n - 1);
	if (p->frame >= 0)
		attrib_from_frame(c, a, (size_t)p->frame);
	else if (p->has_who) {
		a->speaker = coref_resolve(&c->co, &p->who);
		a->mention = attrib_bytes(&c->t, p->who.first, p->who.last);
		a->cue = attrib_bytes(&c->t, (uint32_t)p->cue_tok,
		    (uint32_t)p->cue_tok + 1);
		if (p->who.role_first < p->who.role_last)
			a->role = coref_text(&c->t, p->who.role_first,
			    p->who.role_last);
	} else if (p->from >= 0) {
		from = &c->r->v[p->from];
		a->speaker = from->speaker;
		a->mention = from->mention;
		a->cue = from->cue;
		a->role = from->role != NULL ? xstrdup(from->role) : NULL;
		c->meta[c->r->n - 1].frame = c->meta[p->from].frame;
	}
}

static void
attrib_pick_init(struct pick *p)
{
	memset(p, 0, sizeof *p);
	p->frame = -1;
	p->from = -1;
	p->cue_tok = -1;
}

/* The sieves that read a quotation's own sentence, for every quotation. */
static void
attrib_quotes_local(struct attrib_ctx *c)
{
	struct pick	p;
	size_t		qi, k;

	for (qi = 0; qi < c->q.n; qi++) {
		attrib_pick_init(&p);
		for (k = 0; k < sizeof attrib_local_sieves /
		    sizeof *attrib_local_sieves; k++)
			if (attrib_local_sieves[k](c, qi, &p)) {
				attrib_quote_add(c, qi, &p);
				break;
			}
	}
}

/*
 * Then the sieves that borrow a speaker from elsewhere, in text order so
 * that a borrowed speaker can be lent again; what none attributes is kept
 * unattributed if it reads like speech, and dropped as a scare quote or a
 * title if it does not.
 */
static void
attrib_quotes_wide(struct attrib_ctx *c)
{
	const size_t	n = sizeof attrib_wide_sieves / sizeof *attrib_wide_sieves;
	struct pick	p;
	size_t		qi, k;

	attrib_index_lenders(c);
	for (qi = 0; qi < c->q.n; qi++) {
		if (c->qattr[qi] >= 0)
			continue;
		attrib_pick_init(&p);
		for (k = 0; k < n && !attrib_wide_sieves[k](c, qi, &p); k++)
			;
		if (k == n) {
			if (c->q.v[qi].nwords < 4 ||
			    attrib_title_like(&c->t, &c->q.v[qi]))
				continue;
			p.rule = RULE_UNATTRIBUTED;
		}
		attrib_quote_add(c, qi, &p);
	}
}

/* ---- reported speech ---- */

static enum attrib_rule
attrib_frame_rule(const struct frame *f)
{
	if (f->how == WHO_ACCORDING)
		return RULE_ACCORDING;
	if (f->seeming)
		return RULE_SEEMING;
	if (f->unnamed)
		return RULE_UNNAMED;
	if (f->how == WHO_NONE)
		return RULE_QUESTION;
	if (f->how == WHO_CLAUSE)
		return RULE_PARTICIPLE;
	return f->side == SIDE_LEFT ? RULE_CONTENT_CUE : RULE_CUE_CONTENT;
}

/* Frames whose content is not (mostly) quoted are reported speech. */
static void
attrib_reported(struct attrib_ctx *c)
{
	const struct tokens	*t = &c->t;
	const struct frame	*f;
	struct attribution	*a;
	size_t			 k, words, quoted;

	for (k = 0; k < c->fs.n; k++) {
		f = &c->fs.v[k];
		if (c->relay[k] || f->side == SIDE_NONE)
			continue;
		words = attrib_words(t, f->content_first, f->content_last, false);
		quoted = attrib_words(t, f->content_first, f->content_last, true);
		if (words == 0 || quoted >= ATTRIB_QUOTED_SHARE * (double)words)
			continue;
		if ((f->cue.flags & CUE_QUOTING) && !(f->content_first > 0 &&
		    tokens_eq(t, f->content_first - 1, "that")))
			continue;	/* "the crowd chanted" names no claim */
		a = attrib_push(c, attrib_frame_rule(f), (struct attrib_meta){
		    (int32_t)k, f->sent, f->content_first, f->content_last });
		a->quote = attrib_bytes(t, f->content_first, f->content_last);
		attrib_from_frame(c, a, k);
	}
}

/* Labels that open a line but name no speaker. */
static const char *const attrib_not_labels[] = {
	"clarification", "correction", "disclosure", "editor", "listen",
	"note", "photo", "read", "related", "source", "subscribe", "tags",
	"update", "updated", "video", "warning", "watch",
};

/*
 * The label of a transcript line at token i ("WALLACE:", "Q:", "Luciana
 * Lopez:"): where its colon is, or 0.
 */
static size_t
attrib_line_label(const struct tokens *t, size_t i)
{
	size_t	k, n = sizeof attrib_not_labels / sizeof *attrib_not_labels, w;

	for (k = i; k < t->n && k - i < 3 && t->v[k].kind == TOK_WORD &&
	    (t->v[k].flags & TF_CAP) && !(t->v[k].flags & TF_QUOTED) &&
	    !(speakers_class(t, k) & (SPK_STOP | SPK_DET | SPK_TIME)); k++)
		for (w = 0; w < n; w++)
			if (tokens_eq(t, k, attrib_not_labels[w]))
				return 0;
	if (k == i || k + 3 >= t->n || t->v[k].mark != MARK_COLON ||
	    t->v[k + 1].kind == TOK_QUOTE || t->v[k + 1].line != t->v[i].line)
		return 0;
	return k;
}

/*
 * Transcripts without quotation marks: each line that opens with a
 * speaker's label is what that speaker said.
 */
static void
attrib_transcript_lines(struct attrib_ctx *c)
{
	const struct tokens	*t = &c->t;
	struct attribution	*a;
	struct mention		 m;
	size_t			 i, colon, end;

	for (i = 0; i < t->n; i++) {
		if (!(t->v[i].flags & TF_LINE_START) ||
		    (colon = attrib_line_label(t, i)) == 0)
			continue;
		for (end = colon + 1; end < t->n && t->v[end].line == t->v[i].line;
		    end++)
			;
		if (attrib_words(t, (uint32_t)colon + 1, (uint32_t)end, false) < 3)
			continue;
		attrib_name_mention((uint32_t)i, (uint32_t)colon, &m);
		a = attrib_push(c, RULE_LINE_LABEL, (struct attrib_meta){ -1,
		    t->v[colon].sent, (uint32_t)colon + 1, (uint32_t)end });
		a->quote = attrib_bytes(t, (uint32_t)colon + 1, (uint32_t)end);
		a->speaker = coref_resolve(&c->co, &m);
		a->mention = attrib_bytes(t, (uint32_t)i, (uint32_t)colon);
		a->cue = attrib_bytes(t, (uint32_t)colon, (uint32_t)colon + 1);
	}
}

/* ---- speakers and relays ---- */

/* Index the frames by sentence. */
static void
attrib_index_sentences(struct attrib_ctx *c)
{
	size_t	s, k = 0;

	c->sent_frames = xcalloc(c->t.nsent + 2, sizeof *c->sent_frames);
	for (s = 0; s <= c->t.nsent; s++) {
		while (k < c->fs.n && c->fs.v[k].sent < s)
			k++;
		c->sent_frames[s] = k;
	}
	c->sent_frames[c->t.nsent + 1] = c->fs.n;
}

/* Register every outlet the article names, in order. */
static void
attrib_outlets(struct attrib_ctx *c)
{
	struct outlet_match	m;
	size_t			i;

	for (i = 0; i < c->t.n; i++)
		if ((c->t.v[i].flags & (TF_CAP | TF_UPPER)) &&
		    relays_outlet_at(&c->t, i, &m)) {
			(void)coref_outlet(&c->co, &m);
			i = m.last - 1;
		}
}

static void
attrib_speakers(struct attrib_ctx *c)
{
	const struct frame	*f;
	struct source		*s;
	size_t			 k;

	c->speaker = xcalloc(c->fs.n + 1, sizeof *c->speaker);
	for (k = 0; k < c->fs.n; k++)
		coref_register(&c->co, &c->fs.v[k].who);
	for (k = 0; k < c->fs.n; k++) {
		f = &c->fs.v[k];
		c->speaker[k] = -1;
		if (f->who.kind == MENTION_DOCUMENT &&
		    relays_is_same(&c->t, f->who.first, f->who.last))
			continue;	/* "the same report": read with the relays */
		c->speaker[k] = coref_resolve(&c->co, &f->who);
		if (c->speaker[k] < 0 || f->role_first >= f->role_last)
			continue;
		s = &c->r->src[c->speaker[k]];
		if (s->role == NULL && s->kind == SOURCE_PERSON)
			s->role = coref_text(&c->t, f->role_first, f->role_last);
	}
}

static bool
attrib_is_medium(const struct frame *f)
{
	return f->who.kind == MENTION_OUTLET || f->who.kind == MENTION_DOCUMENT;
}

/* An outlet or document framing other attributions of its sentence relays
 * them rather than speaking. */
static void
attrib_relays(struct attrib_ctx *c)
{
	size_t	s, a, b, k, j;

	c->relay = xcalloc(c->fs.n + 1, sizeof *c->relay);
	for (s = 0; s < c->t.nsent; s++) {
		attrib_sent_frames(c, (uint32_t)s, &a, &b);
		for (k = a; k < b; k++)
			for (j = a; j < b && attrib_is_medium(&c->fs.v[k]); j++)
				if (j != k && !attrib_is_medium(&c->fs.v[j]))
					c->relay[k] = true;
	}
}

static void
attrib_add_via(struct attribution *a, int src)
{
	size_t	i;

	if (src < 0 || src == a->speaker)
		return;
	for (i = 0; i < a->nvia; i++)
		if (a->via[i] == src)
			return;
	a->via = xreallocarray(a->via, a->nvia + 1, sizeof *a->via);
	a->via[a->nvia++] = src;
}

/* Outlets among the tokens [a, b) become relays of a. */
static void
attrib_outlets_in(struct attrib_ctx *c, struct attribution *a, size_t i,
    size_t b)
{
	struct outlet_match	m;

	for (; i < b; i++)
		if (relays_outlet_at(&c->t, i, &m) && m.last <= b) {
			attrib_add_via(a, coref_outlet(&c->co, &m));
			i = m.last - 1;
		}
}

/*
 * Outlets among the attributing words of frame k ("told the Post", "said
 * on CNN") and its agent ("a memo seen by the Courier").
 */
static void
attrib_frame_outlets(struct attrib_ctx *c, struct attribution *a, size_t k)
{
	const struct frame	*f = &c->fs.v[k];

	if (f->object_last <= f->cue.first)
		attrib_outlets_in(c, a, f->object_first, f->object_last);
	attrib_outlets_in(c, a, f->cue.last, f->last);
}

static void
attrib_via(struct attrib_ctx *c, size_t ai)
{
	struct attribution	*a = &c->r->v[ai];
	const struct attrib_meta *m = &c->meta[ai];
	const struct frame	*f;
	size_t			 x, y, k;
	int			 src;

	if (m->frame >= 0)
		attrib_frame_outlets(c, a, (size_t)m->frame);
	attrib_sent_frames(c, m->sent, &x, &y);
	for (k = x; k < y; k++) {
		f = &c->fs.v[k];
		if (!c->relay[k] || (int32_t)k == m->frame)
			continue;
		src = c->speaker[k];
		if (f->who.kind == MENTION_DOCUMENT &&
		    relays_is_same(&c->t, f->who.first, f->who.last) &&
		    c->last_relay >= 0)
			src = c->last_relay;
		attrib_add_via(a, src);
	}
	if (a->nvia > 0)
		c->last_relay = a->via[a->nvia - 1];
}

static void
attrib_stance(struct attrib_ctx *c, size_t ai)
{
	struct attribution	*a = &c->r->v[ai];
	const struct attrib_meta *m = &c->meta[ai];
	const struct frame	*f;

	if (m->frame < 0) {
		a->stance = stance_of(&c->t, 0, 0, m->first, m->last);
		return;
	}
	f = &c->fs.v[m->frame];
	if (a->rule == attrib_rules[RULE_PARTIAL_QUOTE].name)
		a->stance = stance_of(&c->t, f->stance_first, f->last,
		    f->content_first, f->content_last);	/* the clause it is in */
	else
		a->stance = stance_of(&c->t, f->stance_first, f->last, m->first,
		    m->last);
}

static int
attrib_cmp(const void *x, const void *y)
{
	const struct attribution	*a = x, *b = y;

	if (a->quote.start != b->quote.start)
		return a->quote.start < b->quote.start ? -1 : 1;
	return (a->quote.end > b->quote.end) - (a->quote.end < b->quote.end);
}

static void
attrib_finish(struct attrib_ctx *c)
{
	struct attrib_result	*r = c->r;
	size_t			 i;

	for (i = 0; i < r->n; i++) {
		attrib_via(c, i);
		attrib_stance(c, i);
		if (r->v[i].speaker >= 0)
			r->src[r->v[i].speaker].quotes++;
	}
	coref_count(&c->co);
	if (r->n > 1)
		qsort(r->v, r->n, sizeof *r->v, attrib_cmp);
}

static void
attrib_run(const char *body, size_t len, struct attrib_result *r)
{
	struct attrib_ctx	c;

	memset(r, 0, sizeof *r);
	memset(&c, 0, sizeof c);
	c.r = r;
	c.last_relay = -1;
	tokens_scan(&c.t, body, len);
	quotes_scan(&c.t, &c.q);
	tokens_sentences(&c.t, frames_joins);
	frames_find(&c.t, &c.fs);
	coref_init(&c.co, &c.t, r);
	attrib_index_sentences(&c);
	attrib_outlets(&c);
	attrib_speakers(&c);
	attrib_relays(&c);
	c.qattr = xmalloc((c.q.n + 1) * sizeof *c.qattr);
	memset(c.qattr, 0xff, (c.q.n + 1) * sizeof *c.qattr);
	attrib_quotes_local(&c);
	attrib_reported(&c);
	attrib_transcript_lines(&c);
	attrib_quotes_wide(&c);
	attrib_finish(&c);
	free(c.qattr);
	free(c.lenders);
	free(c.meta);
	free(c.speaker);
	free(c.relay);
	free(c.sent_frames);
	coref_free(&c.co);
	frames_free(&c.fs);
	quotes_free(&c.q);
	tokens_free(&c.t);
}

static pthread_once_t	attrib_once = PTHREAD_ONCE_INIT;

/*
 * The lexicons are built on first use.  A short article run through the
 * engine once, under pthread_once, builds them all before any two
 * threads can race to.
 */
static void
attrib_warm(void)
{
	static const char	text[] = "Mr. Ann Roe told the Kestrel Courier: "
	    "\xe2\x80\x9cNo pilot was asked,\xe2\x80\x9d according to the "
	    "report. He later clarified that it was fine.";
	struct attrib_result	r;

	attrib_run(text, sizeof text - 1, &r);
	attrib_result_free(&r);
}

void
attrib_article(const char *body, size_t len, struct attrib_result *r)
{
	pthread_once(&attrib_once, attrib_warm);
	attrib_run(body, len, r);
}

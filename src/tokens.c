/*
 * The tokenizer: one pass over the body.  Words keep internal apostrophes,
 * hyphens and periods ("O'Malley", "state-run", "U.S."); the possessive
 * 's is split off so that noun phrases can be walked word by word; an
 * abbreviation keeps its period so that "Sen." does not end a sentence.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lexicon.h"
#include "tokens.h"
#include "utf8.h"
#include "xmalloc.h"

/* Longest body analysed: beyond this an article is not news. */
#define TOKENS_MAX_BYTES	((size_t)4 << 20)

/*
 * Longest sentence, in tokens: longer runs are cut.  News sentences are a
 * few dozen tokens; the cut keeps every scan within a sentence bounded on
 * hostile input.
 */
#define TOKENS_MAX_SENTENCE	512

enum cclass { C_SPACE, C_NEWLINE, C_LETTER, C_DIGIT, C_APOS, C_PUNCT };

/* Non-ASCII punctuation that matters, by code point. */
static const struct {
	uint32_t	cp;
	uint8_t		mark;
} tokens_marks[] = {
	{ 0x00ab, MARK_DQ_OPEN }, { 0x00bb, MARK_DQ_CLOSE },
	{ 0x2010, MARK_DASH }, { 0x2011, MARK_DASH }, { 0x2012, MARK_DASH },
	{ 0x2013, MARK_DASH }, { 0x2014, MARK_DASH }, { 0x2015, MARK_DASH },
	{ 0x2018, MARK_SQ_OPEN }, { 0x2019, MARK_SQ_CLOSE },
	{ 0x201a, MARK_SQ_OPEN }, { 0x201b, MARK_SQ_OPEN },
	{ 0x201c, MARK_DQ_OPEN }, { 0x201d, MARK_DQ_CLOSE },
	{ 0x201e, MARK_DQ_OPEN }, { 0x201f, MARK_DQ_OPEN },
	{ 0x2026, MARK_ELLIPSIS }, { 0x2033, MARK_DQ },
	{ 0x2039, MARK_SQ_OPEN }, { 0x203a, MARK_SQ_CLOSE },
	{ 0x2212, MARK_DASH },
};

/* ASCII punctuation, by character. */
static const struct {
	char	c;
	uint8_t	mark;
} tokens_ascii[] = {
	{ '.', MARK_PERIOD }, { ',', MARK_COMMA }, { ':', MARK_COLON },
	{ ';', MARK_SEMI }, { '!', MARK_EXCL }, { '?', MARK_QUEST },
	{ '-', MARK_DASH }, { '(', MARK_LPAREN }, { ')', MARK_RPAREN },
	{ '[', MARK_LPAREN }, { ']', MARK_RPAREN }, { '"', MARK_DQ },
	{ '\'', MARK_SQ }, { '`', MARK_SQ_OPEN },
};

/* Words whose following period abbreviates rather than ends a sentence. */
static const char *const tokens_abbrevs[] = {
	"adm", "ala", "apr", "ariz", "ark", "aug", "calif", "capt", "cmdr",
	"co", "col", "colo", "conn", "corp", "cpl", "dec", "del", "dept",
	"dr", "e.g", "etc", "feb", "fla", "ft", "ga", "gen", "gov", "i.e",
	"ill", "inc", "ind", "jan", "jr", "kan", "ky", "la", "lt", "ltd",
	"maj", "mass", "md", "messrs", "mich", "minn", "miss", "mo", "mont",
	"mr", "mrs", "ms", "mt", "neb", "nev", "no", "nov", "oct", "okla",
	"ore", "pa", "pfc", "prof", "rep", "reps", "rev", "sen", "sens",
	"sept", "sgt", "sr", "st", "supt", "tenn", "tex", "va", "vs", "vt",
	"wash", "wis", "wyo",
};

static struct lexicon	tokens_abbrev_lex;

/*
 * The next byte of s[*i..n) folded: ASCII to lower case, a curly or
 * modifier apostrophe to '.  Other bytes are kept, so folding needs no
 * decoding.
 */
static inline unsigned char
tokens_fold_byte(const char *s, size_t n, size_t *i)
{
	unsigned char	c = (unsigned char)s[*i];

	if (c == 0xe2 && *i + 2 < n && s[*i + 1] == '\x80' &&
	    (s[*i + 2] == '\x98' || s[*i + 2] == '\x99')) {
		*i += 3;
		return '\'';
	}
	if (c == 0xca && *i + 1 < n && s[*i + 1] == '\xbc') {
		*i += 2;
		return '\'';
	}
	(*i)++;
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* FNV-1a over the folded text: the key the lexicons are indexed by. */
uint32_t
tokens_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i = 0;

	while (i < n)
		h = (h ^ tokens_fold_byte(s, n, &i)) * 16777619u;
	return h == 0 ? 1 : h;
}

static enum cclass
tokens_class(uint32_t cp, uint8_t *mark)
{
	size_t	i;

	*mark = MARK_NONE;
	if (cp == '\n')
		return C_NEWLINE;
	if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v')
		return C_SPACE;
	if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
		return C_LETTER;
	if (cp >= '0' && cp <= '9')
		return C_DIGIT;
	if (cp == '\'' || cp == 0x2019) {
		*mark = cp == '\'' ? MARK_SQ : MARK_SQ_CLOSE;
		return C_APOS;
	}
	if (cp < 0x80) {
		for (i = 0; i < sizeof tokens_ascii / sizeof *tokens_ascii; i++)
			if ((uint32_t)(unsigned char)tokens_ascii[i].c == cp)
				*mark = tokens_ascii[i].mark;
		if (*mark == MARK_NONE)
			*mark = MARK_OTHER;
		return C_PUNCT;
	}
	for (i = 0; i < sizeof tokens_marks / sizeof *tokens_marks; i++) {
		if (tokens_marks[i].cp == cp) {
			*mark = tokens_marks[i].mark;
			return C_PUNCT;
		}
	}
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF:
		return C_SPACE;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO:
		*mark = MARK_OTHER;
		return C_PUNCT;
	default:
		return C_LETTER;
	}
}

/* Class and mark of each ASCII character, worked out once. */
static uint8_t	tokens_ascii_class[128], tokens_ascii_mark[128];

static void
tokens_init(void)
{
	uint32_t	c;
	enum cclass	k;

	if (tokens_ascii_class['a'] == C_LETTER)
		return;
	for (c = 0; c < 128; c++) {
		k = tokens_class(c, &tokens_ascii_mark[c]);
		tokens_ascii_class[c] = (uint8_t)k;
	}
}

/* Class of the code point at i (C_SPACE past the end). */
static enum cclass
tokens_class_at(const char *s, size_t len, size_t i, size_t *n, uint8_t *mark)
{
	uint32_t	cp;
	unsigned char	c;

	if (i >= len) {
		*n = 0;
		*mark = MARK_NONE;
		return C_SPACE;
	}
	if ((c = (unsigned char)s[i]) < 0x80) {
		*n = 1;
		*mark = tokens_ascii_mark[c];
		return (enum cclass)tokens_ascii_class[c];
	}
	*n = utf8_decode(s + i, len - i, &cp);
	return tokens_class(cp, mark);
}

static bool
tokens_wordish(enum cclass c)
{
	return c == C_LETTER || c == C_DIGIT;
}

static struct tok *
tokens_push(struct tokens *t, size_t start, size_t end, uint8_t kind)
{
	struct tok	*k;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->v = xreallocarray(t->v, t->cap, sizeof *t->v);
	}
	k = &t->v[t->n++];
	memset(k, 0, sizeof *k);
	k->start = (uint32_t)start;
	k->end = (uint32_t)end;
	k->kind = kind;
	k->quote = -1;
	return k;
}

/*
 * Where the word starting at i ends: letters and digits, joined by an
 * apostrophe, hyphen, period, ampersand or (in numbers) comma when a word
 * character follows; a final 's after an apostrophe is left for a token
 * of its own.
 */
static size_t
tokens_word_end(const char *s, size_t len, size_t i)
{
	size_t		n, n2, n3;
	uint8_t		m;
	enum cclass	c, c2;

	for (;;) {
		c = tokens_class_at(s, len, i, &n, &m);
		if (tokens_wordish(c)) {
			i += n;
			continue;
		}
		c2 = tokens_class_at(s, len, i + n, &n2, &m);
		if (n == 0 || !tokens_wordish(c2))
			return i;
		if (c == C_APOS) {
			if ((s[i + n] | 0x20) == 's' && !tokens_wordish(
			    tokens_class_at(s, len, i + n + 1, &n3, &m)))
				return i;
			i += n;
			continue;
		}
		if ((s[i] != '.' && s[i] != '-' && s[i] != '&' && s[i] != ',') ||
		    (s[i] == ',' && c2 != C_DIGIT))
			return i;
		i += n;
	}
}

static bool
tokens_is_abbrev(const char *s, size_t start, size_t end)
{
	size_t	i;

	if (tokens_abbrev_lex.cap == 0)
		for (i = 0; i < sizeof tokens_abbrevs / sizeof *tokens_abbrevs; i++)
			lexicon_add(&tokens_abbrev_lex, tokens_abbrevs[i], (int32_t)i);
	if (end - start == 1 && ((unsigned char)s[start] | 0x20) >= 'a' &&
	    ((unsigned char)s[start] | 0x20) <= 'z')
		return true;		/* an initial */
	if (memchr(s + start, '.', end - start) != NULL)
		return true;		/* "U.S", "a.m" */
	return lexicon_find_text(&tokens_abbrev_lex, s + start, end - start,
	    tokens_hash(s + start, end - start)) >= 0;
}

static uint16_t
tokens_case(const char *s, size_t start, size_t end)
{
	uint32_t	cp;
	size_t		i, upper = 0, lower = 0;
	uint16_t	f = 0;

	utf8_decode(s + start, end - start, &cp);
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0x80 &&
	    utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU))
		f |= TF_CAP;
	for (i = start; i < end; i++) {
		upper += s[i] >= 'A' && s[i] <= 'Z';
		lower += s[i] >= 'a' && s[i] <= 'z';
	}
	if (upper >= 2 && lower == 0)
		f |= TF_UPPER;
	return f;
}

/* Scan a word or number at i; returns where it ends. */
static size_t
tokens_word(struct tokens *t, size_t i, enum cclass c)
{
	const char	*s = t->text;
	size_t		 end = tokens_word_end(s, t->len, i);
	struct tok	*k;
	uint16_t	 f = 0;

	if (end < t->len && s[end] == '.' && c == C_LETTER &&
	    tokens_is_abbrev(s, i, end)) {
		end++;
		f = TF_ABBREV;
	}
	k = tokens_push(t, i, end, c == C_DIGIT ? TOK_NUM : TOK_WORD);
	k->flags = f | tokens_case(s, i, end);
	k->hash = tokens_hash(s + i, end - i);
	return end;
}

/* An apostrophe at i: the possessive 's, or a single quotation mark. */
static size_t
tokens_apos(struct tokens *t, size_t i, size_t n, uint8_t mark)
{
	const char	*s = t->text;
	struct tok	*k;
	size_t		 n2;
	uint8_t		 m;

	if (t->n > 0 && t->v[t->n - 1].end == i &&
	    t->v[t->n - 1].kind == TOK_WORD && i + n < t->len &&
	    (s[i + n] | 0x20) == 's' &&
	    !tokens_wordish(tokens_class_at(s, t->len, i + n + 1, &n2, &m))) {
		k = tokens_push(t, i, i + n + 1, TOK_WORD);
		k->flags = TF_POSS;
		k->hash = tokens_hash("'s", 2);
		return i + n + 1;
	}
	if (mark == MARK_SQ && i + 1 < t->len && s[i + 1] == '\'') {
		k = tokens_push(t, i, i + 2, TOK_QUOTE);
		k->mark = MARK_DQ;
		return i + 2;
	}
	k = tokens_push(t, i, i + n, TOK_QUOTE);
	k->mark = mark;
	return i + n;
}

/* A punctuation mark at i; runs of hyphens and periods are one token. */
static size_t
tokens_punct(struct tokens *t, size_t i, size_t n, uint8_t mark)
{
	const char	*s = t->text;
	struct tok	*k;
	size_t		 end = i + n;

	if (mark == MARK_SQ_OPEN && s[i] == '`' && end < t->len &&
	    s[end] == '`') {
		end++;
		mark = MARK_DQ_OPEN;
	}
	if (s[i] == '-' || s[i] == '.')
		while (end < t->len && s[end] == s[i])
			end++;
	if (s[i] == '.' && end - i >= 3)
		mark = MARK_ELLIPSIS;
	if (s[i] == '-' && end - i == 1 && t->n > 0 &&
	    t->v[t->n - 1].end == i && end < t->len && s[end] != ' ')
		mark = MARK_OTHER;	/* a hyphen that did not join a word */
	k = tokens_push(t, i, end, mark >= MARK_DQ_OPEN ? TOK_QUOTE : TOK_PUNCT);
	k->mark = mark;
	return end;
}

/* Mark spacing and line boundaries once every token is known. */
static void
tokens_spacing(struct tokens *t)
{
	size_t		 i;
	struct tok	*k;

	for (i = 0; i < t->n; i++) {
		k = &t->v[i];
		if (i == 0 || t->v[i - 1].line != k->line)
			k->flags |= TF_LINE_START | TF_SPACE_BEFORE;
		if (i + 1 == t->n || t->v[i + 1].line != k->line)
			k->flags |= TF_LINE_END | TF_SPACE_AFTER;
		if (k->start > 0 && i > 0 && t->v[i - 1].end < k->start)
			k->flags |= TF_SPACE_BEFORE;
		if (i + 1 < t->n && t->v[i + 1].start > k->end)
			k->flags |= TF_SPACE_AFTER;
	}
}

void
tokens_scan(struct tokens *t, const char *s, size_t len)
{
	size_t		i = 0, n;
	uint32_t	line = 0;
	uint8_t		mark;
	enum cclass	c;

	tokens_init();
	memset(t, 0, sizeof *t);
	t->text = s;
	t->len = len < TOKENS_MAX_BYTES ? len : TOKENS_MAX_BYTES;
	while (i < t->len) {
		size_t	before = t->n;

		c = tokens_class_at(s, t->len, i, &n, &mark);
		if (c == C_NEWLINE && t->n > 0 && t->v[t->n - 1].line == line)
			line++;
		if (c == C_SPACE || c == C_NEWLINE)
			i += n;
		else if (tokens_wordish(c))
			i = tokens_word(t, i, c);
		else if (c == C_APOS)
			i = tokens_apos(t, i, n, mark);
		else
			i = tokens_punct(t, i, n, mark);
		for (; before < t->n; before++)
			t->v[before].line = line;
	}
	tokens_spacing(t);
}

void
tokens_free(struct tokens *t)
{
	free(t->v);
	memset(t, 0, sizeof *t);
}

/*
 * Does the text s[0..n), folded, equal the lower-case word w?  w may go on
 * with a space and more words (a phrase key): its first word is compared.
 */
bool
tokens_fold_eq(const char *s, size_t n, const char *w)
{
	size_t	i = 0;

	while (i < n)
		if ((unsigned char)*w++ != tokens_fold_byte(s, n, &i))
			return false;
	return *w == '\0' || *w == ' ';
}

/* Does token i, folded, equal the lower-case word w? */
bool
tokens_eq(const struct tokens *t, size_t i, const char *w)
{
	return i < t->n && tokens_fold_eq(t->text + t->v[i].start,
	    t->v[i].end - t->v[i].start, w);
}

bool
tokens_is_word(const struct tokens *t, size_t i)
{
	return i < t->n && t->v[i].kind == TOK_WORD;
}

bool
tokens_is_mark(const struct tokens *t, size_t i, enum tok_mark m)
{
	return i < t->n && t->v[i].mark == m;
}

/* Capitalised words that start a sentence after an initialism ("U.S."). */
static const char *const tokens_starters[] = {
	"a", "after", "an", "and", "as", "at", "but", "for", "he", "her",
	"his", "however", "i", "if", "in", "it", "its", "meanwhile", "mr.",
	"mrs.", "ms.", "on", "she", "so", "that", "the", "their", "there",
	"these", "they", "this", "those", "we", "what", "when", "while",
	"yet", "you",
};

static struct lexicon	tokens_starter_lex;

/* Could token i open a sentence? */
static bool
tokens_opens(const struct tokens *t, size_t i)
{
	const struct tok	*k = &t->v[i];

	if (k->flags & TF_LINE_START)
		return true;
	if (k->kind == TOK_QUOTE)
		return (k->flags & TF_OPEN) || k->mark == MARK_DQ_OPEN;
	return (k->flags & TF_CAP) || k->kind == TOK_NUM ||
	    k->mark == MARK_LPAREN;
}

static bool
tokens_is_final(const struct tok *k)
{
	return k->mark == MARK_PERIOD || k->mark == MARK_EXCL ||
	    k->mark == MARK_QUEST || k->mark == MARK_ELLIPSIS;
}

/*
 * Does a sentence end after token i?  After a closing quotation mark, the
 * punctuation inside it decides; after an abbreviation, only a word that
 * usually starts sentences ("The", "He") does.
 */
static bool
tokens_ends(const struct tokens *t, size_t i, tokens_joins_fn joins)
{
	const struct tok	*k = &t->v[i];

	if (k->flags & TF_LINE_END)
		return true;
	if (k->flags & TF_QUOTED)
		return false;
	if (k->flags & TF_CLOSE) {
		if (joins != NULL && joins(t, i))
			return false;
		k = &t->v[i - 1];
	}
	if (k->flags & TF_ABBREV)
		return (t->v[i + 1].flags & TF_CAP) &&
		    lexicon_find(&tokens_starter_lex, t, i + 1) >= 0;
	return tokens_is_final(k) && tokens_opens(t, i + 1);
}

/*
 * Number the sentences.  Breaks inside a quotation do not count: a quoted
 * passage and the words that attribute it are one sentence, up to
 * TOKENS_MAX_SENTENCE tokens.
 */
void
tokens_sentences(struct tokens *t, tokens_joins_fn joins)
{
	uint32_t	sent = 0;
	size_t		i, len;

	lexicon_build(&tokens_starter_lex, tokens_starters,
	    sizeof tokens_starters / sizeof *tokens_starters,
	    sizeof *tokens_starters, 0);
	for (i = 0, len = 0; i < t->n; i++, len++) {
		t->v[i].sent = sent;
		if (i == 0 || t->v[i - 1].sent != sent || t->v[i].flags &
		    TF_LINE_START)
			t->v[i].flags |= TF_SENT_START;
		if (tokens_ends(t, i, joins) || len + 1 >= TOKENS_MAX_SENTENCE) {
			sent++;
			len = (size_t)-1;
		}
	}
	t->nsent = sent;
}

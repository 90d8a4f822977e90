/*
 * Tokens of an article body: words, numbers, punctuation and quotation
 * marks, with byte offsets, a hash of the folded word (lower case, curly
 * apostrophes as ') for lexicon look-ups, and sentence numbers.  The
 * extractor tokenizes once per article; every later stage works on this
 * array.
 */
#ifndef QUOTH_TOKENS_H
#define QUOTH_TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tok_kind {
	TOK_WORD,
	TOK_NUM,
	TOK_PUNCT,
	TOK_QUOTE
};

/* What a punctuation or quotation-mark token is (tok.mark). */
enum tok_mark {
	MARK_NONE,
	MARK_PERIOD, MARK_COMMA, MARK_COLON, MARK_SEMI, MARK_EXCL, MARK_QUEST,
	MARK_DASH, MARK_LPAREN, MARK_RPAREN, MARK_ELLIPSIS, MARK_OTHER,
	MARK_DQ_OPEN,		/* U+201C, U+201E, U+00AB, `` */
	MARK_DQ_CLOSE,		/* U+201D, U+00BB */
	MARK_DQ,		/* ", '' : direction from context */
	MARK_SQ_OPEN,		/* U+2018 */
	MARK_SQ_CLOSE,		/* U+2019 outside a word */
	MARK_SQ			/* ' outside a word */
};

#define TF_CAP		0x0001	/* first letter upper case */
#define TF_UPPER	0x0002	/* two or more letters, all upper case */
#define TF_SPACE_BEFORE	0x0004	/* white space (or line start) precedes */
#define TF_SPACE_AFTER	0x0008	/* white space (or line end) follows */
#define TF_LINE_START	0x0010	/* first token of a paragraph or line */
#define TF_SENT_START	0x0020	/* first token of a sentence */
#define TF_QUOTED	0x0040	/* inside a top-level quotation */
#define TF_OPEN		0x0080	/* quotation mark that opens (quotes.c) */
#define TF_CLOSE	0x0100	/* quotation mark that closes (quotes.c) */
#define TF_ABBREV	0x0200	/* word ending in an abbreviating period */
#define TF_POSS		0x0400	/* the possessive 's split off a word */
#define TF_LINE_END	0x0800	/* last token of a paragraph or line */

struct tok {
	uint32_t	start;
	uint32_t	end;
	uint32_t	hash;		/* of the folded word; 0 for punctuation */
	uint32_t	line;		/* paragraph (or line) number */
	uint32_t	sent;		/* sentence number, outside quotations */
	int32_t		quote;		/* index of the enclosing quotation, or -1 */
	uint16_t	flags;
	uint8_t		kind;
	uint8_t		mark;
};

struct tokens {
	const char	*text;
	size_t		 len;
	struct tok	*v;
	size_t		 n;
	size_t		 cap;
	uint32_t	 nsent;
};

void	 tokens_scan(struct tokens *, const char *, size_t);
/* Does a sentence go on after a closing quotation mark at token i? */
typedef bool (*tokens_joins_fn)(const struct tokens *, size_t);

void	 tokens_sentences(struct tokens *, tokens_joins_fn);
void	 tokens_free(struct tokens *);
uint32_t tokens_hash(const char *, size_t);
bool	 tokens_fold_eq(const char *, size_t, const char *);
bool	 tokens_eq(const struct tokens *, size_t, const char *);
bool	 tokens_is_word(const struct tokens *, size_t);
bool	 tokens_is_mark(const struct tokens *, size_t, enum tok_mark);

#endif

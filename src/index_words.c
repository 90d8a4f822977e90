/*
 * The words of the article index, kept in the table words so that a
 * prefix is spelled out by reading a range of them (index_filter.c).
 * FTS5 lists its words too (fts5vocab), but only by reading every row
 * each word is in: 40 ms for a common prefix at a million articles,
 * before the search begins.  So each article stored is split as FTS5
 * splits it, with the arguments articles_fts was made with (on the
 * engine's threads, in an import), and its words that this connection
 * has not added are added.  The splits only read which words are added;
 * the writer, storing the articles in order, marks them: a word goes in
 * with the first article stored that has it, whichever was split first.
 * A replaced article's words stay: the table may hold a word that no
 * article has any more, which spells out to a word that matches nothing.
 */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "index_private.h"
#include "xmalloc.h"

#define INDEX_WORDS_START	(1u << 11)	/* slots of a set at first */
#define INDEX_SPLIT_RECENT	4096	/* words kept at hand (32 KB) */
#define INDEX_WORD_FAST		64	/* longer ASCII words go to FTS5 */
#define INDEX_WORD_MAX		32768	/* FTS5_MAX_TOKEN_SIZE: FTS5 cuts there */

/*
 * Words are known by a 64-bit hash: two words of a million would share
 * one once in tens of millions of indexes, and the second would then not
 * be listed.
 */
struct index_hashset {
	uint64_t	*v;		/* 0: a free slot */
	size_t		 cap, n;
};

/*
 * FTS5's tokenizer, of which each split makes one, and the words this
 * connection has added to the table, which the splits on other threads
 * read and the connection's own thread writes, under the lock.
 */
struct index_tokenizer {
	fts5_tokenizer		 fn;
	void			*ud;
	pthread_mutex_t		 lock;
	struct index_hashset	 added;
	/*
	 * The last word added that fell in each slot: most words of a text
	 * are common ones, found here, in the cache, not in the larger set.
	 */
	uint64_t		 recent[INDEX_SPLIT_RECENT];
};

/* The table's statement, and the tokenizer. */
struct index_words {
	struct index_tokenizer	 tk;
	sqlite3_stmt		*add;
};

/*
 * A text being split: its words not added yet go to out, each as its
 * hash (8 bytes) and itself, ending in a NUL.
 */
struct index_split {
	struct index_tokenizer	*tk;
	struct buf		*out;
};

/*
 * A word's hash, eight bytes at a time: a word costs a multiply or two.
 * Bytes are shifted in (no load of a part-written word), so that a word
 * folded a byte at a time (index_split_run) hashes alike.
 */
#define INDEX_SEED	0x9e3779b97f4a7c15ULL
#define INDEX_MIX1	0xff51afd7ed558ccdULL
#define INDEX_MIX2	0xc4ceb9fe1a85ec53ULL

static uint64_t
index_words_mix(uint64_t h, uint64_t k)
{
	h = (h ^ k) * INDEX_MIX1;
	return h ^ (h >> 32);
}

/* The hash of n bytes, the last n % 8 of them in k. */
static uint64_t
index_words_end(uint64_t h, uint64_t k, size_t n)
{
	h = (h ^ k ^ ((uint64_t)n << 56)) * INDEX_MIX2;
	h ^= h >> 29;
	return h != 0 ? h : 1;
}

static uint64_t
index_words_hash(const char *w, size_t n)
{
	uint64_t	h = INDEX_SEED, k = 0;
	size_t		i;

	for (i = 0; i < n; i++) {
		k |= (uint64_t)(unsigned char)w[i] << (8 * (i & 7));
		if ((i & 7) == 7) {
			h = index_words_mix(h, k);
			k = 0;
		}
	}
	return index_words_end(h, k, n);
}

/* The slot of h in the set: holding it, or free for it. */
static size_t
index_hashset_slot(const struct index_hashset *s, uint64_t h)
{
	size_t	i;

	for (i = h & (s->cap - 1); s->v[i] != 0 && s->v[i] != h;
	    i = (i + 1) & (s->cap - 1))
		continue;
	return i;
}

/* Is h in the set? */
static bool
index_hashset_has(const struct index_hashset *s, uint64_t h)
{
	return s->cap != 0 && s->v[index_hashset_slot(s, h)] == h;
}

/* Put h in the set: false if it was there. */
static bool
index_hashset_put(struct index_hashset *s, uint64_t h)
{
	uint64_t	*old = s->v;
	size_t		 i, cap = s->cap;

	if (2 * (s->n + 1) > s->cap) {	/* at most half full */
		s->cap = cap != 0 ? cap * 2 : INDEX_WORDS_START;
		s->v = xcalloc(s->cap, sizeof *s->v);
		for (i = 0; i < cap; i++)
			if (old[i] != 0)
				s->v[index_hashset_slot(s, old[i])] = old[i];
		free(old);
	}
	if (s->v[i = index_hashset_slot(s, h)] == h)
		return false;
	s->v[i] = h;
	s->n++;
	return true;
}

static void
index_hashset_clear(struct index_hashset *s)
{
	free(s->v);
	memset(s, 0, sizeof *s);
}

static int
index_tokenizer_init(struct index *ix, struct index_tokenizer *tk,
    struct error *err)
{
	fts5_api	*api = index_fts5_api(ix->db);

	if (api == NULL || api->xFindTokenizer(api, "unicode61", &tk->ud,
	    &tk->fn) != SQLITE_OK)
		return error_set(err, "%s: FTS5's unicode61 tokenizer is"
		    " missing", ix->path);
	pthread_mutex_init(&tk->lock, NULL);
	return 0;
}

static void
index_tokenizer_fini(struct index_tokenizer *tk)
{
	pthread_mutex_destroy(&tk->lock);
	index_hashset_clear(&tk->added);
}

/* The words added may have gone with a transaction: none is known. */
static void
index_tokenizer_forget(struct index_tokenizer *tk)
{
	pthread_mutex_lock(&tk->lock);
	index_hashset_clear(&tk->added);
	memset(tk->recent, 0, sizeof tk->recent);
	pthread_mutex_unlock(&tk->lock);
}

/*
 * One word of the text, into out unless it is known added (a word may
 * go more than once: the writer adds it once).  A word of fewer than
 * INDEX_WORD_MIN bytes begins with no prefix that is spelled out, and
 * is not listed.
 */
static void
index_split_word(struct index_split *sp, const char *w, size_t n, uint64_t h)
{
	if (sp->tk->recent[h % INDEX_SPLIT_RECENT] == h ||
	    index_hashset_has(&sp->tk->added, h))
		return;
	buf_add(sp->out, &h, sizeof h);
	buf_add(sp->out, w, n);
	buf_addc(sp->out, '\0');
}

static int
index_split_token(void *ctx, int flags, const char *tok, int n, int start,
    int end)
{
	size_t	len = (size_t)n;

	(void)flags;
	(void)start;
	(void)end;
	if (len > INDEX_WORD_MAX)
		len = INDEX_WORD_MAX;
	if (len >= INDEX_WORD_MIN)
		index_split_word(ctx, tok, len, index_words_hash(tok, len));
	return SQLITE_OK;
}

/*
 * What a byte is to unicode61: an ASCII letter or digit (a word's, folded
 * to lower case: the table holds it so), another ASCII character (between
 * words: 0), or part of a character beyond ASCII (SPLIT_WIDE), which
 * FTS5 itself must judge.
 */
#define SPLIT_WIDE	0x80
#define SPLIT_R(c)	(c), (c) + 1, (c) + 2, (c) + 3, (c) + 4, (c) + 5, (c) + 6, \
			(c) + 7
static const unsigned char index_split_fold[256] = {
	[0x30] = SPLIT_R('0'), '8', '9',
	[0x41] = SPLIT_R('a'), SPLIT_R('i'), SPLIT_R('q'), 'y', 'z',
	[0x61] = SPLIT_R('a'), SPLIT_R('i'), SPLIT_R('q'), 'y', 'z',
	[0x80] = SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80),
	SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80),
	SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80),
	SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80), SPLIT_R(0x80),
};

/*
 * The dashes, curly quotes and ellipsis of news text: between words.
 * FTS5 reads every continuation byte after a lead byte into one
 * character, so one more after the three makes another character.
 */
static size_t
index_split_punct(const unsigned char *s, size_t i, size_t n)
{
	if (s[i] == 0xe2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x93 ||
	    s[i + 2] == 0x94 || s[i + 2] == 0x98 || s[i + 2] == 0x99 ||
	    s[i + 2] == 0x9c || s[i + 2] == 0x9d || s[i + 2] == 0xa6) &&
	    (i + 3 == n || (s[i + 3] & 0xc0) != 0x80))
		return 3;
	return 0;
}

/*
 * The run of a word from i: its end, and whether it is plain ASCII (then
 * folded into low and hashed into *h, as index_words_hash(), if it fits).
 */
static size_t
index_split_run(const unsigned char *s, size_t i, size_t n, char *low,
    uint64_t *h, bool *wide)
{
	size_t		j, start = i;
	uint64_t	k = 0;
	unsigned char	c;

	*h = INDEX_SEED;
	*wide = false;
	for (; i < n && (c = index_split_fold[s[i]]) != 0; i++) {
		if (c >= SPLIT_WIDE) {
			if (index_split_punct(s, i, n) != 0)
				break;
			*wide = true;
		} else if ((j = i - start) < INDEX_WORD_FAST) {
			low[j] = (char)c;
			k |= (uint64_t)c << (8 * (j & 7));
			if ((j & 7) == 7) {
				*h = index_words_mix(*h, k);
				k = 0;
			}
		}
	}
	*h = index_words_end(*h, k, i - start);
	return i;
}

/* A run FTS5's tokenizer must split, made once a text needs it. */
static int
index_split_wide(struct index_split *sp, Fts5Tokenizer **tok,
    const char *run, size_t n)
{
	const char	*args[] = { "remove_diacritics", "2" };
	int		 rc;

	if (*tok == NULL && (rc = sp->tk->fn.xCreate(sp->tk->ud, args, 2,
	    tok)) != SQLITE_OK)
		return rc;
	return sp->tk->fn.xTokenize(*tok, sp, FTS5_TOKENIZE_DOCUMENT, run,
	    (int)n, index_split_token);
}

/*
 * A text's words.  Between ASCII separators, a run of ASCII letters and
 * digits is one word, as unicode61 has it; a run with any other
 * character, or a long one, is handed to FTS5's tokenizer, which alone
 * knows the letters of every script and folds them: a word never spans
 * an ASCII separator, so the run splits as it would in the whole text.
 */
static int
index_split_text(struct index_split *sp, Fts5Tokenizer **tok,
    const char *text, size_t n)
{
	const unsigned char	*s = (const unsigned char *)text;
	char			 low[INDEX_WORD_FAST];
	size_t			 i = 0, end, skip;
	uint64_t		 h;
	bool			 wide;
	int			 rc = SQLITE_OK;

	while (i < n && rc == SQLITE_OK) {
		if (index_split_fold[s[i]] == 0)
			i++;
		else if ((skip = index_split_punct(s, i, n)) != 0)
			i += skip;
		else {
			end = index_split_run(s, i, n, low, &h, &wide);
			if (wide || end - i > INDEX_WORD_FAST)
				rc = index_split_wide(sp, tok, text + i, end - i);
			else if (end - i >= INDEX_WORD_MIN)
				index_split_word(sp, low, end - i, h);
			i = end;
		}
	}
	return rc;
}

/*
 * A title's and body's words, as articles_fts splits them (tokenize=
 * 'unicode61 remove_diacritics 2'), that are not known to be added,
 * into out (struct index_split).  Safe on any thread.
 */
int
index_split(struct index_tokenizer *tk, const char *title, const char *body,
    size_t len, struct buf *out)
{
	struct index_split	 sp = { tk, out };
	Fts5Tokenizer		*tok = NULL;
	int			 rc;

	pthread_mutex_lock(&tk->lock);
	rc = index_split_text(&sp, &tok, title, title != NULL ?
	    strlen(title) : 0);
	if (rc == SQLITE_OK)
		rc = index_split_text(&sp, &tok, body, len);
	pthread_mutex_unlock(&tk->lock);
	if (tok != NULL)
		tk->fn.xDelete(tok);
	return rc == SQLITE_OK ? 0 : -1;
}

static int
index_words_start(struct index *ix, struct error *err)
{
	struct index_words	*w = xcalloc(1, sizeof *w);

	if (index_tokenizer_init(ix, &w->tk, err) == -1) {
		free(w);
		return -1;
	}
	ix->words = w;
	if (index_prepare(ix, &w->add, "INSERT OR IGNORE INTO words (term)"
	    " VALUES (?)", err) == -1) {
		index_words_free(ix);
		return -1;
	}
	return 0;
}

/*
 * The index's tokenizer, for index_split() on other threads while this
 * connection stores what they split; it goes with the index.
 */
struct index_tokenizer *
index_tokenizer(struct index *ix, struct error *err)
{
	if (ix->words == NULL && index_words_start(ix, err) == -1)
		return NULL;
	return &ix->words->tk;
}

/* The split words of an article into the table, those not added yet. */
static int
index_words_put(struct index *ix, const struct buf *words, struct error *err)
{
	struct index_tokenizer	*tk = &ix->words->tk;
	sqlite3_stmt		*st = ix->words->add;
	const char		*w;
	uint64_t		 h;
	size_t			 i, n;
	int			 rc = SQLITE_DONE;

	pthread_mutex_lock(&tk->lock);
	for (i = 0; i < words->len && rc == SQLITE_DONE; i += 8 + n + 1) {
		memcpy(&h, words->s + i, sizeof h);
		w = words->s + i + 8;
		n = strlen(w);
		if (!index_hashset_put(&tk->added, h))
			continue;
		tk->recent[h % INDEX_SPLIT_RECENT] = h;
		sqlite3_bind_text(st, 1, w, (int)n, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
	}
	pthread_mutex_unlock(&tk->lock);
	if (rc == SQLITE_DONE)
		return 0;
	index_tokenizer_forget(tk);	/* which went in is not known */
	return index_db_error(ix, err, "listing an article's words");
}

/*
 * An article's words into the table: as the engine split them
 * (a->words), or split here.
 */
int
index_words_add(struct index *ix, const struct article *a, struct error *err)
{
	struct buf	 mine = BUF_INIT;
	int		 rc;

	if (ix->words == NULL && index_words_start(ix, err) == -1)
		return -1;
	if (a->split)
		return index_words_put(ix, &a->words, err);
	if (index_split(&ix->words->tk, a->title, buf_str(&a->body),
	    a->body.len, &mine) == -1) {
		buf_free(&mine);
		return error_set(err, "out of memory listing an article's"
		    " words");
	}
	rc = index_words_put(ix, &mine, err);
	buf_free(&mine);
	return rc;
}

/*
 * A transaction was rolled back, taking the words it added with it: they
 * are no longer known to be in the table.
 */
void
index_words_forget(struct index *ix)
{
	if (ix->words != NULL)
		index_tokenizer_forget(&ix->words->tk);
}

void
index_words_free(struct index *ix)
{
	struct index_words	*w = ix->words;

	if (w == NULL)
		return;
	sqlite3_finalize(w->add);
	index_tokenizer_fini(&w->tk);
	free(w);
	ix->words = NULL;
}

/* FTS5's own list of the article index's words, made once per connection. */
int
index_words_vocab(struct index *ix, struct error *err)
{
	return index_exec(ix, "CREATE VIRTUAL TABLE IF NOT EXISTS"
	    " temp.articles_vocab USING fts5vocab(main, articles_fts, row)", err);
}

/* Migration 9, and quoth reindex: the words of the articles indexed. */
int
index_words_refill(struct index *ix, struct error *err)
{
	if (index_words_vocab(ix, err) == -1)
		return -1;
	return index_exec(ix, "INSERT OR IGNORE INTO words (term)"
	    " SELECT term FROM temp.articles_vocab"
	    " WHERE length(CAST(term AS BLOB)) >= " INDEX_STR(INDEX_WORD_MIN),
	    err);
}

/* The words listed again, in a transaction of their own. */
int
index_words_renew(struct index *ix, struct error *err)
{
	if (index_begin(ix, err) == -1)
		return -1;
	if (index_exec(ix, "DELETE FROM words", err) == -1 ||
	    index_words_refill(ix, err) == -1) {
		index_rollback(ix);
		return -1;
	}
	index_words_forget(ix);
	return index_commit(ix, err);
}

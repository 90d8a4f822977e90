/*
 * The attribution records of the index (said.c packs them): writing one
 * with its full-text row, and reading quotes, sources, mentions and pairs
 * back out of them.  A quote or a source is known outside by an id made
 * of its article and its place in the record (INDEX_SAID_ID).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claims.h"
#include "index_private.h"
#include "said.h"
#include "xmalloc.h"

#define SAID_TOPIC_ARTICLES	10	/* articles read for a topic */
#define SAID_TOPIC_QUOTES	300	/* quotes on a topic paired across them */

/* Add (or with del, take out) an article's row of said_fts: its names. */
static int
index_said_fts(struct index *ix, int64_t id, const struct attrib_result *r,
    bool del, struct error *err)
{
	struct buf	 speaker = BUF_INIT, source = BUF_INIT;
	sqlite3_stmt	*st;
	int		 rc;

	said_words(r, &speaker, &source);
	st = index_stmt(ix, del ? INDEX_STMT_DELETE_SAID_FTS :
	    INDEX_STMT_INSERT_SAID_FTS, err);
	rc = st == NULL ? -1 : 0;
	if (st != NULL) {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, buf_str(&speaker), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, buf_str(&source), -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = index_db_error(ix, err, "indexing what was said");
		sqlite3_reset(st);
	}
	buf_free(&speaker);
	buf_free(&source);
	return rc;
}

/*
 * said_fts made again from the records (migration 8): a contentless
 * table cannot be copied, only filled again.  A record that cannot be
 * read has no row, as index_clear_said() then takes none out.
 */
int
index_said_refill(struct index *ix, struct error *err)
{
	sqlite3_stmt	*st;
	struct said	 s;
	int		 rc = 0, step;

	if (index_prepare(ix, &st, "SELECT s.article, s.data, a.body FROM said s"
	    " JOIN articles a ON a.id = s.article", err) == -1)
		return -1;
	while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (said_unpack(sqlite3_column_blob(st, 1), (size_t)
		    sqlite3_column_bytes(st, 1), (size_t)sqlite3_column_bytes(st,
		    2), &s) == -1)
			continue;
		rc = index_said_fts(ix, sqlite3_column_int64(st, 0), &s.r, false,
		    err);
		said_free(&s);
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = index_db_error(ix, err, "reading what was said");
	sqlite3_finalize(st);
	return rc;
}

/* Store an article's record and its full-text row (none when empty). */
int
index_put_said(struct index *ix, int64_t id, const struct attrib_result *r,
    const struct claim_pair *pairs, size_t npairs, struct error *err)
{
	struct buf	 rec = BUF_INIT;
	sqlite3_stmt	*st;
	int		 rc = 0;

	if (r == NULL || (r->n == 0 && r->nsrc == 0))
		return 0;
	said_pack(&rec, r, pairs, npairs);
	if ((st = index_stmt(ix, INDEX_STMT_INSERT_SAID, err)) == NULL)
		rc = -1;
	else {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_blob(st, 2, rec.s, (int)rec.len, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = index_db_error(ix, err, "storing what was said");
		sqlite3_reset(st);
	}
	buf_free(&rec);
	if (rc == 0)
		rc = index_said_fts(ix, id, r, false, err);
	return rc;
}

/*
 * Before an article is stored again: its old record and full-text row
 * go (a contentless full-text row is taken out with the words it had).
 */
int
index_clear_said(struct index *ix, int64_t id, struct error *err)
{
	sqlite3_stmt	*st;
	const char	*body;
	struct said	 s;
	int		 rc = 0;

	if ((st = index_stmt(ix, INDEX_STMT_SAID_OF, err)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW &&
	    (body = index_column_text(st, 0)) != NULL &&
	    said_unpack(sqlite3_column_blob(st, 1), (size_t)sqlite3_column_bytes(st,
	    1), (size_t)sqlite3_column_bytes(st, 0), &s) == 0) {
		rc = index_said_fts(ix, id, &s.r, true, err);
		said_free(&s);
	}
	sqlite3_reset(st);
	if (rc == 0 && (st = index_stmt(ix, INDEX_STMT_DELETE_SAID, err)) == NULL)
		return -1;
	if (rc == 0) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = index_db_error(ix, err, "replacing what was said");
		sqlite3_reset(st);
	}
	return rc;
}

/*
 * A name's articles are read from said_fts in order, as many as the
 * caller takes: as "IN (SELECT rowid ...)", every article naming a
 * speaker quoted everywhere was found before the first was read.  (Not
 * when the articles are given: they are fewer.)
 */
static void
index_said_sql(struct buf *sql, const struct said_filter *f)
{
	bool	by_name = f->match != NULL && f->articles == NULL;
	int	i;

	if (by_name)
		buf_adds(sql, "SELECT a.id, a.file, a.title, a.body, s.data FROM"
		    " said_fts CROSS JOIN said s ON s.article = said_fts.rowid"
		    " JOIN articles a ON a.id = s.article WHERE said_fts MATCH ?2"
		    " AND said_fts.rowid > ?1");
	else
		buf_adds(sql, "SELECT a.id, a.file, a.title, a.body, s.data FROM"
		    " said s JOIN articles a ON a.id = s.article"
		    " WHERE s.article > ?1");
	if (f->articles != NULL) {
		buf_adds(sql, " AND s.article IN (");
		for (i = 0; i < f->narticles; i++)
			buf_printf(sql, "%s?%d", i ? ", " : "", i + 3);
		buf_adds(sql, ")");
	}
	if (f->match != NULL && !by_name)
		buf_adds(sql, " AND s.article IN (SELECT rowid FROM said_fts"
		    " WHERE said_fts MATCH ?2)");
	if (f->denials)
		buf_adds(sql, " AND a.denials > 0");
	buf_adds(sql, by_name ? " ORDER BY said_fts.rowid" :
	    " ORDER BY s.article");
	if (f->newest)
		buf_adds(sql, " DESC");
}

/* Hand one row's record to cb; a damaged record is passed over. */
static int
index_said_row(sqlite3_stmt *st, said_row_cb cb, void *ctx)
{
	struct said_row	row;
	int		rc;

	row.article = sqlite3_column_int64(st, 0);
	row.file = index_column_text(st, 1);
	row.title = index_column_text(st, 2);
	row.body = index_column_text(st, 3);
	row.len = (size_t)sqlite3_column_bytes(st, 3);
	if (row.body == NULL || said_unpack(sqlite3_column_blob(st, 4),
	    (size_t)sqlite3_column_bytes(st, 4), row.len, &row.s) == -1)
		return 0;
	rc = cb(ctx, &row);
	said_free(&row.s);
	return rc;
}

/*
 * Every record the filter selects, in article order (the newest first if
 * asked); cb != 0 stops.
 */
int
index_said_each(struct index *ix, const struct said_filter *f, said_row_cb cb,
    void *ctx, struct error *err)
{
	struct buf	 sql = BUF_INIT;
	sqlite3_stmt	*st;
	int		 i, rc;

	index_said_sql(&sql, f);
	rc = index_prepare(ix, &st, buf_str(&sql), err);
	buf_free(&sql);
	if (rc == -1)
		return -1;
	sqlite3_bind_int64(st, 1, f->floor);
	if (f->match != NULL)
		sqlite3_bind_text(st, 2, f->match, -1, SQLITE_TRANSIENT);
	for (i = 0; f->articles != NULL && i < f->narticles; i++)
		sqlite3_bind_int64(st, i + 3, f->articles[i]);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (index_said_row(st, cb, ctx) != 0)
			break;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		if (f->match != NULL)
			index_query_error(ix, err, f->match);
		else
			index_db_error(ix, err, "reading what was said");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

static char *
index_said_span(const struct said_row *row, struct span sp)
{
	return sp.end > sp.start ? xstrndup(row->body + sp.start,
	    sp.end - sp.start) : NULL;
}

void
index_said_strings_free(struct said_strings *st)
{
	free(st->text);
	free(st->mention);
	free(st->cue);
	free(st->context);
}

/* A quote of a record, as a row of the index's interface. */
void
index_said_quote(const struct said_row *row, size_t k, struct quote_row *q,
    struct said_strings *st)
{
	const struct attribution	*a = &row->s.r.v[k];
	const struct source		*who = a->speaker >= 0 ?
					    &row->s.r.src[a->speaker] : NULL;
	size_t				 i;

	memset(q, 0, sizeof *q);
	st->text = index_said_span(row, a->quote);
	st->mention = index_said_span(row, a->mention);
	st->cue = index_said_span(row, a->cue);
	st->context = index_said_span(row, article_sentence(row->body, row->len,
	    a->quote));
	q->id = INDEX_SAID_ID(row->article, k);
	q->article = row->article;
	q->file = row->file;
	q->title = row->title;
	q->text = st->text != NULL ? st->text : "";
	q->direct = a->direct;
	q->speaker = who != NULL ? who->name : NULL;
	q->speaker_source = who != NULL ? INDEX_SAID_ID(row->article,
	    (size_t)a->speaker) : 0;
	q->mention = st->mention;
	q->role = a->role != NULL ? a->role : who != NULL ? who->role : NULL;
	q->cue = st->cue;
	for (i = 0; i < a->nvia && q->nvia < (int)(sizeof q->via /
	    sizeof q->via[0]); i++)
		q->via[q->nvia++] = row->s.r.src[a->via[i]].name;
	q->stance = a->stance;
	q->start = a->quote.start;
	q->end = a->quote.end;
	q->mention_start = a->mention.start;
	q->mention_end = a->mention.end;
	q->cue_start = a->cue.start;
	q->cue_end = a->cue.end;
	q->rule = a->rule;
	q->confidence = a->confidence;
	q->context = st->context;
}

/* Hand quote k of a record to cb. */
int
index_said_emit(const struct said_row *row, size_t k, index_quote_cb cb,
    void *ctx)
{
	struct said_strings	st;
	struct quote_row	q;
	int			rc;

	memset(&st, 0, sizeof st);
	index_said_quote(row, k, &q, &st);
	rc = cb(ctx, &q);
	index_said_strings_free(&st);
	return rc;
}

/*
 * The speaker filter finds the articles through said_fts; within them, a
 * quote is its speaker's when the words of the name asked for stand, in
 * order and in any case, in the speaker's name ("ryabkov" is "Sergei
 * Ryabkov"'s, as the full-text phrase that found the article says).
 */
#define SAID_NAME_WORDS	16

struct said_words {
	char	w[SAID_NAME_WORDS][48];
	int	n;
};

static bool
index_said_is_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

static void
index_said_split(const char *s, struct said_words *out)
{
	size_t	i = 0, n;

	out->n = 0;
	while (s[i] != '\0' && out->n < SAID_NAME_WORDS) {
		if (!index_said_is_word((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (n = 0; index_said_is_word((unsigned char)s[i]); i++)
			if (n + 1 < sizeof out->w[0])
				out->w[out->n][n++] = (s[i] >= 'A' && s[i] <= 'Z') ?
				    (char)(s[i] + 32) : s[i];
		out->w[out->n++][n] = '\0';
	}
}

static bool
index_said_names_match(const char *name, const struct said_words *want)
{
	struct said_words	have;
	int			i, j;

	if (name == NULL || want->n == 0)
		return false;
	index_said_split(name, &have);
	for (i = 0; i + want->n <= have.n; i++) {
		for (j = 0; j < want->n && strcmp(have.w[i + j], want->w[j]) == 0; j++)
			;
		if (j == want->n)
			return true;
	}
	return false;
}

/* A name as a said_fts phrase on one column. */
static char *
index_said_phrase(const char *column, const char *name)
{
	struct buf	b = BUF_INIT;

	buf_printf(&b, "%s : ", column);
	index_fts_string(&b, name, strlen(name));
	return buf_detach(&b);
}

struct said_quotes {
	const struct index_quote_query	*q;
	struct said_words		 speaker;
	int64_t				 emitted;
	index_quote_cb			 cb;
	void				*ctx;
};

static bool
index_said_has_id(const int64_t *ids, int n, int64_t id)
{
	int	i;

	for (i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

/* Is quote k of the record one the query asks for? */
static bool
index_said_wanted(const struct said_quotes *w, const struct said_row *row,
    size_t k)
{
	const struct index_quote_query	*q = w->q;
	const struct attribution	*a = &row->s.r.v[k];
	size_t				 i, place;

	if (q->ids != NULL && !index_said_has_id(q->ids, q->nids,
	    INDEX_SAID_ID(row->article, k)))
		return false;
	if (q->stance >= 0 && a->stance != (enum stance)q->stance)
		return false;
	if (q->speaker != NULL && (a->speaker < 0 || !index_said_names_match(
	    row->s.r.src[a->speaker].name, &w->speaker)))
		return false;
	if (q->source == 0)
		return true;
	place = INDEX_SAID_PLACE(q->source);
	if (INDEX_SAID_ARTICLE(q->source) != row->article)
		return false;
	if (a->speaker >= 0 && (size_t)a->speaker == place)
		return true;
	for (i = 0; i < a->nvia; i++)
		if ((size_t)a->via[i] == place)
			return true;
	return false;
}

static int
index_said_quotes_of(void *ctx, struct said_row *row)
{
	struct said_quotes	*w = ctx;
	size_t			 k;

	for (k = 0; k < row->s.r.n; k++) {
		if (!index_said_wanted(w, row, k))
			continue;
		if (w->q->limit > 0 && w->emitted >= w->q->limit)
			return 1;
		w->emitted++;
		if (index_said_emit(row, k, w->cb, w->ctx) != 0)
			return 1;
	}
	return 0;
}

/* The articles a quote query can only find its quotes in, if any. */
static int64_t *
index_said_articles(const struct index_quote_query *q, int *n)
{
	int64_t	*v;
	int	 i;

	*n = 0;
	if (q->articles != NULL) {
		v = xcalloc((size_t)q->narticles + 1, sizeof *v);
		memcpy(v, q->articles, (size_t)q->narticles * sizeof *v);
		*n = q->narticles;
		return v;
	}
	if (q->ids != NULL) {
		v = xcalloc((size_t)q->nids + 1, sizeof *v);
		for (i = 0; i < q->nids; i++)
			v[(*n)++] = INDEX_SAID_ARTICLE(q->ids[i]);
		return v;
	}
	if (q->source != 0) {
		v = xcalloc(1, sizeof *v);
		v[(*n)++] = INDEX_SAID_ARTICLE(q->source);
		return v;
	}
	return NULL;
}

/*
 * Quotes, filtered as the query says: those of the articles given in
 * their order, or across the index from the newest article; each
 * article's in text order.
 */
int
index_quotes(struct index *ix, const struct index_quote_query *q,
    index_quote_cb cb, void *ctx, struct error *err)
{
	struct said_quotes	 w;
	struct said_filter	 f;
	char			*phrase = NULL;
	int64_t			*articles;
	int			 n, rc;

	memset(&w, 0, sizeof w);
	w.q = q;
	w.cb = cb;
	w.ctx = ctx;
	memset(&f, 0, sizeof f);
	articles = index_said_articles(q, &n);
	f.articles = articles;
	f.narticles = n;
	f.denials = q->stance == STANCE_DENIAL;
	f.newest = articles == NULL;	/* across the index, as news is read */
	if (q->speaker != NULL) {
		index_said_split(q->speaker, &w.speaker);
		f.match = phrase = index_said_phrase("speaker", q->speaker);
	}
	rc = index_said_each(ix, &f, index_said_quotes_of, &w, err);
	free(phrase);
	free(articles);
	return rc;
}

/* Speakers first, then the most named, then by name. */
static int
index_said_by_weight(const void *x, const void *y)
{
	const struct source	*a = *(const struct source *const *)x;
	const struct source	*b = *(const struct source *const *)y;

	if (a->quotes != b->quotes)
		return a->quotes > b->quotes ? -1 : 1;
	if (a->nmentions != b->nmentions)
		return a->nmentions > b->nmentions ? -1 : 1;
	return strcmp(a->name, b->name);
}

struct said_sources {
	index_source_cb	 cb;
	void		*ctx;
	int		 rc;
};

static int
index_said_sources_of(void *ctx, struct said_row *row)
{
	struct said_sources	 *w = ctx;
	const struct source	**v;
	struct source_row	  s;
	size_t			  i, n = row->s.r.nsrc;

	v = xcalloc(n + 1, sizeof *v);
	for (i = 0; i < n; i++)
		v[i] = &row->s.r.src[i];
	qsort(v, n, sizeof *v, index_said_by_weight);
	for (i = 0; i < n && w->rc == 0; i++) {
		memset(&s, 0, sizeof s);
		s.id = INDEX_SAID_ID(row->article, (size_t)(v[i] - row->s.r.src));
		s.article = row->article;
		s.name = v[i]->name;
		s.kind = v[i]->kind;
		s.role = v[i]->role;
		s.mentions = (int)v[i]->nmentions;
		s.quotes = (int)v[i]->quotes;
		w->rc = w->cb(w->ctx, &s);
	}
	free(v);
	return 1;
}

/* The sources of an article: speakers first, then by how often named. */
int
index_sources(struct index *ix, int64_t article, index_source_cb cb,
    void *ctx, struct error *err)
{
	struct said_sources	w = { cb, ctx, 0 };
	struct said_filter	f;

	memset(&f, 0, sizeof f);
	f.articles = &article;
	f.narticles = 1;
	return index_said_each(ix, &f, index_said_sources_of, &w, err);
}

static int
index_said_by_start(const void *x, const void *y)
{
	const struct span	*a = x, *b = y;

	return (a->start > b->start) - (a->start < b->start);
}

struct said_mentions {
	size_t		 place;
	index_span_cb	 cb;
	void		*ctx;
};

static int
index_said_mentions_of(void *ctx, struct said_row *row)
{
	struct said_mentions	*w = ctx;
	struct source		*s;
	size_t			 i;

	if (w->place >= row->s.r.nsrc)
		return 1;
	s = &row->s.r.src[w->place];
	qsort(s->mentions, s->nmentions, sizeof *s->mentions,
	    index_said_by_start);
	for (i = 0; i < s->nmentions; i++)
		if (w->cb(w->ctx, s->mentions[i].start, s->mentions[i].end) != 0)
			break;
	return 1;
}

/* Where the body names a source, in text order. */
int
index_mentions(struct index *ix, int64_t source, index_span_cb cb, void *ctx,
    struct error *err)
{
	struct said_mentions	w = { INDEX_SAID_PLACE(source), cb, ctx };
	struct said_filter	f;
	int64_t			article = INDEX_SAID_ARTICLE(source);

	memset(&f, 0, sizeof f);
	f.articles = &article;
	f.narticles = 1;
	return index_said_each(ix, &f, index_said_mentions_of, &w, err);
}

struct said_pairs {
	int		 relation;	/* enum claim_relation, or -1 */
	int64_t		 limit, emitted;
	index_pair_cb	 cb;
	void		*ctx;
};

static int
index_said_by_score(const void *x, const void *y)
{
	const struct claim_pair	*a = x, *b = y;

	return (a->score < b->score) - (a->score > b->score);
}

static int
index_said_pair(const struct said_row *row, const struct claim_pair *p,
    index_pair_cb cb, void *ctx)
{
	struct said_strings	sa, sb;
	struct quote_row	qa, qb;
	struct pair_row		r;
	int			rc;

	memset(&sa, 0, sizeof sa);
	memset(&sb, 0, sizeof sb);
	index_said_quote(row, p->a, &qa, &sa);
	index_said_quote(row, p->b, &qb, &sb);
	r.a = &qa;
	r.b = &qb;
	r.relation = (int)p->relation;
	r.score = p->score;
	r.why = p->why;
	rc = cb(ctx, &r);
	index_said_strings_free(&sa);
	index_said_strings_free(&sb);
	return rc;
}

static int
index_said_pairs_of(void *ctx, struct said_row *row)
{
	struct said_pairs	*w = ctx;
	size_t			 i;

	qsort(row->s.pairs, row->s.npairs, sizeof *row->s.pairs,
	    index_said_by_score);
	for (i = 0; i < row->s.npairs; i++) {
		if (w->relation >= 0 &&
		    row->s.pairs[i].relation != (enum claim_relation)w->relation)
			continue;
		if (w->limit > 0 && w->emitted >= w->limit)
			return 1;
		w->emitted++;
		if (index_said_pair(row, &row->s.pairs[i], w->cb, w->ctx) != 0)
			return 1;
	}
	return 0;
}

/*
 * The pairs found at import within the given articles (or within every
 * article, when n is 0), article by article, best first in each;
 * relation is an enum claim_relation or -1 for any.
 */
int
index_pairs(struct index *ix, const int64_t *articles, int n, int relation,
    int64_t limit, index_pair_cb cb, void *ctx, struct error *err)
{
	struct said_pairs	w = { relation, limit, 0, cb, ctx };
	struct said_filter	f;

	memset(&f, 0, sizeof f);
	f.articles = n > 0 ? articles : NULL;
	f.narticles = n;
	return index_said_each(ix, &f, index_said_pairs_of, &w, err);
}

struct said_named {
	const char		*name;
	int64_t			 limit, emitted;
	index_source_id_cb	 cb;
	void			*ctx;
};

static int
index_said_named_of(void *ctx, struct said_row *row)
{
	struct said_named	*w = ctx;
	size_t			 i;

	for (i = 0; i < row->s.r.nsrc; i++) {
		if (strcasecmp(row->s.r.src[i].name, w->name) != 0)
			continue;
		if (w->limit > 0 && w->emitted >= w->limit)
			return 1;
		w->emitted++;
		if (w->cb(w->ctx, INDEX_SAID_ID(row->article, i),
		    row->article) != 0)
			return 1;
	}
	return 0;
}

/*
 * Every source named name (any case), the newest articles first: the same
 * person or outlet as each article names it.  The articles are found by
 * their sources' names in said_fts.  cb gets the source's id and its
 * article; a non-zero return stops.
 */
int
index_sources_named(struct index *ix, const char *name, int64_t limit,
    index_source_id_cb cb, void *ctx, struct error *err)
{
	struct said_named	 w = { name, limit, 0, cb, ctx };
	struct said_filter	 f;
	char			*phrase = index_said_phrase("source", name);
	int			 rc;

	memset(&f, 0, sizeof f);
	f.match = phrase;
	f.newest = true;
	rc = index_said_each(ix, &f, index_said_named_of, &w, err);
	free(phrase);
	return rc;
}

static int
index_said_count(void *ctx, struct said_row *row)
{
	(*(int64_t *)ctx)++;
	return 0;
}

/* How many records fail to unpack against their article's text. */
int64_t
index_said_damaged(struct index *ix, struct error *err)
{
	struct said_filter	f;
	sqlite3_stmt		*st;
	int64_t			 records = 0, good = 0;

	memset(&f, 0, sizeof f);
	if (index_said_each(ix, &f, index_said_count, &good, err) == -1 ||
	    index_prepare(ix, &st, "SELECT count(*) FROM said", err) == -1)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		records = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return records - good;
}

struct said_topic_quote {
	struct quote_row	*q;
	struct claim		 c;
};

struct said_topic {
	int64_t			 limit, emitted;
	index_pair_cb		 cb;
	void			*ctx;
	int			 rc;
	struct said_topic_quote	*v;		/* the quotes found */
	size_t			 n, cap;
};

/* Keep a matching quote as a claim, for pairing across the articles. */
static void
index_said_topic_keep(struct said_topic *w, const struct said_row *row,
    size_t k, const char *const *names)
{
	struct said_topic_quote	*t;
	struct said_strings	 st;
	struct quote_row	 q;

	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 32;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
	}
	memset(&st, 0, sizeof st);
	index_said_quote(row, k, &q, &st);
	t = &w->v[w->n++];
	t->q = index_quote_dup(&q);
	index_said_strings_free(&st);
	memset(&t->c, 0, sizeof t->c);
	t->c.id = t->q->id;
	t->c.article = t->q->article;
	t->c.text = t->q->text;
	t->c.context = t->q->context;
	t->c.speaker = t->q->speaker;
	t->c.stance = t->q->stance;
	t->c.direct = t->q->direct;
	claims_prepare(&t->c, names, row->s.r.nsrc);
}

/*
 * An article on the topic: the pairs stored in it, and its quotes kept
 * for pairing across the articles.
 */
static int
index_said_topic_of(void *ctx, struct said_row *row)
{
	struct said_topic	 *w = ctx;
	const char		**names = xcalloc(row->s.r.nsrc + 1, sizeof *names);
	size_t			  i;

	for (i = 0; i < row->s.r.nsrc; i++)
		names[i] = row->s.r.src[i].name;
	for (i = 0; i < row->s.npairs && w->emitted < w->limit; i++) {
		w->emitted++;
		if (index_said_pair(row, &row->s.pairs[i], w->cb, w->ctx) != 0)
			w->emitted = w->limit;
	}
	for (i = 0; i < row->s.r.n && w->n < SAID_TOPIC_QUOTES; i++)
		if (row->s.r.v[i].stance != STANCE_REFUSAL)
			index_said_topic_keep(w, row, i, names);
	free(names);
	return w->emitted >= w->limit;
}

/* The quotes on the topic of different articles, paired with each other. */
static void
index_said_topic_across(struct said_topic *w)
{
	struct claim_pair	p;
	struct pair_row		r;
	size_t			i, j;

	for (i = 0; i < w->n; i++)
		for (j = i + 1; j < w->n && w->emitted < w->limit; j++) {
			if (w->v[i].c.article == w->v[j].c.article ||
			    !claims_pair(&w->v[i].c, &w->v[j].c, &p))
				continue;
			r.a = p.a == 0 ? w->v[i].q : w->v[j].q;
			r.b = p.a == 0 ? w->v[j].q : w->v[i].q;
			r.relation = (int)p.relation;
			r.score = p.score;
			r.why = p.why;
			w->emitted++;
			if (w->cb(w->ctx, &r) != 0)
				return;
		}
}

/*
 * Pairs of claims on a topic across the index: in the articles that
 * match a full-text query best (ten at most), the pairs found at import,
 * then the quotes of different articles paired with each other.
 */
int
index_topic_pairs(struct index *ix, const char *query, int64_t limit,
    index_pair_cb cb, void *ctx, struct error *err)
{
	struct said_topic	 w;
	struct said_filter	 f;
	int64_t			*ids;
	size_t			 i, n;

	memset(&w, 0, sizeof w);
	w.limit = limit > 0 ? limit : 50;
	w.cb = cb;
	w.ctx = ctx;
	if ((ids = index_ranked(ix, "articles_fts", "articles", query,
	    SAID_TOPIC_ARTICLES, &n, err)) == NULL)
		return -1;
	memset(&f, 0, sizeof f);
	f.narticles = 1;
	for (i = 0; i < n && w.rc == 0 && w.emitted < w.limit; i++) {
		f.articles = &ids[i];
		if (index_said_each(ix, &f, index_said_topic_of, &w, err) == -1)
			w.rc = -1;
	}
	if (w.rc == 0)
		index_said_topic_across(&w);
	for (i = 0; i < w.n; i++)
		index_quote_free(w.v[i].q);
	free(w.v);
	free(ids);
	return w.rc == -1 ? -1 : 0;
}

/*
 * The import pipeline: read, import, attribute, store; one transaction a
 * file (a batch of a stream), each article whole.  The attribution engine
 * runs on threads of its own (pipeline.c), so that finding who said what
 * in some articles overlaps with writing the ones before them.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attrib.h"
#include "claims.h"
#include "fetch.h"
#include "ingest.h"
#include "pipeline.h"
#include "xmalloc.h"

#define INGEST_SNIFF	65536	/* read before choosing how to read the rest */
/*
 * Streamed articles per transaction.  A commit writes every page the
 * transaction touched again, and the indexes on date and hash are
 * touched all over: a thousand articles a commit made importing the
 * 37,554 AllSides articles take 13.2 s, ten thousand 10.4 s.
 */
#define INGEST_BATCH	10000
#define INGEST_MAX_LINE	IMPORT_MAX_FILE
/*
 * Writing the index stalls now and then (FTS5 writing out its pending
 * terms, a commit) for longer than the engine takes on an article: a deep
 * queue keeps the engine busy through them.  64 articles made an import
 * a sixth slower than 1,024 (at about 40 MB resident).
 */
#define INGEST_DEPTH	1024	/* articles in the pipeline at most ... */
#define INGEST_DEPTH_BYTES (32u << 20)	/* ... and bytes of their text */

/* An article on its way through the attribution engine to the index. */
struct ingest_item {
	int64_t			 again;		/* reattributing this article */
	struct index_tokenizer	*tk;		/* to split its words, or NULL */
	struct article		 a;
	struct attrib_result	 r;
	struct claim_pair	*pairs;
	size_t			 npairs;
};

struct ingest {
	struct index			*ix;
	const struct ingest_opts	*opts;
	struct ingest_stats		*stats;
	const char			*file;		/* as named */
	const char			*origin;	/* real path or URL, or NULL */
	unsigned			 narticles;	/* in this file so far */
	unsigned			 committed;	/* of them, streamed */
	bool				 fatal;		/* the index failed */
	struct pipeline			*pipe;		/* to the engine's thread */
	struct index_tokenizer		*tk;		/* the index's */
	size_t				 queued_bytes;
};

/* Files in a folder that are certainly not articles are passed over. */
static const char *const ingest_ignored_suffixes[] = {
	".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp",
	".css", ".js", ".mjs", ".map", ".woff", ".woff2", ".ttf", ".otf",
	".pdf", ".zip", ".tar", ".xz", ".bz2", ".7z", ".mp3", ".mp4", ".webm",
	".ogg", ".wav", ".db", ".sqlite", ".o", ".a", ".so", ".exe",
};

/* Nor are a folder's notes about itself. */
static const char *const ingest_ignored_prefixes[] = {
	"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NEWS.md",
	"Makefile", "index.db",
};

static const char *const ingest_event_names[] = {
#define X(id, name) name,
	INGEST_EVENTS(X)
#undef X
};

const char *
ingest_event_name(enum ingest_what w)
{
	return ingest_event_names[w];
}

static void
ingest_report(struct ingest *in, enum ingest_what what, int64_t id,
    const struct article *a, const struct attrib_result *r, const char *msg)
{
	struct ingest_event	ev;
	size_t			i;

	memset(&ev, 0, sizeof ev);
	ev.what = what;
	ev.file = in->file;
	ev.id = id;
	ev.title = a != NULL ? a->title : NULL;
	ev.msg = msg;
	for (i = 0; r != NULL && i < r->n; i++) {
		ev.quotes++;
		ev.denials += r->v[i].stance == STANCE_DENIAL;
	}
	if (in->opts->report != NULL)
		in->opts->report(in->opts->ctx, &ev);
}

static void
ingest_note(void *ctx, const char *msg)
{
	struct ingest	*in = ctx;

	ingest_report(in, INGEST_NOTE, 0, NULL, NULL, msg);
}

/* A bad part of a file (a line, an item) is counted and reported. */
static void
ingest_skip(void *ctx, const char *msg)
{
	struct ingest	*in = ctx;

	in->stats->skipped++;
	ingest_report(in, INGEST_SKIPPED, 0, NULL, NULL, msg);
}

/*
 * An article without an origin of its own (a URL, a feed item's id) is
 * known by its file's real path; the second and later articles of one
 * file by "path#N".
 */
static void
ingest_set_origin(struct ingest *in, struct article *a)
{
	if (a->origin != NULL || in->origin == NULL)
		return;
	if (in->narticles == 1)
		a->origin = xstrdup(in->origin);
	else
		a->origin = xasprintf("%s#%u", in->origin, in->narticles);
}

static void
ingest_count(struct ingest *in, enum index_status st)
{
	switch (st) {
	case INDEX_NEW:		in->stats->added++; break;
	case INDEX_CHANGED:	in->stats->updated++; break;
	case INDEX_UNCHANGED:	in->stats->unchanged++; break;
	case INDEX_DUPLICATE:	in->stats->duplicates++; break;
	}
}

static const enum ingest_what ingest_status_event[] = {
	[INDEX_NEW] = INGEST_ADDED,
	[INDEX_CHANGED] = INGEST_UPDATED,
	[INDEX_UNCHANGED] = INGEST_UNCHANGED,
	[INDEX_DUPLICATE] = INGEST_DUPLICATE,
};

/*
 * On the engine's thread: who said what, which claims pair, and the
 * article's words, which the index would otherwise split on its own.
 */
static void
ingest_work(void *arg)
{
	struct ingest_item	*it = arg;
	const char		*body = buf_str(&it->a.body);

	attrib_article(body, it->a.body.len, &it->r);
	it->npairs = claims_article(body, it->a.body.len, &it->r, &it->pairs);
	if (it->tk != NULL)		/* else the index splits them */
		it->a.split = index_split(it->tk, it->a.title, body,
		    it->a.body.len, &it->a.words) == 0;
}

static void
ingest_item_free(struct ingest_item *it)
{
	article_free(&it->a);
	attrib_result_free(&it->r);
	free(it->pairs);
	free(it);
}

/* The record of an article the index has, made again (quoth reindex). */
static int
ingest_store_again(struct ingest *in, struct ingest_item *it,
    struct error *err)
{
	if (index_restore_said(in->ix, it->again, &it->r, it->pairs,
	    it->npairs, err) == -1) {
		in->fatal = true;
		return -1;
	}
	in->stats->updated++;
	ingest_report(in, INGEST_UPDATED, it->again, &it->a, &it->r, NULL);
	return 0;
}

/*
 * Store an article the engine has read.  It is looked up again: another
 * copy of it may have been stored while it was in the pipeline.
 */
static int
ingest_store(struct ingest *in, struct ingest_item *it, struct error *err)
{
	enum index_status	st;
	int64_t			id;

	if (it->again != 0)
		return ingest_store_again(in, it, err);
	if (index_lookup(in->ix, &it->a, &id, &st, err) == -1 ||
	    ((st == INDEX_NEW || st == INDEX_CHANGED) &&
	    index_store(in->ix, &it->a, &it->r, it->pairs, it->npairs, &id,
	    err) == -1)) {
		in->fatal = true;
		return -1;
	}
	ingest_count(in, st);
	ingest_report(in, ingest_status_event[st], id, &it->a,
	    st == INDEX_NEW || st == INDEX_CHANGED ? &it->r : NULL, NULL);
	return 0;
}

/* Store the oldest article out of the pipeline: 1 if one was, 0 if none. */
static int
ingest_store_next(struct ingest *in, bool wait, struct error *err)
{
	struct ingest_item	*it;
	int			 rc;

	if (in->pipe == NULL || (it = pipeline_take(in->pipe, wait)) == NULL)
		return 0;
	in->queued_bytes -= it->a.body.len;
	rc = in->fatal ? 0 : ingest_store(in, it, err);
	ingest_item_free(it);
	return rc == -1 ? -1 : 1;
}

/* Everything in the pipeline into the index: before every commit. */
static int
ingest_flush(struct ingest *in, struct error *err)
{
	int	rc;

	while ((rc = ingest_store_next(in, true, err)) == 1)
		;
	return rc;
}

/* Everything in the pipeline thrown away: before a rollback. */
static void
ingest_discard(struct ingest *in)
{
	struct ingest_item	*it;

	while (in->pipe != NULL && (it = pipeline_take(in->pipe, true)) != NULL) {
		in->queued_bytes -= it->a.body.len;
		ingest_item_free(it);
	}
}

/* Into the pipeline, making room first; store what the engine is done with. */
static int
ingest_queue(struct ingest *in, struct article *a, int64_t again,
    struct error *err)
{
	struct ingest_item	*it = xcalloc(1, sizeof *it);
	struct error		 tkerr;
	int			 rc;

	it->again = again;
	it->a = *a;
	article_init(a);	/* the item owns the article now */
	if (in->pipe == NULL) {
		in->pipe = pipeline_new(ingest_work, INGEST_DEPTH, 0);
		/* without one, the index splits the articles itself */
		in->tk = index_tokenizer(in->ix, &tkerr);
	}
	if (again == 0)
		it->tk = in->tk;
	while (pipeline_full(in->pipe) || (in->queued_bytes > INGEST_DEPTH_BYTES))
		if (ingest_store_next(in, true, err) == -1) {
			ingest_item_free(it);
			return -1;
		}
	in->queued_bytes += it->a.body.len;
	pipeline_push(in->pipe, it);
	while ((rc = ingest_store_next(in, false, err)) == 1)
		;
	return rc;
}

/*
 * The sink the importers hand each article to.  What the index has
 * already is reported at once; the rest goes through the engine.
 */
static int
ingest_article(void *ctx, struct article *a, struct error *err)
{
	struct ingest		*in = ctx;
	enum index_status	 st;
	int64_t			 id;

	if (a->body.len > IMPORT_MAX_ARTICLE)
		return error_set(err, "the article is %.1f MB, over the %u MB limit",
		    (double)a->body.len / (1 << 20), IMPORT_MAX_ARTICLE >> 20);
	in->narticles++;
	ingest_set_origin(in, a);
	article_seal(a);
	/*
	 * No savepoint per article: releasing one makes FTS5 flush its
	 * pending terms, which cost two thirds of an import.  A failure
	 * here is the index's (a full disk), and rolls back the whole
	 * transaction instead.
	 */
	if (index_lookup(in->ix, a, &id, &st, err) == -1) {
		in->fatal = true;
		return -1;
	}
	if (st == INDEX_NEW || st == INDEX_CHANGED)
		return ingest_queue(in, a, 0, err);
	ingest_count(in, st);
	ingest_report(in, ingest_status_event[st], id, a, NULL, NULL);
	return 0;
}

/* Import bytes already in memory as one transaction. */
static int
ingest_bytes(struct ingest *in, const char *data, size_t n, struct error *err)
{
	struct import_sink	sink = { ingest_article, ingest_note, ingest_skip,
	    in };
	struct error		ferr;

	in->narticles = 0;
	if (index_begin(in->ix, err) == -1)
		return -1;
	if (import_parse(data, n, in->file, in->opts->format, &sink, &ferr) == -1 ||
	    ingest_flush(in, &ferr) == -1) {
		ingest_discard(in);
		index_rollback(in->ix);
		if (in->fatal) {
			*err = ferr;
			return -1;
		}
		in->stats->failed++;
		ingest_report(in, INGEST_FILE_FAILED, 0, NULL, NULL, ferr.msg);
		return 0;
	}
	if (index_commit(in->ix, err) == -1)
		return -1;
	ingest_report(in, INGEST_FILE_DONE, 0, NULL, NULL, NULL);
	return 0;
}

static void ingest_fail(struct ingest *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
ingest_fail(struct ingest *in, const char *fmt, ...)
{
	char	msg[512];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	in->stats->failed++;
	ingest_report(in, INGEST_FILE_FAILED, 0, NULL, NULL, msg);
}

/* Read a whole file, refusing one past the size limit before reading it. */
static int
ingest_read(struct ingest *in, int fd, struct buf *data)
{
	struct stat	sb;
	char		chunk[65536];
	ssize_t		n;

	if (fstat(fd, &sb) == 0 && sb.st_size > (off_t)IMPORT_MAX_FILE) {
		ingest_fail(in, "%.1f MB is over the %u MB limit for one file",
		    (double)sb.st_size / (1 << 20), IMPORT_MAX_FILE >> 20);
		return -1;
	}
	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			ingest_fail(in, "cannot read: %s", strerror(errno));
			return -1;
		}
		if (data->len + (size_t)n > IMPORT_MAX_FILE) {
			ingest_fail(in, "%s", "over the size limit for one file");
			return -1;
		}
		buf_add(data, chunk, (size_t)n);
		in->stats->bytes += (uint64_t)n;
	}
	return 0;
}

/* Read up to want bytes more into data; 1 at the end of the input. */
static int
ingest_read_some(struct ingest *in, int fd, struct buf *data, size_t want)
{
	ssize_t	n;

	buf_reserve(data, want);
	for (;;) {
		n = read(fd, data->s + data->len, want);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			ingest_fail(in, "cannot read: %s", strerror(errno));
			return -1;
		}
		data->len += (size_t)n;
		data->s[data->len] = '\0';
		in->stats->bytes += (uint64_t)n;
		return n == 0;
	}
}

/* A stream commits every INGEST_BATCH articles, each article whole. */
static int
ingest_batch(struct ingest *in, struct error *err)
{
	if (in->narticles - in->committed < INGEST_BATCH)
		return 0;
	in->committed = in->narticles;
	/*
	 * What the engine still holds goes into the next transaction: the
	 * commit overlaps with its work instead of waiting for all of it.
	 */
	if (index_commit(in->ix, err) == -1 || index_begin(in->ix, err) == -1) {
		in->fatal = true;
		return -1;
	}
	return 0;
}

/* Hand the complete lines in data to the importer; keep the rest. */
static int
ingest_take_lines(struct ingest *in, struct import_lines *jl, struct buf *data,
    bool eof, struct error *err)
{
	const char	*p = buf_str(data), *end = p + data->len, *nl;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL && !eof)
			break;
		if (nl == NULL)
			nl = end;
		if (import_lines_add(jl, p, (size_t)(nl - p), err) == -1 ||
		    ingest_batch(in, err) == -1)
			return -1;
		p = nl < end ? nl + 1 : nl;
	}
	memmove(data->s, p, (size_t)(end - p));
	buf_truncate(data, (size_t)(end - p));
	return 0;
}

/* A line past the limit is reported and passed over unread. */
static void
ingest_skip_long(struct import_lines *jl, struct buf *data, bool *skipping)
{
	const char	*nl;

	if (!*skipping && data->len > INGEST_MAX_LINE) {
		import_lines_skip(jl, "longer than the size limit for one line");
		*skipping = true;
	}
	if (!*skipping)
		return;
	if ((nl = memchr(buf_str(data), '\n', data->len)) == NULL) {
		buf_truncate(data, 0);
		return;
	}
	memmove(data->s, nl + 1, data->len - (size_t)(nl + 1 - data->s));
	buf_truncate(data, data->len - (size_t)(nl + 1 - data->s));
	*skipping = false;
}

static int
ingest_lines_loop(struct ingest *in, int fd, struct import_lines *jl,
    struct buf *data, struct error *err)
{
	bool	eof = false, skipping = false;
	int	r;

	for (;;) {
		ingest_skip_long(jl, data, &skipping);
		if (!skipping && ingest_take_lines(in, jl, data, eof, err) == -1)
			return -1;
		if (eof)
			return 0;
		if ((r = ingest_read_some(in, fd, data, INGEST_SNIFF)) == -1)
			return -2;
		eof = r == 1;
	}
}

/*
 * JSON lines, read a chunk at a time however big the input: memory holds
 * one line, and the index gets a transaction every INGEST_BATCH articles.
 * A bad line is skipped; input with no article at all is refused.
 */
static int
ingest_lines(struct ingest *in, int fd, struct buf *data, struct error *err)
{
	struct import_sink	 sink = { ingest_article, ingest_note,
	    ingest_skip, in };
	struct import_lines	*jl;
	struct error		 ferr;
	int			 rc;

	in->narticles = in->committed = 0;
	if (index_begin(in->ix, err) == -1)
		return -1;
	jl = import_lines_open(in->file, &sink);
	if ((rc = ingest_lines_loop(in, fd, jl, data, &ferr)) == 0)
		rc = import_lines_close(jl, &ferr);
	else
		import_lines_close(jl, NULL);
	if (rc == 0 && ingest_flush(in, &ferr) == -1)
		rc = -1;
	if (rc == 0) {
		if (index_commit(in->ix, err) == -1)
			return -1;
		ingest_report(in, INGEST_FILE_DONE, 0, NULL, NULL, NULL);
		return 0;
	}
	ingest_discard(in);
	index_rollback(in->ix);
	if (in->fatal) {
		*err = ferr;
		return -1;
	}
	if (rc == -1) {		/* -2: a read error, reported already */
		in->stats->failed++;
		ingest_report(in, INGEST_FILE_FAILED, 0, NULL, NULL, ferr.msg);
	}
	return 0;
}

static bool
ingest_is_lines(const struct ingest *in, const struct buf *data)
{
	enum import_format	f = in->opts->format;

	if (f == IMPORT_AUTO && !(data->len >= 2 &&
	    memcmp(data->s, "\x1f\x8b", 2) == 0))
		f = import_detect(buf_str(data), data->len);
	return f == IMPORT_JSONL;
}

/*
 * JSON lines are streamed; everything else is read whole (up to the
 * limit for one file) and imported as one transaction.
 */
static int
ingest_fd(struct ingest *in, int fd, struct error *err)
{
	struct buf	data = BUF_INIT;
	int		rc = 0, r;

	in->stats->files++;
	while ((r = ingest_read_some(in, fd, &data, INGEST_SNIFF)) == 0 &&
	    data.len < INGEST_SNIFF)
		;
	if (r != -1 && ingest_is_lines(in, &data))
		rc = ingest_lines(in, fd, &data, err);
	else if (r != -1 && (r == 1 || ingest_read(in, fd, &data) == 0))
		rc = ingest_bytes(in, buf_str(&data), data.len, err);
	buf_free(&data);
	return rc;
}

static int
ingest_file(struct ingest *in, const char *path, struct error *err)
{
	char	real[PATH_MAX];
	int	fd, rc;

	in->file = path;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		in->stats->files++;
		ingest_fail(in, "cannot open: %s", strerror(errno));
		return 0;
	}
	in->origin = realpath(path, real) != NULL ? real : NULL;
	rc = ingest_fd(in, fd, err);
	in->origin = NULL;
	close(fd);
	return rc;
}

static bool
ingest_is_ignored(const char *name)
{
	size_t	i, n = strlen(name), k;

	if (name[0] == '.')
		return true;		/* hidden files and folders */
	for (i = 0; i < sizeof ingest_ignored_prefixes /
	    sizeof ingest_ignored_prefixes[0]; i++) {
		k = strlen(ingest_ignored_prefixes[i]);
		if (strncasecmp(name, ingest_ignored_prefixes[i], k) == 0)
			return true;
	}
	for (i = 0; i < sizeof ingest_ignored_suffixes /
	    sizeof ingest_ignored_suffixes[0]; i++) {
		k = strlen(ingest_ignored_suffixes[i]);
		if (n > k && strcasecmp(name + n - k, ingest_ignored_suffixes[i]) == 0)
			return true;
	}
	return false;
}

static int ingest_any(struct ingest *, const char *, bool, struct error *);

/* A folder, recursively, in name order so that imports are repeatable. */
static int
ingest_dir(struct ingest *in, const char *path, struct error *err)
{
	struct dirent	**names;
	char		 *child;
	int		  n, i, rc = 0;

	if ((n = scandir(path, &names, NULL, alphasort)) == -1) {
		in->file = path;
		in->stats->files++;
		ingest_fail(in, "cannot read the folder: %s", strerror(errno));
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (rc == 0 && !ingest_is_ignored(names[i]->d_name)) {
			child = xasprintf("%s%s%s", path, path[strlen(path) - 1] ==
			    '/' ? "" : "/", names[i]->d_name);
			rc = ingest_any(in, child, true, err);
			free(child);
		} else if (rc == 0 && names[i]->d_name[0] != '.')
			in->stats->ignored++;
		free(names[i]);
	}
	free(names);
	return rc;
}

/* Symbolic links to folders are not followed inside folders: no loops. */
static int
ingest_any(struct ingest *in, const char *path, bool nested, struct error *err)
{
	struct stat	sb;

	if ((nested ? lstat(path, &sb) : stat(path, &sb)) == -1) {
		in->file = path;
		in->stats->files++;
		ingest_fail(in, "%s", strerror(errno));
		return 0;
	}
	if (S_ISDIR(sb.st_mode))
		return ingest_dir(in, path, err);
	if (S_ISLNK(sb.st_mode) && (stat(path, &sb) == -1 || S_ISDIR(sb.st_mode)))
		return 0;
	if (!S_ISREG(sb.st_mode) && nested)
		return 0;
	return ingest_file(in, path, err);
}

/* The end of an import: the pipeline is empty by now; its thread goes. */
static int
ingest_finish(struct ingest *in, int rc)
{
	ingest_discard(in);
	pipeline_free(in->pipe);
	in->pipe = NULL;
	in->tk = NULL;
	return rc;
}

static void
ingest_start(struct ingest *in, struct index *ix,
    const struct ingest_opts *opts, struct ingest_stats *stats)
{
	memset(in, 0, sizeof *in);
	in->ix = ix;
	in->opts = opts;
	in->stats = stats;
}

/*
 * Import data already in memory (a download), named name in reports; an
 * article without an origin of its own is known by name.
 */
int
ingest_memory(struct index *ix, const char *name, const char *data, size_t n,
    const struct ingest_opts *opts, struct ingest_stats *stats,
    struct error *err)
{
	struct ingest	in;

	ingest_start(&in, ix, opts, stats);
	in.file = name;
	in.origin = name;
	stats->files++;
	stats->bytes += n;
	return ingest_finish(&in, ingest_bytes(&in, data, n, err));
}

/* A page or a feed on the web: downloaded, then imported like a file. */
static int
ingest_url(struct ingest *in, const char *url, struct error *err)
{
	struct fetch_opts	fo;
	struct fetch_result	res;
	struct error		ferr;
	int			rc = 0;

	memset(&fo, 0, sizeof fo);
	fo.timeout = in->opts->timeout;
	in->file = url;
	if (fetch_url(url, &fo, &res, &ferr) == -1) {
		in->stats->files++;
		ingest_fail(in, "%s", ferr.msg);
	} else {
		fetch_decode_page(&res);
		rc = ingest_memory(in->ix, url, res.body.s != NULL ? res.body.s :
		    "", res.body.len, in->opts, in->stats, err);
	}
	fetch_result_free(&res);
	return rc;
}

/*
 * Import a file or a folder ("-" is standard input, and an http or https
 * URL is downloaded).  Files that fail are
 * reported and counted, and the rest go on; -1 means the index itself
 * failed (disk full, read-only), and nothing more can be imported.
 */
int
ingest_path(struct index *ix, const char *path, const struct ingest_opts *opts,
    struct ingest_stats *stats, struct error *err)
{
	struct ingest	in;

	if (strcmp(path, "-") == 0)
		return ingest_stream(ix, stdin, "-", opts, stats, err);
	ingest_start(&in, ix, opts, stats);
	if (fetch_is_url(path))
		return ingest_finish(&in, ingest_url(&in, path, err));
	return ingest_finish(&in, ingest_any(&in, path, false, err));
}

static int
ingest_fill(void *ctx, const struct article_row *r)
{
	struct article	*a = ctx;

	article_set(&a->title, r->title, strlen(r->title));
	buf_adds(&a->body, r->body);
	return 0;
}

/* One article of the index through the engine again. */
static int
ingest_again(struct ingest *in, int64_t id, struct error *err)
{
	struct article	a;
	int		rc;

	article_init(&a);
	if ((rc = index_article(in->ix, id, ingest_fill, &a, err)) == 0)
		rc = ingest_queue(in, &a, id, err);
	article_free(&a);
	return rc;
}

/* A batch of articles again, in one transaction. */
static int
ingest_again_batch(struct ingest *in, const int64_t *ids, int n,
    struct error *err)
{
	int	i, rc;

	if (index_begin(in->ix, err) == -1)
		return -1;
	for (i = 0, rc = 0; i < n && rc == 0; i++)
		rc = ingest_again(in, ids[i], err);
	if (rc == 0)
		rc = ingest_flush(in, err);
	if (rc == 0)
		return index_commit(in->ix, err);
	ingest_discard(in);
	index_rollback(in->ix);
	return -1;
}

/*
 * Find who said what again in every article of the index, from its text
 * (after the engine changed, or the index's schema did).  Each article is
 * reported UPDATED; the work is committed a batch of articles at a time,
 * so an interrupted run loses at most a batch and is done again in full
 * the next time (the mark is cleared only at the end).
 */
int
ingest_reattribute(struct index *ix, const struct ingest_opts *opts,
    struct ingest_stats *stats, struct error *err)
{
	struct ingest	in;
	int64_t		*ids = xcalloc(INGEST_BATCH, sizeof *ids), after = 0;
	int		n, rc = 0;

	ingest_start(&in, ix, opts, stats);
	in.file = index_path(ix);
	while (rc == 0 && (n = index_article_ids(ix, after, ids, INGEST_BATCH,
	    err)) > 0) {
		rc = ingest_again_batch(&in, ids, n, err);
		after = ids[n - 1];
	}
	if (rc == 0 && n < 0)
		rc = -1;
	if (rc == 0)
		rc = index_reattribute_done(ix, err);
	free(ids);
	return ingest_finish(&in, rc);
}

/* Standard input or another stream, named by name in reports. */
int
ingest_stream(struct index *ix, FILE *fp, const char *name,
    const struct ingest_opts *opts, struct ingest_stats *stats,
    struct error *err)
{
	struct ingest	in;

	ingest_start(&in, ix, opts, stats);
	in.file = name;
	return ingest_finish(&in, ingest_fd(&in, fileno(fp), err));
}

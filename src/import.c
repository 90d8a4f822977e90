/*
 * Format detection, decoding to UTF-8, and dispatch to the importers.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "import.h"
#include "utf8.h"

#define IMPORT_SNIFF	8192	/* bytes looked at to name a format */

typedef int (*import_fn)(const char *, size_t, const char *,
    const struct import_sink *, struct error *);

static const struct {
	const char	*name;
	import_fn	 parse;
} import_formats[] = {
#define X(id, name, fn) { name, fn },
	IMPORT_FORMATS(X)
#undef X
};

/* Files that are certainly not articles, known by their first bytes. */
static const struct {
	const char	*magic;
	size_t		 len;
	const char	*what;
} import_binaries[] = {
	{ "\x89PNG", 4, "a PNG image" },
	{ "\xff\xd8\xff", 3, "a JPEG image" },
	{ "GIF8", 4, "a GIF image" },
	{ "%PDF", 4, "a PDF document" },
	{ "PK\x03\x04", 4, "a ZIP archive or office document" },
	{ "\x1f\x8b", 2, "gzip-compressed data" },
	{ "\xfd" "7zXZ", 5, "xz-compressed data" },
	{ "BZh", 3, "bzip2-compressed data" },
	{ "\x7f" "ELF", 4, "an ELF executable" },
	{ "SQLite format 3", 15, "an SQLite database" },
	{ "\xd0\xcf\x11\xe0", 4, "an old Microsoft Office document" },
	{ "OggS", 4, "an Ogg media file" },
	{ "ID3", 3, "an MP3 audio file" },
};

/* Root elements of feeds (namespace prefixes aside). */
static const char *const import_feed_roots[] = {
	"rss", "feed", "rdf", "channel", "opml", NULL,
};

/* Elements a web page or an HTML fragment starts with. */
static const char *const import_html_starts[] = {
	"html", "head", "body", "meta", "title", "link", "script", "style",
	"div", "p", "article", "main", "section", "header", "nav", "span",
	"table", "h1", "h2", "h3", "ul", "ol", "a", "img", "b", "i", "em",
	"strong", "br", "blockquote", "pre", "font", "center", "form", NULL,
};

int
import_format_parse(const char *name)
{
	size_t	i;

	for (i = 0; i < IMPORT_FORMAT_COUNT; i++)
		if (strcmp(name, import_formats[i].name) == 0)
			return (int)i;
	return -1;
}

const char *
import_format_name(enum import_format f)
{
	return f < IMPORT_FORMAT_COUNT ? import_formats[f].name : "?";
}

static const char *
import_binary_kind(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < sizeof import_binaries / sizeof import_binaries[0]; i++)
		if (n >= import_binaries[i].len && memcmp(s,
		    import_binaries[i].magic, import_binaries[i].len) == 0)
			return import_binaries[i].what;
	return NULL;
}

/*
 * Text has few control bytes; binary data has many.  Looks at the first
 * 64 KiB: more than 1 in 100 bytes being NUL or a control other than
 * white space (a few strays are tolerated in small files), or more than
 * 1 in 10 at any size, means this is not text in any encoding we read.
 */
static bool
import_looks_binary(const char *s, size_t n)
{
	size_t	i, bad = 0;

	if (n > 65536)
		n = 65536;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' &&
		    c != '\f' && c != 0x1b)
			bad++;
	}
	return (bad > 16 && bad * 100 > n) || bad * 10 > n;
}

/* Copy s without its NUL bytes, counting them into *nuls. */
static void
import_drop_nuls(struct buf *out, const char *s, size_t n, size_t *nuls)
{
	const char	*z;

	while (n > 0 && (z = memchr(s, '\0', n)) != NULL) {
		buf_add(out, s, (size_t)(z - s));
		(*nuls)++;
		n -= (size_t)(z - s) + 1;
		s = z + 1;
	}
	buf_add(out, s, n);
}

/*
 * XML in UTF-16 or UTF-32 without a byte order mark, known by how "<?"
 * or "<" is written; the XML parser reads these itself.
 */
static bool
import_is_wide_xml(const char *s, size_t n)
{
	static const struct { const char *m; size_t len; } wide[] = {
		{ "<\0?\0", 4 }, { "\0<\0?", 4 }, { "<\0\0\0?\0\0\0", 8 },
		{ "\0\0\0<\0\0\0?", 8 }, { "\xff\xfe\0\0", 4 },
		{ "\0\0\xfe\xff", 4 },
	};
	size_t	i;

	for (i = 0; i < sizeof wide / sizeof wide[0]; i++)
		if (n >= wide[i].len && memcmp(s, wide[i].m, wide[i].len) == 0)
			return true;
	return false;
}

static bool
import_is_utf16(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;

	return n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
	    (u[0] == 0xfe && u[1] == 0xff));
}

static int
import_decode_utf16(const char *s, size_t n, struct buf *out,
    struct buf *notes, struct error *err)
{
	bool	be = (unsigned char)s[0] == 0xfe;

	if (utf8_from_utf16(out, s + 2, n - 2, be) == -1)
		return error_set(err, "truncated UTF-16 (odd number of bytes)");
	buf_printf(notes, "read as UTF-16%s", be ? "BE" : "LE");
	return 0;
}

/*
 * Make data valid UTF-8 in out.  A BOM names the encoding; text that is
 * not valid UTF-8 is read as Windows-1252 (the usual legacy encoding of
 * saved news) and a note says so; stray NUL bytes are dropped with a
 * note.  Binary data is refused, naming what it looks like.
 */
int
import_decode(const char *s, size_t n, struct buf *out, struct buf *notes,
    struct error *err)
{
	struct buf	 clean = BUF_INIT;
	size_t		 bad, nuls = 0;

	if (import_is_utf16(s, n))
		return import_decode_utf16(s, n, out, notes, err);
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
		s += 3;
		n -= 3;
	}
	import_drop_nuls(&clean, s, n, &nuls);
	if (nuls > 0)
		buf_printf(notes, "%zu NUL byte%s dropped", nuls, nuls == 1 ? "" : "s");
	if (utf8_valid(buf_str(&clean), clean.len, &bad))
		buf_add(out, buf_str(&clean), clean.len);
	else {
		utf8_from_cp1252(out, buf_str(&clean), clean.len);
		buf_printf(notes, "%snot UTF-8 (byte %zu); read as Windows-1252",
		    notes->len > 0 ? "; " : "", bad);
	}
	buf_free(&clean);
	return 0;
}

/*
 * Refuse what is not text at all, naming what it looks like, so that a
 * stray image in a folder of articles gets a useful message.
 */
static int
import_refuse_binary(const char *s, size_t n, struct error *err)
{
	const char	*kind;

	if (n == 0)
		return error_set(err, "empty file");
	if (import_is_utf16(s, n) || import_is_wide_xml(s, n))
		return 0;
	if ((kind = import_binary_kind(s, n)) != NULL)
		return error_set(err, "binary file (%s), not an article", kind);
	if (import_looks_binary(s, n))
		return error_set(err, "binary file (many control bytes), not an article");
	return 0;
}

static bool
import_in(const char *name, size_t n, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && strncasecmp(name, *list, n) == 0)
			return true;
	return false;
}

/* Skip "<?...?>", "<!--...-->" and "<!...>" from p; NULL at the end. */
static const char *
import_skip_markup(const char *p, const char *end, bool *xml, bool *html)
{
	const char	*close;

	if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
		for (close = p + 4; close + 3 <= end; close++)
			if (memcmp(close, "-->", 3) == 0)
				return close + 3;
		return NULL;
	}
	if ((close = memchr(p, '>', (size_t)(end - p))) == NULL)
		return NULL;
	if (p[1] == '?')
		*xml = true;
	else if ((size_t)(end - p) > 9 && strncasecmp(p, "<!doctype", 9) == 0 &&
	    strncasecmp(p + 9, " html", 5) == 0)
		*html = true;
	return close + 1;
}

/* A document of markup: a feed, or a page (or something to refuse). */
static enum import_format
import_detect_markup(const char *p, const char *end)
{
	bool		 xml = false, html = false;
	const char	*name, *colon;
	size_t		 n;

	for (;;) {
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p + 1 >= end || *p != '<')
			return html ? IMPORT_HTML : xml ? IMPORT_FEED : IMPORT_TEXT;
		if (p[1] != '?' && p[1] != '!')
			break;
		if ((p = import_skip_markup(p, end, &xml, &html)) == NULL)
			return html ? IMPORT_HTML : IMPORT_FEED;
	}
	for (name = ++p; p < end && (isalnum((unsigned char)*p) || *p == ':' ||
	    *p == '-' || *p == '_' || *p == '.'); p++)
		;
	if ((colon = memchr(name, ':', (size_t)(p - name))) != NULL)
		name = colon + 1;
	n = (size_t)(p - name);
	if (import_in(name, n, import_feed_roots))
		return IMPORT_FEED;
	if (html || import_in(name, n, import_html_starts))
		return IMPORT_HTML;
	return xml ? IMPORT_FEED : IMPORT_HTML;
}

/* A JSON Feed names its version URL near the top; other JSON is lines. */
static enum import_format
import_detect_json(const char *p, const char *end)
{
	size_t	n = (size_t)(end - p);

	return memmem(p, n, "jsonfeed.org/version", 20) != NULL ? IMPORT_FEED :
	    IMPORT_JSONL;
}

/*
 * Name the format from the first bytes: markup is a feed or a page by
 * its root element, JSON is a JSON Feed or JSON lines, the rest is text.
 */
enum import_format
import_detect(const char *s, size_t n)
{
	struct buf		 u = BUF_INIT;
	enum import_format	 f;
	const char		*p = s, *end;

	if (import_is_wide_xml(s, n))
		return IMPORT_FEED;
	if (import_is_utf16(s, n)) {
		n = n > IMPORT_SNIFF ? IMPORT_SNIFF : n;
		utf8_from_utf16(&u, s + 2, (n - 2) & ~(size_t)1,
		    (unsigned char)s[0] == 0xfe);
		f = import_detect(buf_str(&u), u.len);
		buf_free(&u);
		return f;
	}
	end = s + (n > IMPORT_SNIFF ? IMPORT_SNIFF : n);
	if (end - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && isspace((unsigned char)*p))
		p++;
	if (p < end && (*p == '{' || *p == '['))
		return import_detect_json(p, end);
	if (p < end && *p == '<')
		return import_detect_markup(p, end);
	return IMPORT_TEXT;
}

/*
 * Decompress gzip data into out, refusing what would pass the file limit
 * (a small bomb can inflate a thousandfold).
 */
static int
import_gunzip(const char *s, size_t n, struct buf *out, struct error *err)
{
	z_stream	z;
	char		chunk[65536];
	int		zrc = Z_OK;

	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 15 + 32) != Z_OK)
		return error_set(err, "cannot start gzip decompression");
	z.next_in = (Bytef *)(uintptr_t)s;
	z.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
	while (zrc == Z_OK) {
		z.next_out = (Bytef *)chunk;
		z.avail_out = sizeof chunk;
		zrc = inflate(&z, Z_NO_FLUSH);
		buf_add(out, chunk, sizeof chunk - z.avail_out);
		if (out->len > IMPORT_MAX_FILE)
			zrc = Z_MEM_ERROR;
		else if (zrc == Z_BUF_ERROR && z.avail_in == 0)
			zrc = Z_DATA_ERROR;
	}
	inflateEnd(&z);
	if (zrc == Z_MEM_ERROR)
		return error_set(err, "gzip data decompresses to over %u MB",
		    IMPORT_MAX_FILE >> 20);
	if (zrc != Z_STREAM_END)
		return error_set(err, "corrupt or truncated gzip data");
	return 0;
}

static int
import_parse_gzip(const char *s, size_t n, const char *file,
    enum import_format f, const struct import_sink *sink, struct error *err)
{
	struct buf	plain = BUF_INIT;
	int		rc = -1;

	if (import_gunzip(s, n, &plain, err) == 0) {
		if (plain.len >= 2 && memcmp(plain.s, "\x1f\x8b", 2) == 0)
			error_set(err, "gzip data inside gzip data");
		else
			rc = import_parse(buf_str(&plain), plain.len, file, f,
			    sink, err);
	}
	buf_free(&plain);
	return rc;
}

int
import_parse(const char *s, size_t n, const char *file, enum import_format f,
    const struct import_sink *sink, struct error *err)
{
	if (n >= 2 && memcmp(s, "\x1f\x8b", 2) == 0)
		return import_parse_gzip(s, n, file, f, sink, err);
	if (import_refuse_binary(s, n, err) == -1)
		return -1;
	if (f == IMPORT_AUTO)
		f = import_detect(s, n);
	if (f >= IMPORT_FORMAT_COUNT || import_formats[f].parse == NULL)
		return error_set(err, "no importer for format %d", (int)f);
	return import_formats[f].parse(s, n, file, sink, err);
}

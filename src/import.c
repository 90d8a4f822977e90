/*
 * Format detection, decoding to UTF-8, and dispatch to the importers.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "import.h"
#include "utf8.h"

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
	if (import_is_utf16(s, n))
		return 0;
	if ((kind = import_binary_kind(s, n)) != NULL)
		return error_set(err, "binary file (%s), not an article", kind);
	if (import_looks_binary(s, n))
		return error_set(err, "binary file (many control bytes), not an article");
	return 0;
}

/* Every importer but text has a shape we can recognise; text is the rest. */
enum import_format
import_detect(const char *s, size_t n)
{
	(void)s;
	(void)n;
	return IMPORT_TEXT;
}

int
import_parse(const char *s, size_t n, const char *file, enum import_format f,
    const struct import_sink *sink, struct error *err)
{
	if (import_refuse_binary(s, n, err) == -1)
		return -1;
	if (f == IMPORT_AUTO)
		f = import_detect(s, n);
	if (f >= IMPORT_FORMAT_COUNT || import_formats[f].parse == NULL)
		return error_set(err, "no importer for format %d", (int)f);
	return import_formats[f].parse(s, n, file, sink, err);
}

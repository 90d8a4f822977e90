/*
 * UTF-8 decoding and display.  Article text comes from strangers: every
 * decoder here is total (an invalid byte decodes as U+FFFD and advances one
 * byte), and nothing that a terminal would interpret leaves utf8_sanitize.
 */
#include "config.h"

#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

/*
 * Decode one code point from s (n > 0 bytes).  Returns the bytes consumed,
 * always at least 1; overlong forms, surrogates and truncated sequences
 * decode as U+FFFD over their first byte.
 */
size_t
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	uint32_t		 c, min;
	size_t			 len, i;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xc2 && u[0] <= 0xdf) {
		len = 2; c = u[0] & 0x1f; min = 0x80;
	} else if (u[0] >= 0xe0 && u[0] <= 0xef) {
		len = 3; c = u[0] & 0x0f; min = 0x800;
	} else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
		len = 4; c = u[0] & 0x07; min = 0x10000;
	} else
		goto bad;
	if (len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = UTF8_REPLACEMENT;
	return 1;
}

/* Encode cp into out (room for 4 bytes); returns the length. */
size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char	*u = (unsigned char *)out;

	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xc0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xe0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	u[0] = (unsigned char)(0xf0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	u[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

/* True when s is valid UTF-8; otherwise *bad (if given) is the offset. */
bool
utf8_valid(const char *s, size_t n, size_t *bad)
{
	uint32_t	cp;
	size_t		i = 0, k;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_REPLACEMENT && k == 1) {
			if (bad != NULL)
				*bad = i;
			return false;
		}
		i += k;
	}
	return true;
}

/* Windows-1252's 0x80-0x9f; the undefined five map to U+FFFD. */
static const uint16_t cp1252_high[32] = {
	0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
	0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
};

/*
 * Legacy text is far more often Windows-1252 than true ISO-8859-1, and
 * the former is a superset of the latter's printable range.
 */
void
utf8_from_cp1252(struct buf *out, const char *s, size_t n)
{
	char		enc[4];
	uint32_t	cp;
	size_t		i;

	buf_reserve(out, n + n / 4);
	for (i = 0; i < n; i++) {
		cp = (unsigned char)s[i];
		if (cp >= 0x80 && cp < 0xa0)
			cp = cp1252_high[cp - 0x80];
		buf_add(out, enc, utf8_encode(cp, enc));
	}
}

/* UTF-16 (without its BOM) to UTF-8; returns -1 on an odd length. */
int
utf8_from_utf16(struct buf *out, const char *s, size_t n, bool big_endian)
{
	const unsigned char	*u = (const unsigned char *)s;
	char			 enc[4];
	uint32_t		 c, lo;
	size_t			 i;

	if (n % 2 != 0)
		return -1;
	for (i = 0; i + 1 < n; i += 2) {
		c = big_endian ? (uint32_t)(u[i] << 8 | u[i + 1]) :
		    (uint32_t)(u[i + 1] << 8 | u[i]);
		if (c >= 0xd800 && c <= 0xdbff && i + 3 < n) {
			lo = big_endian ? (uint32_t)(u[i + 2] << 8 | u[i + 3]) :
			    (uint32_t)(u[i + 3] << 8 | u[i + 2]);
			if (lo >= 0xdc00 && lo <= 0xdfff) {
				c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
				i += 2;
			}
		}
		buf_add(out, enc, utf8_encode(c, enc));
	}
	return 0;
}

/* A letter or a digit, in any script. */
bool
utf8_is_letter(uint32_t cp)
{
	utf8proc_category_t	c = utf8proc_category((utf8proc_int32_t)cp);

	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	    (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
	    (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/*
 * Code points a terminal must never receive from content: C0 and C1
 * controls (ESC starts every escape sequence; C1 CSI/OSC/DCS do the same
 * on 8-bit terminals), DEL, bidirectional overrides and isolates (they
 * reorder what is shown), and invisible characters used to hide text.
 * Newline and tab are the caller's business.
 */
bool
utf8_is_unsafe(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
		return true;
	switch (cp) {
	case 0x061c:			/* Arabic letter mark */
	case 0x200b:			/* zero width space */
	case 0x200e: case 0x200f:	/* LRM, RLM */
	case 0x2028: case 0x2029:	/* line and paragraph separators */
	case 0x2060:			/* word joiner */
	case 0xfeff:			/* BOM inside text */
		return true;
	}
	return (cp >= 0x202a && cp <= 0x202e) ||	/* embeddings, overrides */
	    (cp >= 0x2066 && cp <= 0x2069) ||		/* isolates */
	    (cp >= 0xfff9 && cp <= 0xfffb) ||		/* interlinear annotation */
	    (cp >= 0xe0000 && cp <= 0xe007f);		/* tag characters */
}

/* The visible stand-in: control pictures for C0 and DEL, else U+FFFD. */
uint32_t
utf8_placeholder(uint32_t cp)
{
	if (cp < 0x20)
		return 0x2400 + cp;
	if (cp == 0x7f)
		return 0x2421;
	return UTF8_REPLACEMENT;
}

/*
 * Append s to out with every unsafe code point (and invalid byte) replaced
 * by its placeholder.  keep_newlines lets '\n' and '\t' through.
 */
void
utf8_sanitize(struct buf *out, const char *s, size_t n, bool keep_newlines)
{
	char		enc[4];
	uint32_t	cp;
	size_t		i = 0, k, run;

	while (i < n) {
		for (run = i; run < n && (unsigned char)s[run] >= 0x20 &&
		    (unsigned char)s[run] < 0x7f; run++)
			;
		buf_add(out, s + i, run - i);
		if ((i = run) >= n)
			break;
		k = utf8_decode(s + i, n - i, &cp);
		if (keep_newlines && (cp == '\n' || cp == '\t'))
			buf_addc(out, (char)cp);
		else if (utf8_is_unsafe(cp))
			buf_add(out, enc, utf8_encode(utf8_placeholder(cp), enc));
		else
			buf_add(out, enc, utf8_encode(cp, enc));
		i += k;
	}
}

static int
utf8_cp_width(uint32_t cp)
{
	int	w;

	if (utf8_is_unsafe(cp))
		return 1;	/* shown as a one-column placeholder */
	w = utf8proc_charwidth((utf8proc_int32_t)cp);
	return w < 0 ? 1 : w;
}

/*
 * Length in bytes of the grapheme cluster at s, and its display width:
 * the width of its first code point, or 2 when an emoji presentation
 * selector (U+FE0F) follows it, as terminals draw it.
 */
size_t
utf8_grapheme(const char *s, size_t n, int *width)
{
	utf8proc_int32_t	state = 0;
	uint32_t		first, prev, cp;
	size_t			i, k;
	int			w;

	i = utf8_decode(s, n, &first);
	w = utf8_cp_width(first);
	if (utf8_is_unsafe(first)) {
		*width = w;
		return i;
	}
	prev = first;
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (utf8_is_unsafe(cp) || utf8proc_grapheme_break_stateful(
		    (utf8proc_int32_t)prev, (utf8proc_int32_t)cp, &state))
			break;
		if (cp == 0xfe0f && w == 1)
			w = 2;
		prev = cp;
		i += k;
	}
	*width = w;
	return i;
}

/* Display width of s in terminal columns. */
int
utf8_width(const char *s, size_t n)
{
	size_t	i = 0;
	int	w, total = 0;

	while (i < n) {
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f) {
			total++;
			i++;
			continue;
		}
		i += utf8_grapheme(s + i, n - i, &w);
		total += w;
	}
	return total;
}

/*
 * How many bytes of s fit in maxw columns without splitting a grapheme;
 * *used (if given) receives the width they take.
 */
size_t
utf8_fit(const char *s, size_t n, int maxw, int *used)
{
	size_t	i = 0, k;
	int	w, total = 0;

	while (i < n) {
		k = utf8_grapheme(s + i, n - i, &w);
		if (total + w > maxw)
			break;
		total += w;
		i += k;
	}
	if (used != NULL)
		*used = total;
	return i;
}

/*
 * Boilerplate by shape.  Prose is made of sentences; chrome is made of
 * labels.  A line of chrome is short, has no sentence-ending punctuation
 * and often ends in a colon with nothing after it ("Executive Editor:").
 * A run of such lines at either end of a text is chrome when it is long
 * enough that a title and byline alone could not make it.
 */
#include "config.h"

#include <string.h>

#include "boiler.h"

#define BOILER_SHORT_WORDS	6	/* a label is at most this many words */
#define BOILER_SHORT_BYTES	64
#define BOILER_MIN_TAIL		3	/* trailing run that counts as chrome */
#define BOILER_MIN_HEAD		3	/* leading run, of very short lines */
#define BOILER_HEAD_WORDS	3

static size_t
boiler_words(const char *s, size_t n)
{
	size_t	i, words = 0;
	int	in = 0;

	for (i = 0; i < n; i++) {
		int space = s[i] == ' ' || s[i] == '\t';
		if (!space && !in)
			words++;
		in = !space;
	}
	return words;
}

static bool
boiler_is_blank(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return false;
	return true;
}

/* Does the line end as a sentence does (allowing closing quotes)? */
bool
boiler_ends_sentence(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')'))
		n--;
	if (n >= 3 && (memcmp(s + n - 3, "\xe2\x80\x9d", 3) == 0 ||
	    memcmp(s + n - 3, "\xe2\x80\x99", 3) == 0))
		n -= 3;
	if (n == 0)
		return false;
	return s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?' ||
	    (n >= 3 && memcmp(s + n - 3, "\xe2\x80\xa6", 3) == 0);
}

/* A line that could be a label, a menu entry or a heading, not prose. */
bool
boiler_is_chrome_line(const char *s, size_t n)
{
	return n <= BOILER_SHORT_BYTES &&
	    boiler_words(s, n) <= BOILER_SHORT_WORDS &&
	    !boiler_ends_sentence(s, n);
}

/* Blank lines neither break a run of chrome nor count towards it. */
static size_t
boiler_tail_start(const struct boiler_line *v, size_t first, size_t last)
{
	size_t	i = last, start = last, run = 0;

	while (i > first) {
		i--;
		if (boiler_is_blank(v[i].s, v[i].n))
			continue;
		if (!boiler_is_chrome_line(v[i].s, v[i].n))
			break;
		run++;
		start = i;
	}
	return run >= BOILER_MIN_TAIL ? start : last;
}

static bool
boiler_is_nav_line(const char *s, size_t n)
{
	return boiler_is_chrome_line(s, n) &&
	    boiler_words(s, n) <= BOILER_HEAD_WORDS;
}

/*
 * A leading run must be of very short lines (menus: "Home", "World",
 * "Politics"), so that a title followed by a byline and a date is kept.
 */
static size_t
boiler_head_end(const struct boiler_line *v, size_t first, size_t last)
{
	size_t	i, end = first, run = 0;

	for (i = first; i < last; i++) {
		if (boiler_is_blank(v[i].s, v[i].n))
			continue;
		if (!boiler_is_nav_line(v[i].s, v[i].n))
			break;
		run++;
		end = i + 1;
	}
	if (run < BOILER_MIN_HEAD || i == last)
		return first;
	return end;
}

/*
 * Narrow [*first, *last) to the lines between leading and trailing chrome.
 * Never empties the text: if everything looks like chrome, it is kept.
 */
void
boiler_trim_lines(const struct boiler_line *v, size_t n, size_t *first,
    size_t *last)
{
	size_t	head, tail;

	*first = 0;
	*last = n;
	tail = boiler_tail_start(v, 0, n);
	head = boiler_head_end(v, 0, tail);
	if (head >= tail)
		return;
	*first = head;
	*last = tail;
}

/*
 * JSON lines: one article an object a line, with the fields named as the
 * common news data sets name them (title; text, body or content; outlet
 * or source; url; date; authors as a string or a list).  A line that is
 * not such an object is reported with its number and skipped; the others
 * are imported.
 */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "date.h"
#include "import.h"
#include "xmalloc.h"

#define JSONL_DEPTH	64	/* nesting the tokenizer accepts */

/* Field names, best first, for each part of an article. */
static const char *const jsonl_title[] = { "title", "headline", NULL };
static const char *const jsonl_body_keys[] = { "text", "body", "content",
	"article", "maintext", NULL };
static const char *const jsonl_outlet[] = { "outlet", "source", "site",
	"publisher", "source_domain", NULL };
static const char *const jsonl_url[] = { "url", "link", NULL };
static const char *const jsonl_date[] = { "date", "published", "date_publish",
	"published_at", "pubdate", NULL };
static const char *const jsonl_author_keys[] = { "authors", "author", "byline",
	NULL };
static const char *const jsonl_id[] = { "id", "guid", NULL };

static json_object *
jsonl_field(json_object *o, const char *const *names)
{
	json_object	*v;

	for (; *names != NULL; names++)
		if (json_object_object_get_ex(o, *names, &v) && v != NULL &&
		    !json_object_is_type(v, json_type_null))
			return v;
	return NULL;
}

/* A string field; numbers (ids) are written out; anything else is absent. */
static const char *
jsonl_string(json_object *o, const char *const *names)
{
	json_object	*v = jsonl_field(o, names);

	if (v == NULL || json_object_is_type(v, json_type_object) ||
	    json_object_is_type(v, json_type_array))
		return NULL;
	return json_object_get_string(v);
}

static void
jsonl_set(char **field, const char *v)
{
	if (v != NULL)
		article_set(field, v, strlen(v));
}

/*
 * Names from a JSON list of strings or of {"name": ...} (authors in JSON
 * lines, JSON-LD and JSON Feed), joined with commas into out.
 */
void
import_json_names(struct json_object *list, struct buf *out)
{
	json_object	*e, *name;
	size_t		 i, n = json_object_array_length(list);

	for (i = 0; i < n && i < 32; i++) {
		e = json_object_array_get_idx(list, i);
		if (json_object_is_type(e, json_type_object) &&
		    json_object_object_get_ex(e, "name", &name))
			e = name;
		if (json_object_is_type(e, json_type_string))
			buf_printf(out, "%s%s", out->len > 0 ? ", " : "",
			    json_object_get_string(e));
	}
}

/* "authors": a string, or a list of strings or of {"name": ...}. */
static void
jsonl_authors(struct article *a, json_object *o)
{
	json_object	*v = jsonl_field(o, jsonl_author_keys);
	struct buf	 b = BUF_INIT;

	if (v == NULL || !json_object_is_type(v, json_type_array)) {
		jsonl_set(&a->byline, jsonl_string(o, jsonl_author_keys));
		return;
	}
	import_json_names(v, &b);
	jsonl_set(&a->byline, buf_str(&b));
	buf_free(&b);
}

/* Paragraphs are separated by blank lines, or by single newlines. */
static void
jsonl_body(struct article *a, const char *text)
{
	const char	*p = text, *nl;
	bool		 blank = strstr(text, "\n\n") != NULL;

	while (*p != '\0') {
		nl = strstr(p, blank ? "\n\n" : "\n");
		if (nl == NULL)
			nl = p + strlen(p);
		article_add_paragraph(a, p, (size_t)(nl - p));
		p = *nl != '\0' ? nl + (blank ? 2 : 1) : nl;
	}
}

/*
 * The origin names the record, so that importing the same data again
 * updates it: its URL, qualified by its id when it has one (data sets
 * hold several records of one URL); for a file, its path and id.
 */
static void
jsonl_origin(struct article *a, json_object *o, const char *file)
{
	const char	*id = jsonl_string(o, jsonl_id);

	if (a->url != NULL && id != NULL)
		a->origin = xasprintf("%s#id=%s", a->url, id);
	else if (a->url != NULL)
		a->origin = xstrdup(a->url);
	else if (id != NULL && strcmp(file, "-") != 0)
		a->origin = xasprintf("%s#id=%s", file, id);
}

/* One object into an article; NULL message on success. */
static const char *
jsonl_article(json_object *o, const char *file, struct article *a)
{
	const char	*body, *date;
	char		 iso[DATE_ISO_MAX];

	if (!json_object_is_type(o, json_type_object))
		return "not a JSON object";
	if ((body = jsonl_string(o, jsonl_body_keys)) == NULL)
		return "no text (none of \"text\", \"body\", \"content\")";
	if (strlen(body) > IMPORT_MAX_ARTICLE / 2)	/* room for paragraph breaks */
		return "the text is over the size limit for one article";
	jsonl_body(a, body);
	if (a->body.len == 0)
		return "the text is empty";
	jsonl_set(&a->title, jsonl_string(o, jsonl_title));
	jsonl_set(&a->outlet, jsonl_string(o, jsonl_outlet));
	jsonl_set(&a->url, jsonl_string(o, jsonl_url));
	if ((date = jsonl_string(o, jsonl_date)) != NULL &&
	    date_parse(date, iso) == 0)
		a->date = xstrdup(iso);
	jsonl_authors(a, o);
	jsonl_origin(a, o, file);
	article_set(&a->file, file, strlen(file));
	return NULL;
}

struct import_lines {
	json_tokener	*tok;
	const char	*file;
	const struct import_sink *sink;
	unsigned long	 line;
	unsigned long	 good, bad;
	char		 first_bad[256];
	bool		 document;	/* the first line opened a JSON value */
};

static void
jsonl_warn(struct import_lines *j, const char *why)
{
	char	msg[256];

	snprintf(msg, sizeof msg, "line %lu: %s, skipped", j->line, why);
	if (j->bad++ == 0)
		snprintf(j->first_bad, sizeof j->first_bad, "%s", msg);
	if (j->sink->skip != NULL)
		j->sink->skip(j->sink->ctx, msg);
}

struct import_lines *
import_lines_open(const char *file, const struct import_sink *sink)
{
	struct import_lines	*j = xcalloc(1, sizeof *j);

	j->tok = json_tokener_new_ex(JSONL_DEPTH);
	j->file = file;
	j->sink = sink;
	return j;
}

/* A line too long to read is skipped unread. */
void
import_lines_skip(struct import_lines *j, const char *why)
{
	j->line++;
	jsonl_warn(j, why);
}

/*
 * One line (without its newline).  A bad line is reported and skipped;
 * -1 only when the sink fails.
 */
int
import_lines_add(struct import_lines *j, const char *s, size_t n,
    struct error *err)
{
	json_object	*o;
	struct article	 a;
	const char	*why;
	int		 rc = 0;

	j->line++;
	while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0)
		return 0;
	json_tokener_reset(j->tok);
	o = json_tokener_parse_ex(j->tok, s, (int)(n > INT32_MAX ? INT32_MAX : n));
	if (o == NULL || json_tokener_get_parse_end(j->tok) != n) {
		if (j->line == 1 && o == NULL &&
		    json_tokener_get_error(j->tok) == json_tokener_continue)
			j->document = true;
		json_object_put(o);
		jsonl_warn(j, "not a complete JSON object");
		return 0;
	}
	article_init(&a);
	if ((why = jsonl_article(o, j->file, &a)) != NULL)
		jsonl_warn(j, why);
	else if ((rc = j->sink->article(j->sink->ctx, &a, err)) == 0)
		j->good++;
	article_free(&a);
	json_object_put(o);
	return rc;
}

/* The end of the input: -1 (with a reason) when it held no article. */
int
import_lines_close(struct import_lines *j, struct error *err)
{
	int	rc = 0;

	if (j->good == 0 && j->bad > 0 && j->document)
		rc = error_set(err, "a JSON document, not JSON lines (one "
		    "article object a line) nor a JSON Feed");
	else if (j->good == 0 && j->bad > 0)
		rc = error_set(err, "no article in %lu line%s of JSON (first: %s)",
		    j->line, j->line == 1 ? "" : "s", j->first_bad);
	else if (j->good == 0)
		rc = error_set(err, "no article: only blank lines");
	json_tokener_free(j->tok);
	free(j);
	return rc;
}

int
import_jsonl(const char *s, size_t n, const char *file,
    const struct import_sink *sink, struct error *err)
{
	struct import_lines	*j = import_lines_open(file, sink);
	const char		*p = s, *end = s + n, *nl;
	int			 rc = 0;

	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (rc == 0 && p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		rc = import_lines_add(j, p, (size_t)(nl - p), err);
		p = nl + 1;
	}
	if (rc == -1) {
		import_lines_close(j, NULL);
		return -1;
	}
	return import_lines_close(j, err);
}

/*
 * JSON Feed 1.0 and 1.1 (json-c): items with content_html or
 * content_text (else summary), authors as author (1.0) or authors (1.1).
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "feed.h"
#include "xmalloc.h"

#define JSONFEED_DEPTH	64	/* nesting the tokenizer accepts */

static const char *
jf_string(json_object *o, const char *key)
{
	json_object	*v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* JSON Feed 1.1's "authors" list, or 1.0's one "author"; names in b. */
static const char *
jf_author(json_object *item, struct buf *b)
{
	json_object	*v;

	if (json_object_object_get_ex(item, "authors", &v) &&
	    json_object_is_type(v, json_type_array))
		import_json_names(v, b);
	else if (json_object_object_get_ex(item, "author", &v) &&
	    json_object_is_type(v, json_type_object))
		return jf_string(v, "name");
	return b->len > 0 ? b->s : NULL;
}

static int
jf_item(json_object *item, json_object *feed, const char *file,
    const struct import_sink *sink, struct feed_stats *st, struct error *err)
{
	struct feed_item	it;
	struct buf		authors = BUF_INIT;
	int			rc;

	memset(&it, 0, sizeof it);
	if (json_object_is_type(item, json_type_object)) {
		it.title = jf_string(item, "title");
		it.link = jf_string(item, "url");
		it.id = jf_string(item, "id");
		it.date = jf_string(item, "date_published");
		if (it.date == NULL)
			it.date = jf_string(item, "date_modified");
		it.author = jf_author(item, &authors);
		it.html = jf_string(item, "content_html");
		if (it.html == NULL && (it.text = jf_string(item,
		    "content_text")) == NULL)
			it.text = jf_string(item, "summary");
	}
	it.outlet = jf_string(feed, "title");
	it.feed_id = jf_string(feed, "feed_url");
	if (it.feed_id == NULL)
		it.feed_id = jf_string(feed, "home_page_url");
	rc = feed_emit(&it, file, sink, st, err);
	buf_free(&authors);
	return rc;
}

static json_object *
jf_parse(const char *s, size_t n, struct error *err)
{
	json_tokener	*tok = json_tokener_new_ex(JSONFEED_DEPTH);
	json_object	*feed;

	feed = json_tokener_parse_ex(tok, s, (int)(n > INT32_MAX ? INT32_MAX : n));
	if (feed == NULL)
		error_set(err, "not a JSON Feed: bad JSON (%s)",
		    json_tokener_error_desc(json_tokener_get_error(tok)));
	json_tokener_free(tok);
	return feed;
}

char *
import_jsonfeed_title(const char *s, size_t n)
{
	json_object	*feed = jf_parse(s, n, NULL);
	const char	*t = feed != NULL ? jf_string(feed, "title") : NULL;
	char		*title = t != NULL ? xstrdup(t) : NULL;

	json_object_put(feed);
	return title;
}

int
import_jsonfeed(const char *s, size_t n, const char *file,
    const struct import_sink *sink, struct error *err)
{
	json_object		*feed, *items;
	struct feed_stats	 st;
	size_t			 i, k;
	int			 rc = 0;

	memset(&st, 0, sizeof st);
	if ((feed = jf_parse(s, n, err)) == NULL)
		return -1;
	if (!json_object_is_type(feed, json_type_object) ||
	    !json_object_object_get_ex(feed, "items", &items) ||
	    !json_object_is_type(items, json_type_array)) {
		json_object_put(feed);
		return error_set(err, "not a JSON Feed: no \"items\" list");
	}
	k = json_object_array_length(items);
	for (i = 0; i < k && rc == 0; i++)
		rc = jf_item(json_object_array_get_idx(items, i), feed, file, sink,
		    &st, err);
	json_object_put(feed);
	return rc == 0 ? feed_done(&st, err) : rc;
}

/*
 * A feed item into an article: the full content when the feed has it,
 * else the summary, through the same HTML extractor as web pages; the
 * date in ISO 8601; an origin that names the item, so that fetching the
 * feed again updates it instead of adding it twice.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "feed.h"
#include "xmalloc.h"

/* Plain text: paragraphs are separated by blank lines. */
static void
feed_text(struct article *a, const char *s)
{
	const char	*p = s, *nl;

	while (*p != '\0') {
		if ((nl = strstr(p, "\n\n")) == NULL)
			nl = p + strlen(p);
		article_add_paragraph(a, p, (size_t)(nl - p));
		p = *nl != '\0' ? nl + 2 : nl;
	}
}

/*
 * An id that names the item everywhere (a URL, a tag: or urn: URI) is
 * its origin; an id that is unique only in its feed ("42") is qualified
 * by the feed; without an id, the item's link names it.
 */
static char *
feed_origin(const struct feed_item *it, const char *file)
{
	if (it->id != NULL && *it->id != '\0') {
		if (strchr(it->id, ':') != NULL)
			return xstrdup(it->id);
		return xasprintf("%s#%s", it->feed_id != NULL ? it->feed_id : file,
		    it->id);
	}
	if (it->link != NULL && *it->link != '\0')
		return xstrdup(it->link);
	if (it->title != NULL)
		return xasprintf("%s#%s", it->feed_id != NULL ? it->feed_id : file,
		    it->title);
	return NULL;
}

static void
feed_set(char **field, const char *v)
{
	if (v != NULL)
		article_set(field, v, strlen(v));
}

/* An item that cannot be imported is reported and counted. */
void
feed_skip(const struct import_sink *sink, struct feed_stats *st,
    const char *why)
{
	char	msg[256];

	snprintf(msg, sizeof msg, "item %u: %s, skipped", st->items, why);
	if (st->skipped++ == 0)
		snprintf(st->first_skip, sizeof st->first_skip, "%s", why);
	if (sink->skip != NULL)
		sink->skip(sink->ctx, msg);
}

int
feed_emit(const struct feed_item *it, const char *file,
    const struct import_sink *sink, struct feed_stats *st, struct error *err)
{
	struct article	a;
	char		iso[DATE_ISO_MAX];
	int		rc;

	st->items++;
	article_init(&a);
	if (it->html != NULL)
		import_html_fragment(it->html, strlen(it->html), &a);
	else if (it->text != NULL)
		feed_text(&a, it->text);
	feed_set(&a.title, it->title);
	if (a.title == NULL && a.body.len == 0 && it->link == NULL) {
		article_free(&a);
		feed_skip(sink, st, "no title, text or link");
		return 0;
	}
	feed_set(&a.url, it->link);
	feed_set(&a.byline, it->author);
	feed_set(&a.outlet, it->outlet);
	if (it->date != NULL && date_parse(it->date, iso) == 0)
		a.date = xstrdup(iso);
	a.origin = feed_origin(it, file);
	article_set(&a.file, file, strlen(file));
	rc = sink->article(sink->ctx, &a, err);
	article_free(&a);
	return rc;
}

/* A feed with items that all failed, or with none, is refused. */
int
feed_done(const struct feed_stats *st, struct error *err)
{
	if (st->items == 0)
		return error_set(err, "the feed has no items");
	if (st->skipped == st->items && st->items == 1)
		return error_set(err, "the feed's only item could not be read "
		    "(%s)", st->first_skip);
	if (st->skipped == st->items)
		return error_set(err, "none of the feed's %u items could be read "
		    "(the first: %s)", st->items, st->first_skip);
	return 0;
}

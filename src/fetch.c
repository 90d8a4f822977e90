/*
 * HTTP(S) downloads with libcurl.  Only http and https are spoken, on the
 * first request and after redirects; the body is held in memory up to a
 * limit and the transfer is cut past it.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "fetch.h"
#include "import.h"
#include "utf8.h"
#include "xmalloc.h"

#define FETCH_USER_AGENT	PACKAGE_NAME "/" PACKAGE_VERSION \
	" (terminal news reader; +man quoth)"
#define FETCH_LOW_SPEED_TIME	20	/* seconds under 1 byte/s: stalled */

struct fetch_ctx {
	struct fetch_result	*res;
	size_t			 max;
	bool			 too_big;
};

/* The response headers we keep, and where. */
static const struct {
	const char	*name;
	size_t		 offset;
} fetch_headers[] = {
	{ "etag", offsetof(struct fetch_result, etag) },
	{ "last-modified", offsetof(struct fetch_result, last_modified) },
	{ "content-type", offsetof(struct fetch_result, content_type) },
};

bool
fetch_is_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0;
}

static size_t
fetch_write(char *data, size_t size, size_t n, void *arg)
{
	struct fetch_ctx	*fc = arg;

	if (fc->res->body.len + n > fc->max) {
		fc->too_big = true;
		return 0;		/* curl stops with a write error */
	}
	buf_add(&fc->res->body, data, n);
	return size * n;
}

/* One header line; a redirect starts a new set of headers. */
static size_t
fetch_header(char *line, size_t size, size_t n, void *arg)
{
	struct fetch_ctx	*fc = arg;
	char			**field;
	size_t			 i, k, end = n;

	if (n >= 5 && strncmp(line, "HTTP/", 5) == 0)
		for (i = 0; i < sizeof fetch_headers / sizeof fetch_headers[0]; i++) {
			field = (char **)(void *)((char *)fc->res +
			    fetch_headers[i].offset);
			free(*field);
			*field = NULL;
		}
	for (i = 0; i < sizeof fetch_headers / sizeof fetch_headers[0]; i++) {
		k = strlen(fetch_headers[i].name);
		if (n <= k + 1 || strncasecmp(line, fetch_headers[i].name, k) != 0 ||
		    line[k] != ':')
			continue;
		field = (char **)(void *)((char *)fc->res + fetch_headers[i].offset);
		while (end > k + 1 && isspace((unsigned char)line[end - 1]))
			end--;
		for (k++; k < end && isspace((unsigned char)line[k]); k++)
			;
		free(*field);
		*field = end > k ? xstrndup(line + k, end - k) : NULL;
	}
	return size * n;
}

static struct curl_slist *
fetch_conditions(const struct fetch_opts *o)
{
	struct curl_slist	*h = NULL, *t;
	char			*line;

	if (o->etag != NULL) {
		line = xasprintf("If-None-Match: %s", o->etag);
		if ((t = curl_slist_append(h, line)) != NULL)
			h = t;
		free(line);
	}
	if (o->last_modified != NULL) {
		line = xasprintf("If-Modified-Since: %s", o->last_modified);
		if ((t = curl_slist_append(h, line)) != NULL)
			h = t;
		free(line);
	}
	return h;
}

/* curl asks about once a second, even while the server is silent. */
static int
fetch_progress(void *arg, curl_off_t dltotal, curl_off_t dlnow,
    curl_off_t ultotal, curl_off_t ulnow)
{
	const struct fetch_opts	*o = arg;

	return o->stop(o->stop_ctx) ? 1 : 0;
}

static void
fetch_setup(CURL *c, const struct fetch_opts *o, struct fetch_ctx *fc,
    char *errbuf)
{
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(c, CURLOPT_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS,
	    CURLPROTO_HTTP | CURLPROTO_HTTPS);
#endif
	curl_easy_setopt(c, CURLOPT_TIMEOUT, o->timeout > 0 ? o->timeout :
	    (long)FETCH_TIMEOUT);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, (long)FETCH_CONNECT_TIMEOUT);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, (long)FETCH_LOW_SPEED_TIME);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)fc->max);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_USERAGENT, FETCH_USER_AGENT);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, fetch_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, fc);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, fetch_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, fc);
	if (o->stop != NULL) {
		curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, fetch_progress);
		curl_easy_setopt(c, CURLOPT_XFERINFODATA, (void *)(uintptr_t)o);
		curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	}
}

/* The outcome of a finished transfer, as an error a person can act on. */
static int
fetch_check(CURL *c, CURLcode rc, struct fetch_ctx *fc, const char *errbuf,
    struct error *err)
{
	struct fetch_result	*res = fc->res;
	char			*eff = NULL;

	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &res->status);
	if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK &&
	    eff != NULL)
		res->url = xstrdup(eff);
	if (fc->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		return error_set(err, "the response is over the %zu MB limit",
		    fc->max >> 20);
	if (rc == CURLE_ABORTED_BY_CALLBACK)
		return error_set(err, "stopped before the download finished");
	if (rc == CURLE_TOO_MANY_REDIRECTS)
		return error_set(err, "more than %d redirects", FETCH_MAX_REDIRECTS);
	if (rc != CURLE_OK)
		return error_set(err, "%s", *errbuf != '\0' ? errbuf :
		    curl_easy_strerror(rc));
	if (res->status == 304) {
		res->not_modified = true;
		return 0;
	}
	if (res->status >= 400 || res->status < 200)
		return error_set(err, "the server answered HTTP %ld", res->status);
	return 0;
}

/*
 * Download url into res (which the caller frees with fetch_result_free,
 * success or not).  A 304 answer to a conditional request is success
 * with res->not_modified set and no body.
 */
int
fetch_url(const char *url, const struct fetch_opts *o, struct fetch_result *res,
    struct error *err)
{
	struct fetch_ctx	 fc;
	struct curl_slist	*headers;
	char			 errbuf[CURL_ERROR_SIZE] = "";
	CURL			*c;
	CURLcode		 rc;
	int			 ret;

	memset(res, 0, sizeof *res);
	if (!fetch_is_url(url))
		return error_set(err, "not an http or https URL");
	if ((c = curl_easy_init()) == NULL)
		return error_set(err, "cannot start libcurl");
	fc.res = res;
	fc.max = o->max_size > 0 ? o->max_size : IMPORT_MAX_FILE;
	fc.too_big = false;
	fetch_setup(c, o, &fc, errbuf);
	curl_easy_setopt(c, CURLOPT_URL, url);
	headers = fetch_conditions(o);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	rc = curl_easy_perform(c);
	ret = fetch_check(c, rc, &fc, errbuf, err);
	curl_slist_free_all(headers);
	curl_easy_cleanup(c);
	return ret;
}

void
fetch_result_free(struct fetch_result *res)
{
	buf_free(&res->body);
	free(res->url);
	free(res->etag);
	free(res->last_modified);
	free(res->content_type);
	memset(res, 0, sizeof *res);
}

/* The charset named by a Content-Type header, into out; false if none. */
static bool
fetch_charset(const char *type, char *out, size_t outsz)
{
	const char	*p;
	size_t		 k = 0;

	if (type == NULL || (p = strcasestr(type, "charset=")) == NULL)
		return false;
	for (p += 8; *p == '"' || *p == '\''; p++)
		;
	while (k + 1 < outsz && (isalnum((unsigned char)*p) || *p == '-' ||
	    *p == '_' || *p == ':' || *p == '.'))
		out[k++] = *p++;
	out[k] = '\0';
	return k > 0;
}

/* Transcode with iconv; a byte it cannot read becomes U+FFFD. */
static int
fetch_iconv(const char *charset, const struct buf *in, struct buf *out)
{
	iconv_t	 cd = iconv_open("UTF-8", charset);
	char	*src = in->s, *dst, chunk[4096];
	size_t	 left = in->len, room;

	if (cd == (iconv_t)-1)
		return -1;
	while (left > 0) {
		dst = chunk;
		room = sizeof chunk;
		if (iconv(cd, &src, &left, &dst, &room) == (size_t)-1 &&
		    errno != E2BIG) {
			buf_add(out, chunk, sizeof chunk - room);
			buf_add(out, "\xef\xbf\xbd", 3);
			src++;
			left--;
			continue;
		}
		buf_add(out, chunk, sizeof chunk - room);
	}
	iconv_close(cd);
	return 0;
}

/*
 * A web page's charset is the one its server names (HTTP outranks the
 * page's own <meta>): a page that is not already UTF-8 is transcoded to
 * UTF-8 here, which the page parser then reads as such.  Feeds are left
 * alone: XML names its encoding itself.
 */
void
fetch_decode_page(struct fetch_result *res)
{
	struct buf	utf8 = BUF_INIT;
	char		charset[64];

	if (res->content_type == NULL ||
	    strncasecmp(res->content_type, "text/html", 9) != 0 ||
	    !fetch_charset(res->content_type, charset, sizeof charset) ||
	    strcasecmp(charset, "utf-8") == 0 ||
	    utf8_valid(buf_str(&res->body), res->body.len, NULL))
		return;
	if (fetch_iconv(charset, &res->body, &utf8) == 0) {
		buf_free(&res->body);
		res->body = utf8;
	} else
		buf_free(&utf8);
}

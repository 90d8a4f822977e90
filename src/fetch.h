/*
 * Downloads over HTTP(S) with libcurl: bounded in time and size, redirects
 * followed (a few), compressed transfers accepted, a User-Agent that
 * names quoth, and conditional requests (ETag, Last-Modified) so that an
 * unchanged feed costs one small response.
 */
#ifndef QUOTH_FETCH_H
#define QUOTH_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

#define FETCH_TIMEOUT		30	/* seconds for a whole transfer */
#define FETCH_CONNECT_TIMEOUT	10
#define FETCH_MAX_REDIRECTS	5

struct fetch_opts {
	const char	*etag;		/* from the last fetch, or NULL */
	const char	*last_modified;
	long		 timeout;	/* seconds; 0: FETCH_TIMEOUT */
	size_t		 max_size;	/* bytes; 0: IMPORT_MAX_FILE */
	/* asked during the transfer, if set: true stops it (Ctrl-C) */
	bool		(*stop)(void *);
	void		*stop_ctx;
};

struct fetch_result {
	long		 status;	/* HTTP status */
	bool		 not_modified;	/* 304: nothing new */
	struct buf	 body;
	char		*url;		/* after redirects */
	char		*etag;
	char		*last_modified;
	char		*content_type;
};

bool	fetch_is_url(const char *);
int	fetch_url(const char *, const struct fetch_opts *, struct fetch_result *,
	    struct error *);
void	fetch_decode_page(struct fetch_result *);
void	fetch_result_free(struct fetch_result *);

#endif

#!/bin/sh
# Downloads and subscriptions against a server on 127.0.0.1 that this
# test starts itself (tests/http/server.py): pages and feeds by URL,
# conditional requests, changed items, and slow, failing, redirecting,
# huge and malformed answers.
. "${top_srcdir:-.}/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is needed for the test server"
http_server || skip_all "the test server did not start"

# A page by URL: metadata and body, the URL as its origin.
"$QUOTH" add "$URL/page.html" 2>"$TMP/page"
ok $? "add URL: a web page"
"$QUOTH" show 1 --format=json >"$TMP/page.json"
grep -q '"title":"Council approves new sea wall"' "$TMP/page.json"
ok $? "the page's title, from its metadata"
! grep -q -e 'Sign up' -e 'Storm damage' -e 'Copyright' "$TMP/page.json"
ok $? "the page's chrome is not in its body"
"$QUOTH" add "$URL/koi8.html" 2>"$TMP/koi8"
grep -q "koi8.html  #2 Кафе tables" "$TMP/koi8"
ok $? "the charset the server names is respected"
"$QUOTH" add "$URL/page.html" 2>"$TMP/page2"
grep -q '^unchanged' "$TMP/page2"
ok $? "the same URL again: unchanged"

# Subscriptions: a feed, then a page and an error that are not kept.
"$QUOTH" feeds add "$URL/feed.xml" 2>"$TMP/sub"
ok $? "feeds add: a feed"
grep -q "^fetched .*feed.xml: 2 new, 0 updated - Harbour Town Gazette" "$TMP/sub"
ok $? "feeds add fetches the feed at once"
"$QUOTH" feeds add "$URL/page.html" "$URL/fail" "not-a-url" 2>"$TMP/sub2"
[ $? -eq 1 ]
ok $? "feeds add: failures exit 1"
grep -q "page.html: not a feed" "$TMP/sub2"
ok $? "a page is refused as a feed"
grep -q "fail: the server answered HTTP 500" "$TMP/sub2"
ok $? "an HTTP error is named"
"$QUOTH" feeds add "$URL/truncated.xml" 2>"$TMP/sub3"
grep -q "truncated.xml: the feed's only item could not be read (cut off" "$TMP/sub3"
ok $? "a feed that cannot be read is refused with its reason"
[ "$("$QUOTH" feeds list --format=tsv | wc -l)" -eq 2 ]
ok $? "only the feed is kept"

# Fetching again: the server answers 304 to the ETag.
"$QUOTH" fetch 2>"$TMP/fetch"
ok $? "fetch"
grep -q "feed.xml: not modified" "$TMP/fetch"
ok $? "fetch: a conditional request, not modified"

# A feed that grows: one new item, one changed, one the same.
"$QUOTH" feeds add "$URL/growing.xml" 2>/dev/null
"$QUOTH" fetch 2>"$TMP/grow"
grep -q "growing.xml: 1 new, 1 updated" "$TMP/grow"
ok $? "fetch: only new and changed items"
"$QUOTH" feeds add "$URL/since.xml" 2>/dev/null
"$QUOTH" fetch 2>"$TMP/since"
grep -q "since.xml: not modified" "$TMP/since"
ok $? "fetch: Last-Modified alone makes a conditional request"
"$QUOTH" feeds list --format=jsonl | grep -q '"etag":\|"errors":0'
ok $? "feeds list: jsonl"
"$QUOTH" feeds remove "$URL/since.xml" 1
ok $? "feeds remove, by URL and by id"
[ "$("$QUOTH" feeds list --format=tsv | wc -l)" -eq 2 ]
ok $? "one feed is left"
"$QUOTH" feeds remove 99 2>/dev/null
[ $? -eq 1 ]
ok $? "removing a feed that is not there fails"

# Hostile servers: each is a clean failure with a reason.
start=$(date +%s)
"$QUOTH" add --timeout 1 "$URL/slow.xml" 2>"$TMP/slow"
[ $? -eq 1 ] && grep -q "slow.xml: .*[Tt]imed out" "$TMP/slow"
ok $? "a slow server times out"
[ $(($(date +%s) - start)) -lt 4 ]
ok $? "... within the timeout"
"$QUOTH" add "$URL/huge.html" "$URL/loop" "$URL/truncated.xml" \
    "$URL/garbage" "$URL/missing" 2>"$TMP/bad"
[ $? -eq 1 ]
ok $? "bad answers: exit 1"
grep -q "huge.html: the response is over the 64 MB limit" "$TMP/bad"
ok $? "a huge answer is cut off at the limit"
grep -q "loop: more than 5 redirects" "$TMP/bad"
ok $? "a redirect loop ends"
grep -q "truncated.xml: the feed's only item could not be read (cut off" "$TMP/bad"
ok $? "a truncated feed imports no partial item"
grep -q "garbage: binary file" "$TMP/bad"
ok $? "binary junk is refused"
grep -q "missing: the server answered HTTP 404" "$TMP/bad"
ok $? "404 is named"
"$QUOTH" add "$URL/redirect" "$URL/gzip.xml" 2>"$TMP/good"
ok $? "a redirect and a gzip-encoded answer are followed and read"
"$QUOTH" stats --format=jsonl | grep -q '"articles":[4-9]'
ok $? "the index holds what was imported"

done_testing

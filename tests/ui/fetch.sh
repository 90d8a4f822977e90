#!/bin/sh
# The fetch key: R in the library fetches the subscribed feeds from the
# test's own server on 127.0.0.1 (tests/http/server.py) and shows the new
# articles; with no subscriptions it says how to add one; Ctrl-C stops a
# fetch at once and leaves the index whole.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures f.db ferry-courier
run f.db <<'SCRIPT'
R
:save-display --attrs fetch-none.screen
SCRIPT
golden_screen fetch-none
check "no subscription: how to add one" has fetch-none \
    "{error:No feeds to fetch: subscribe to one with quoth feeds add URL}"

if ! http_server; then
	skip "fetching from a server" "the test server did not start (python3?)"
	done_testing
	exit
fi

# The feed grows between the subscription and R: one new item, one changed.
"$QUOTH" --db "$TMP/f.db" feeds add "$URL/growing.xml" 2>"$TMP/add"
check "subscribed" grep -q "^fetched" "$TMP/add"
run f.db <<'SCRIPT'
R
:save-display --attrs fetch-new.screen
SCRIPT
# What the engine finds in the items is not this test's business: no golden.
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
check "the library is read again" has fetch-new \
    "{title: [library] 4 articles, by date"
check "the library shows the new article" has fetch-new \
    "Market square to close for repairs"
check "what the fetch brought is said" has fetch-new \
    "{status:Fetched 1 feed: 1 new article, 1 updated, 0 not modified}"

# Ctrl-C while a server keeps the reader waiting: the fetch stops at once,
# the feed after it is not fetched, and the index is whole.
"$QUOTH" --db "$TMP/s.db" feeds add "$URL/hang.xml" "$URL/feed.xml" \
    2>/dev/null
printf 'R\n:save-display --attrs fetch-stopped.screen\n' > "$TMP/script"
(cd "$TMP" && QUOTH_SCRIPT=script exec "$QUOTH" --db s.db 2>"$TMP/stderr") &
quoth=$!
i=0
while [ ! -f "$TMP/port.hang" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
check "the fetch is waiting on the server" test -f "$TMP/port.hang"
kill -INT $quoth
wait $quoth
check "quoth exits 0 after Ctrl-C" test $? = 0
check "what was fetched before stays" has fetch-stopped \
    "{title: [library] 2 articles, by date"
check "the fetch says it stopped" has fetch-stopped \
    "{error:Stopped after 1 of 2 feeds: 0 new articles, 0 updated}"
"$QUOTH" --db "$TMP/s.db" feeds list --format=tsv > "$TMP/feeds"
check "the feed that was waiting records why it failed" \
    grep -q "hang.xml.*stopped before the download finished\|stopped before the download finished.*hang.xml" "$TMP/feeds"
check "the index is whole" "$QUOTH" --db "$TMP/s.db" check
done_testing

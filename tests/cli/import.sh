#!/bin/sh
# Importing pages, feeds and JSON lines from the command line: detection
# by content, --as, line numbers of bad lines, and standard input; and
# subscriptions exchanged as OPML.
. "${top_srcdir:-.}/tests/lib.sh"
FIX="$top_srcdir/tests/fixtures"

# Names say nothing: the format comes from the content.
cp "$FIX/feeds/atom.xml" "$TMP/atom.txt"
cp "$FIX/html/article.html" "$TMP/page.dat"
"$QUOTH" add "$TMP/atom.txt" "$TMP/page.dat" 2>"$TMP/out"
ok $? "a feed and a page under misleading names"
grep -q "atom.txt  2 articles: 2 new" "$TMP/out"
ok $? "the feed's two items"
grep -q "page.dat  #3 Orchard growers fear a late frost" "$TMP/out"
ok $? "the page's title"
"$QUOTH" add --as text "$FIX/feeds/rdf.xml" 2>"$TMP/as"
grep -q "^added .*rdf.xml  #4" "$TMP/as"
ok $? "--as text reads a feed as plain text"
"$QUOTH" add --as nonsense "$FIX/feeds/rdf.xml" 2>"$TMP/as2"
[ $? -eq 2 ] && grep -q "unknown import format 'nonsense'" "$TMP/as2"
ok $? "--as with an unknown format is a usage error"

# JSON lines on standard input: bad lines named by number, the rest in.
"$QUOTH" add - <"$FIX/jsonl/articles.jsonl" 2>"$TMP/jsonl"
ok $? "JSON lines on standard input"
grep -q "^skipped   -: line 2: not a complete JSON object" "$TMP/jsonl"
ok $? "a bad line is reported with its number"
grep -q "3 articles: 3 new" "$TMP/jsonl"
ok $? "the good lines are imported"

# Many lines: batches of a thousand, and every article is there.
awk 'BEGIN { for (i = 1; i <= 2500; i++)
    printf "{\"id\": %d, \"title\": \"Item %d\", \"text\": \"Body number %d, which is unique.\"}\n", i, i, i }' |
    "$QUOTH" add - 2>"$TMP/many"
grep -q "2500 articles: 2500 new" "$TMP/many"
ok $? "2,500 lines streamed in batches"
[ "$("$QUOTH" list --format=tsv | grep -c 'Item ')" -eq 2500 ]
ok $? "all 2,500 are listed"

# An OPML file and a JSON document are refused with a reason.
printf '<?xml version="1.0"?>\n<opml version="2.0"><body/></opml>\n' >"$TMP/subs.opml"
printf '{\n "a": 1\n}\n' >"$TMP/doc.json"
"$QUOTH" add "$TMP/subs.opml" "$TMP/doc.json" 2>"$TMP/refused"
grep -q "subs.opml: an OPML list of subscriptions" "$TMP/refused"
ok $? "OPML is refused with a reason"
grep -q "doc.json: a JSON document, not JSON lines" "$TMP/refused"
ok $? "a JSON document is refused with a reason"

# Subscriptions from another reader's OPML, in folders; and back out.
cat >"$TMP/list.opml" <<'OPML'
<?xml version="1.0"?>
<opml version="1.0"><head><title>mine</title></head><body>
<outline text="News"><outline text="Harbour &amp; Co" type="rss"
 xmlUrl="http://127.0.0.1:9/harbour.xml"/></outline>
<outline title="Gazette" text="g" xmlurl="https://gazette.example/rss"/>
<outline text="not fetched" xmlUrl="ftp://example.org/feed"/>
</body></opml>
OPML
"$QUOTH" feeds import "$TMP/list.opml" 2>"$TMP/imp"
[ $? -eq 1 ] && grep -q "^subscribed http://127.0.0.1:9/harbour.xml: Harbour & Co" \
    "$TMP/imp" && grep -q "^refused   ftp://example.org/feed" "$TMP/imp"
ok $? "feeds import: subscribed by URL, a non-http URL refused"
grep -q "^3 feeds: 2 subscribed, 0 already, 1 refused" "$TMP/imp"
ok $? "feeds import: a summary"
[ "$("$QUOTH" feeds list --format=tsv | grep -c 'http')" -eq 2 ] &&
    "$QUOTH" feeds list | grep -q "Harbour & Co"
ok $? "feeds import: both are listed with their titles, none fetched"
"$QUOTH" feeds export >"$TMP/out.opml" &&
    grep -q 'title="Gazette" xmlUrl="https://gazette.example/rss"' "$TMP/out.opml"
ok $? "feeds export, titles kept"
"$QUOTH" feeds import --quiet - <"$TMP/out.opml" 2>"$TMP/again"
ok $? "feeds import of the export, from standard input"
grep -q "^2 feeds: 0 subscribed, 2 already, 0 refused" "$TMP/again" &&
    [ "$(wc -l <"$TMP/again")" -eq 1 ]
ok $? "feeds import: the same feeds again, quietly"
"$QUOTH" feeds import "$FIX/feeds/atom.xml" "$TMP/missing.opml" 2>"$TMP/bad"
[ $? -eq 1 ] && grep -q "atom.xml: not OPML: the root element is <feed>" \
    "$TMP/bad" && grep -q "missing.opml: No such file" "$TMP/bad"
ok $? "feeds import: a feed and a missing file, each named"

done_testing

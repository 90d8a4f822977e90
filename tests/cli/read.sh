#!/bin/sh
# quoth list, show, search and stats against golden output.
. "${top_srcdir:-.}/tests/lib.sh"
cd "$top_srcdir" || exit 1
F=tests/fixtures/text
"$QUOTH" add $F/harbour.txt $F/wrapped.txt $F/no-title.txt 2>/dev/null

"$QUOTH" list | golden list-text
"$QUOTH" list --format=tsv --sort=title --ascending | cut -f1-6,8 | golden list-tsv
"$QUOTH" list --format=jsonl --sort=id --ascending --limit=2 | golden list-jsonl
"$QUOTH" show 1 | golden show-text
"$QUOTH" show 1 --format=json | sed 's/"added":[0-9]*/"added":T/' | golden show-json
"$QUOTH" search ferry terminal | golden search-text
"$QUOTH" search --format=jsonl --articles 'librar*' |
    sed 's/"score":[-0-9.e]*/"score":S/' | golden search-jsonl
"$QUOTH" stats --format=jsonl | sed 's/"index":"[^"]*"/"index":P/; s/"bytes":[0-9]*/"bytes":B/' |
    golden stats-jsonl

# Errors: a clear message and a non-zero exit, never a crash.
"$QUOTH" show 999 2>&1 | sed "s|$TMP|TMP|" | golden show-missing
"$QUOTH" show abc 2>&1 | golden show-not-a-number
"$QUOTH" search 'ferry AND' 2>&1 | golden search-malformed
"$QUOTH" search 'ferry AND' >/dev/null 2>&1
ok $(( $? != 1 )) "a malformed query exits 1"
"$QUOTH" list --sort=colour 2>&1 | golden list-bad-sort
"$QUOTH" list --sort=colour >/dev/null 2>&1
ok $(( $? != 2 )) "a usage error exits 2"
"$QUOTH" frobnicate 2>&1 | head -1 | golden unknown-command

# The body holds no chrome and the title line is not repeated in it.
"$QUOTH" show 1 --format=json | grep -q 'Privacy Policy'
ok $(( $? == 0 )) "trailing site chrome is not in the body"

done_testing

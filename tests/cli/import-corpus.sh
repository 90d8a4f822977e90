#!/bin/sh
# The shared corpus's feeds and pages: every file imports or is refused
# with a one-line reason, none crashes or hangs; a sample of gofeed's
# expected parses agrees; pages give their article's body.
. "${top_srcdir:-.}/tests/lib.sh"
FEEDS="$SHARED/corpus/feeds"
PAGES="$SHARED/corpus/html/readability/pages"
[ -d "$FEEDS" ] || skip_all "no shared corpus at $SHARED"

timeout 300 "$QUOTH" add "$FEEDS" 2>"$TMP/feeds"
rc=$?
[ $rc -eq 0 ] || [ $rc -eq 1 ]
ok $? "every feed file imports or is refused (exit $rc, no crash or hang)"
summary=$(tail -1 "$TMP/feeds")
echo "# $summary"
files=$(echo "$summary" | sed 's/ files:.*//')
lines=$(grep -cE '^(added|updated|unchanged|duplicate|failed) ' "$TMP/feeds")
[ "$files" -eq "$lines" ]
ok $? "one status line for each of the $files files"
! grep -E '^failed ' "$TMP/feeds" | grep -qvE '^failed +[^ ].*: [^ ]'
ok $? "every refusal gives a reason"
grep -E '^failed ' "$TMP/feeds" | sed 's/^failed *[^:]*: //; s/[0-9][0-9]*/N/g' |
    sort | uniq -c | sort -rn | head -12 | sed 's/^/# /'

python3 "$top_srcdir/tests/cli/gofeed-agree.py" "$QUOTH" \
    "$FEEDS/gofeed/testdata" >"$TMP/agree"
ok $? "gofeed's expected items: $(tail -1 "$TMP/agree")"
grep '^#' "$TMP/agree" | head -5

if [ -d "$PAGES" ]; then
	export QUOTH_DB="$TMP/pages.db"
	timeout 120 "$QUOTH" add "$PAGES" 2>"$TMP/pages"
	[ $? -le 1 ]
	ok $? "every readability page imports or is refused"
	n=$("$QUOTH" list --format=tsv | tail -n +2 | wc -l)
	[ "$n" -ge 120 ]
	ok $? "$n pages imported"
fi

done_testing

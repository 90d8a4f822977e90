#!/bin/sh
# The seed article against what a careful reader takes from it
# (check-expected), every expectation but the pairs of claims, which
# belong to the comparison of claims.  Skipped without ../shared.
. "${top_srcdir:-.}/tests/lib.sh"
CHECK="$SHARED/tools/check-expected"
SEED="$SHARED/examples/seed-article.txt"
EXPECTED="$SHARED/examples/seed-article.expected.json"
[ -f "$CHECK" ] && [ -f "$SEED" ] && [ -f "$EXPECTED" ] ||
    skip_all "no check-expected or seed article in $SHARED"
command -v python3 >/dev/null 2>&1 || skip_all "no python3 to run check-expected"

python3 -c 'import json, sys
e = json.load(open(sys.argv[1]))
e.pop("pairs", None)
json.dump(e, open(sys.argv[2], "w"))' "$EXPECTED" "$TMP/expected.json"
ok $? "the expectations without pairs"
python3 "$CHECK" --quoth "$QUOTH" "$SEED" "$TMP/expected.json" --verbose \
    >"$TMP/check.out" 2>&1
ok $? "check-expected passes on the seed"
grep -v '^ok ' "$TMP/check.out" | sed 's/^/# /'
while read -r verdict what; do
	case $verdict in
	ok) ok 0 "$what" ;;
	FAIL) ok 1 "$what" ;;
	esac
done <"$TMP/check.out"
done_testing

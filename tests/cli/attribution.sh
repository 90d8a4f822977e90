#!/bin/sh
# The attribution engine on PolNeAR dev, scored by the shared scorer and
# held against the figures recorded in tests/quality/attribution.best: a
# figure that drops below its record fails.  Skipped without ../shared.
. "${top_srcdir:-.}/tests/lib.sh"
SCORER="$SHARED/tools/score-attribution"
GOLD="$SHARED/corpus/polnear/dev"
BEST="$top_srcdir/tests/quality/attribution.best"
[ -f "$SCORER" ] && [ -d "$GOLD" ] || skip_all "no scorer or PolNeAR dev in $SHARED"
command -v python3 >/dev/null 2>&1 || skip_all "no python3 to run the scorer"

python3 "$SCORER" --quoth "$QUOTH" --gold "$GOLD" --json >"$TMP/score.json" \
    2>"$TMP/score.err"
ok $? "score-attribution runs on polnear/dev"
sed 's/^/# /' "$TMP/score.err" | head -5

# figure NAME: a dotted name of the scorer's JSON ("all.f1").
figure() {
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."):
	d = d[k]
print(d)' "$TMP/score.json" "$1" 2>/dev/null || echo 0
}

while read -r name best target; do
	case $name in ''|'#'*) continue ;; esac
	got=$(figure "$name")
	awk -v g="$got" -v b="$best" 'BEGIN { exit !(g + 0 >= b + 0) }'
	ok $? "$name $got (record $best, target $target)"
done <"$BEST"
done_testing

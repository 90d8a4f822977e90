#!/bin/sh
# The seed article (../shared/examples, not part of quoth): with the
# attributions its .expected.json describes, every quote and denial is
# shown in its stance's role, ] visits them all, and its sources can be
# walked with the keyboard.  Skipped where the seed or jq is missing;
# QUOTH_SEED=DIR/seed-article names it elsewhere.
. "${top_srcdir:-.}/tests/ui/lib.sh"

seed=${QUOTH_SEED:-$top_srcdir/../shared/examples/seed-article}
if [ ! -f "$seed.txt" ] || [ ! -f "$seed.expected.json" ]; then
	skip_all "the seed article is not beside the source tree"
fi
if ! command -v jq > /dev/null; then
	skip_all "jq is not installed"
fi
nquotes=$(jq '.quotes | length' "$seed.expected.json")

# The fixture: the expected sources and quotes, in the order of the text.
cp "$seed.txt" "$TMP/seed.txt"
jq --rawfile body "$seed.txt" '
  def src($s): [.sources[].name_contains | select(contains($s))][0];
  . as $e | {file: "seed.txt",
   sources: [.sources[] | {name: .name_contains, kind,
     mentions: [.name_contains, (.name_contains | split(" ") | last)]}],
   quotes: [.quotes | sort_by(.quote_contains as $q | $body | index($q))[] |
     (.speaker_contains // "-") as $who |
     {text: .quote_contains, direct, stance,
      speaker: ($e | src($who)),
      mention: (.mention_contains // .speaker_contains), cue,
      via: [(.via_contains // [])[] as $v | $e | src($v)]}]}' \
    "$seed.expected.json" > "$TMP/seed.json"
"$MKFIXTURE" "$TMP/seed.db" "$TMP/seed.json" ||
    { echo "Bail out! no fixture"; exit 1; }

COLUMNS=400 LINES=60 run seed.db <<'SCRIPT'
<Enter>v
:save-display --attrs seed.screen
]]]]]]]]]]]]
:save-display --attrs seed-last.screen
s/Ryabkov<Enter><Enter>n
:save-display --attrs seed-walk.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
jq -r '.quotes[] | "\(.stance)\t\(.quote_contains)"' "$seed.expected.json" |
while IFS='	' read -r stance text; do
	role=$stance
	[ "$role" = claim ] && role=quote
	grep -o "{$role:[^}]*}" "$TMP/seed.screen" | grep -qF -- "$text"
	ok $? "$stance shown as {$role:...}: $text"
done
check "] visits every quote" has seed-last "quote $nquotes/$nquotes"
check "speakers are marked" has seed "{speaker:Maria Zakharova}"
check "relaying outlets are marked" has seed "{relay:Interfax}"
check "the masthead is not shown" sh -c "! grep -q Masthead '$TMP/seed.screen'"
check "n walks Ryabkov's places" has seed-walk "Sergei Ryabkov 2/"
done_testing

#!/bin/sh
# Never trust content: escape sequences (CSI, OSC 8, OSC 52), C0 and C1
# controls, DEL and bidi overrides in an article show as placeholders in
# every view, and none of their bytes reaches the screen.
. "${top_srcdir:-.}/tests/ui/lib.sh"

# The article, its quote and a source carry the sequences themselves.
hostile_article "$TMP/hostile.txt"
cat > "$TMP/hostile.json" <<'JSON'
{"file": "hostile.txt",
 "sources": [{"name": "Mr \u001b[1mBold\u001b[0m", "kind": "person",
   "mentions": ["Mr \u001b[1mBold\u001b[0m"]}],
 "quotes": [{"text": "we \u001b[5mblink\u001b[0m at you",
   "speaker": "Mr \u001b[1mBold\u001b[0m", "mention": "Mr \u001b[1mBold\u001b[0m",
   "cue": "said"}]}
JSON
"$MKFIXTURE" "$TMP/x.db" "$TMP/hostile.json" ||
    { echo "Bail out! no fixture"; exit 1; }

run x.db <<'SCRIPT'
:save-display --attrs hostile-library.screen
<Enter>v]
:save-display --attrs hostile-reader.screen
"
:save-display --attrs hostile-quotes.screen
qs
:save-display --attrs hostile-sources.screen
<Enter>
:save-display --attrs hostile-walk.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen hostile-library hostile-reader hostile-quotes hostile-sources \
    hostile-walk

# Marked and compared with another quote: the message, the headers and
# the paragraph go through the same sanitizer.
"$MKFIXTURE" "$TMP/x2.db" "$TMP/hostile.json" "$FIXTURES/ferry-courier.json" ||
    { echo "Bail out! no fixture"; exit 1; }
run x2.db <<'SCRIPT'
:open 1
]c
:save-display --attrs hostile-mark.screen
:open 2
]c
:save-display --attrs hostile-compare.screen
SCRIPT
golden_screen hostile-mark hostile-compare
check "the marked quote's speaker is shown with placeholders" \
    has hostile-mark "Marked: Mr ␛[1mBold␛[0m"
check "ESC is shown as a visible placeholder" has hostile-reader "␛[2J␛[H clear"
check "C1 CSI is shown as a placeholder" has hostile-reader "C1 �31m"
check "bidi overrides are shown as placeholders" has hostile-reader "bidi �evil�"
check "the quote keeps its role around the placeholders" \
    has hostile-reader "{selection:we ␛[5mblink␛[0m at you}"
# No ESC, BEL, DEL, C1 CSI or bidi override in any saved screen.
bad=$(printf '\033|\007|\177|\302\233|\342\200\256|\342\200\254')
check "no control or bidi character in any screen" \
    sh -c "! cat '$TMP'/hostile-*.screen | grep -qE '$bad'"
done_testing

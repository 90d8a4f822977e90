#!/bin/sh
# Comparing claims: c marks a quote and c on a second one puts the two
# side by side (stacked at 80 columns, side by side at 160), with the
# terms they share and the negation that opposes them in their roles;
# Tab, J, K, x and Enter in the compare view; C lists the suggested
# pairs of an article or of a speaker's quotes across the index.
. "${top_srcdir:-.}/tests/ui/lib.sh"

# Article 1 (Harbour Courier) holds a claim, its denial and a walk-back,
# with pairs written by hand; article 2 (Valley Post) repeats the denial.
fixtures c.db ferry-courier ferry-post bridge hospital

# The mark, then the comparison, at 80 columns.
run c.db <<'SCRIPT'
jj<Enter>v]c
:save-display --attrs compare-mark.screen
]
:save-display --attrs compare-marked.screen
"j
:save-display --attrs compare-marked-quotes.screen
q]c
:save-display --attrs compare-80.screen
<Tab>
:save-display --attrs compare-tab.screen
x
:save-display --attrs compare-swap.screen
J
:save-display --attrs compare-next.screen
K
:save-display --attrs compare-prev.screen
<Enter>
:save-display --attrs compare-enter.screen
q
:save-display --attrs compare-back.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen compare-mark compare-marked compare-marked-quotes compare-80 \
    compare-tab \
    compare-swap compare-next compare-prev compare-enter compare-back
check "the mark is said, with the key to press next" has compare-mark \
    "{status:Marked: Tomas Berglund, “We offered to keep t…” — c on another quote to compare}"
check "the marked quote keeps its mark in the text" has compare-marked \
    "{marked:offered to keep the night boats running and they laughed at us,}"
check "the quotes view stars the marked quote" has compare-marked-quotes \
    "{marked:* “We offered"
check "the relation is worked out on the spot" has compare-80 \
    "{denial:contradicts}{meta: 0.65: }Mallory denies what Berglund asserts"
check "shared terms are marked on both sides" sh -c \
    "grep -c '{shared:keep}' '$TMP/compare-80.screen' | grep -qx 2"
check "the negation that opposes them is marked" has compare-80 \
    "{negation:no}"
check "Tab moves the focus bar to the other side" sh -c \
    "grep -q '^  {speaker:Tomas' '$TMP/compare-tab.screen' &&
     grep -q '^{selection: } {speaker:Ines' '$TMP/compare-tab.screen'"
check "Enter reads the focused quote in its article" has compare-enter \
    "{title: denial · Ines Mallory"

# Wide: side by side; J and K walk the counterparts, and wrap around.
COLUMNS=160 LINES=30 run c.db <<'SCRIPT'
jj<Enter>v]c]]c
:save-display --attrs compare-160.screen
J
:save-display --attrs compare-160-next.screen
KK
:save-display --attrs compare-160-wrap.screen
<Resize 80x24>
:save-display --attrs compare-160-narrowed.screen
SCRIPT
golden_screen compare-160 compare-160-next compare-160-wrap \
    compare-160-narrowed
check "side by side, a rule between the sides" has compare-160 \
    "{meta: │ }  {speaker:Ines Mallory}, operations director"
check "J walks round the counterparts" has compare-160-wrap \
    "{status:Wrapped around: the counterparts of what Ines Mallory said}"
COLUMNS=160 LINES=30 run c.db <<'SCRIPT'
jj<Enter>v]c]]c<Click 3 120>
:save-display --attrs compare-160-click.screen
SCRIPT
check "a click on a side gives it the focus" has compare-160-click " right }"

# Two quotes that do not pair are still shown; c twice unmarks.
run c.db <<'SCRIPT'
j<Enter>v]cq
jj<Enter>v]c
:save-display --attrs compare-none.screen
q]cc
:save-display --attrs compare-unmark.screen
SCRIPT
golden_screen compare-none compare-unmark
check "no relation is said" has compare-none \
    "{title: [compare] no relation found"
check "c on the marked quote unmarks it" has compare-unmark "{status:Unmarked}"

# C: the article's pairs, stored ones and counterparts, best first.
run c.db <<'SCRIPT'
jj<Enter>v]]]]
C
:save-display --attrs pairs-article.screen
gj<Enter>
:save-display --attrs pairs-open.screen
qq"jj
C
:save-display --attrs pairs-quotes.screen
qS
C
:save-display --attrs pairs-speaker.screen
<Enter>
:save-display --attrs pairs-speaker-open.screen
SCRIPT
golden_screen pairs-article pairs-open pairs-quotes pairs-speaker \
    pairs-speaker-open
check "pairs written at import come first" sh -c \
    "head -1 '$TMP/pairs-article.screen' | grep -qF 'Mallory says no offer was made'"
check "counterparts across the index are listed" has pairs-article \
    "Port Alder Ferry Strike"
check "the cursor starts on a pair of the current quote" has pairs-article \
    "{selection:contradicts 0.55"
check "a speaker's pairs across the index" has pairs-speaker \
    "[pairs] of what Ines Mallory said, across the index"
# :pairs QUERY: the pairs on a topic, in and across the articles on it.
run c.db <<'SCRIPT'
:pairs ferry
:save-display --attrs pairs-topic.screen
:pairs zebra
:save-display --attrs pairs-topic-none.screen
SCRIPT
golden_screen pairs-topic pairs-topic-none
check "the topic's pairs say what they are on" has pairs-topic \
    "[pairs] on ferry, across the index"
check "a topic with no pairs says so" has pairs-topic-none \
    "No pairs of claims on zebra"

done_testing

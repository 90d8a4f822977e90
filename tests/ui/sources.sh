#!/bin/sh
# Sources: who and what an article names, with counts; Enter walks a
# source's mentions and quotes in the text (n, N); S lists what it said
# or relayed across the index.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures s.db ferry-courier ferry-post bridge
run s.db <<'SCRIPT'
<Enter>s
:save-display --attrs sources-article.screen
/Gazette<Enter>
:save-display --attrs sources-search.screen
<Enter>
:save-display --attrs sources-walk.screen
n
:save-display --attrs sources-walk-next.screen
nnnn
:save-display --attrs sources-walk-wrap.screen
N
:save-display --attrs sources-walk-prev.screen
s
/Gazette<Enter>S
:save-display --attrs sources-across.screen
q
gS
:save-display --attrs sources-across-person.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen sources-article sources-search sources-walk sources-walk-next \
    sources-walk-wrap sources-walk-prev sources-across \
    sources-across-person
done_testing

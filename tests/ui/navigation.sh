#!/bin/sh
# The moves every view shares, in a list and in the pager: up a line,
# half pages, searching backward; the sources of an article from the
# library; Q quits from anywhere.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures n.db ferry-courier ferry-post bridge hospital
run n.db <<'SCRIPT'
Gk
:save-display --attrs nav-list-up.screen
<Up><Up>
:save-display --attrs nav-list-arrow.screen
s
:save-display --attrs nav-library-sources.screen
q<Enter>v<End>
:save-display --attrs nav-pager-end.screen
<C-u>
:save-display --attrs nav-pager-half-up.screen
k<Up>
:save-display --attrs nav-pager-up.screen
<M-/>Ahl<Enter>
:save-display --attrs nav-search-back.screen
N
:save-display --attrs nav-search-back-again.screen
"Q
:save-display --attrs nav-after-quit.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen nav-list-up nav-list-arrow nav-library-sources nav-pager-end \
    nav-pager-half-up nav-pager-up nav-search-back nav-search-back-again
check "Q quits from a list over the reader" \
    test ! -e "$TMP/nav-after-quit.screen"
done_testing

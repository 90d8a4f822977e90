#!/bin/sh
# The : command line: open, search, set, help, quit, and the errors a
# mistyped command gets.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures p.db ferry-courier ferry-post bridge
run p.db <<'SCRIPT'
<:>open 2<Enter>
:save-display --attrs prompt-open.screen
<:>open 99<Enter>
:save-display --attrs prompt-open-missing.screen
<:>search gazette<Enter>
:save-display --attrs prompt-search.screen
<:>search "unbalanced<Enter>
:save-display --attrs prompt-search-bad.screen
<:>search NEAR(<Enter>
:save-display --attrs prompt-search-fts.screen
<:>search<Enter>
<:>set split-lines 3<Enter>
<Enter>
:save-display --attrs prompt-set.screen
<:>set sort<Enter>
:save-display --attrs prompt-set-show.screen
<:>set nonsense 1<Enter>
:save-display --attrs prompt-set-unknown.screen
<:>set split-lines lots<Enter>
:save-display --attrs prompt-set-bad.screen
<:>frobnicate<Enter>
:save-display --attrs prompt-unknown.screen
<:>set split-lines=0<Enter>
:save-display --attrs prompt-typed.screen
<:>open 1<Esc>
:save-display --attrs prompt-cancel.screen
:quit
:save-display --attrs prompt-after-quit.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen prompt-open prompt-open-missing prompt-search prompt-search-bad \
    prompt-search-fts prompt-set prompt-set-show prompt-set-unknown \
    prompt-set-bad prompt-unknown prompt-typed prompt-cancel
check ":quit stops before the rest of the script" \
    test ! -e "$TMP/prompt-after-quit.screen"
done_testing

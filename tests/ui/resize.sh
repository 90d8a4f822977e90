#!/bin/sh
# Resizing (headless): the text wraps again and the line at the top stays
# in view; the selection stays in view; a window too small says so, and
# the reader comes back whole when the window grows again.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures z.db ferry-courier bridge hospital
run z.db <<'SCRIPT'
<Enter>v<C-d>
:save-display --attrs resize-before.screen
<Resize 50x20>
:save-display --attrs resize-narrow.screen
<Resize 120x30>
:save-display --attrs resize-wide.screen
]]]]]
<Resize 60x12>
:save-display --attrs resize-selection.screen
<Resize 20x4>
:save-display --attrs resize-small.screen
j
<Resize 80x24>
:save-display --attrs resize-back.screen
v
<Resize 80x9>
:save-display --attrs resize-no-split.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen resize-before resize-narrow resize-wide resize-selection \
    resize-small resize-back resize-no-split
done_testing

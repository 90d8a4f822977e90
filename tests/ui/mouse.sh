#!/bin/sh
# The mouse (headless): a click selects a row and a second click opens
# it; the wheel scrolls the view under the pointer; a click on a quote
# makes it the current one; a click on the library above the reader
# reads that article; `set mouse off` ignores all of it.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures m.db ferry-courier ferry-post bridge hospital
run m.db <<'SCRIPT'
<Click 2 20>
:save-display --attrs mouse-select.screen
<Click 2 20>
:save-display --attrs mouse-open.screen
<WheelDown 15 5>
:save-display --attrs mouse-wheel.screen
<Click 0 10>
:save-display --attrs mouse-split-click.screen
v<Click 3 10>
:save-display --attrs mouse-quote.screen
:set mouse off
<Click 4 10>
:save-display --attrs mouse-off.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen mouse-select mouse-open mouse-wheel mouse-split-click \
    mouse-quote mouse-off
done_testing

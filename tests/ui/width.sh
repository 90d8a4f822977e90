#!/bin/sh
# Wrapping by display width: CJK (two columns), combining marks (none),
# emoji with modifiers and joiners (one cluster), a word longer than the
# line; in the reader and in the library's columns.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures w.db wide
for cols in 80 33; do
	COLUMNS=$cols run w.db <<SCRIPT
:save-display --attrs width-library-$cols.screen
<Enter>
:save-display --attrs width-reader-$cols.screen
SCRIPT
	golden_screen width-library-$cols width-reader-$cols
done
done_testing

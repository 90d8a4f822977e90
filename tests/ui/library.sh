#!/bin/sh
# The library: the welcome of an empty index, importing the samples, the
# article list, moving, sorting, filtering as you type, search, unread.
. "${top_srcdir:-.}/tests/ui/lib.sh"

run empty.db <<'SCRIPT'
:save-display --attrs library-empty.screen
i
:save-display --attrs library-imported.screen
SCRIPT
golden_screen library-empty library-imported
check "importing needs no restart: six samples listed" has library-imported \
    "[library] 6 articles"

fixtures lib.db ferry-courier ferry-post bridge hospital wide
run lib.db <<'SCRIPT'
:save-display --attrs library-first.screen
jj
:save-display --attrs library-move.screen
oo
:save-display --attrs library-sort-title.screen
O
:save-display --attrs library-sort-reverse.screen
o
:save-display --attrs library-sort-outlet.screen
:set sort date
:set ascending off
f
ferr
:save-display --attrs library-filter-typing.screen
<Enter>
:save-display --attrs library-filter.screen
f
<Backspace><Backspace><Backspace><Backspace><Enter>
gj<Enter>q
:save-display --attrs library-read.screen
u
:save-display --attrs library-unread-only.screen
u
/gazette<Enter>
:save-display --attrs library-search.screen
r
:save-display --attrs library-toggle-read.screen
f
zzzz<Esc>
:save-display --attrs library-filter-cancel.screen
SCRIPT
golden_screen library-first library-move library-sort-title \
    library-sort-reverse library-sort-outlet library-filter-typing \
    library-filter library-read library-unread-only library-search \
    library-toggle-read library-filter-cancel
done_testing

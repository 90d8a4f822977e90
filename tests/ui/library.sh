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

# While nothing is typed, the reader merges the segments each fixture left
# in the full-text indexes (a script's <Idle> is a quiet spell); with
# idle-merge off it leaves them.
fixtures idle.db ferry-courier ferry-post bridge hospital wide
cp "$TMP/idle.db" "$TMP/idle-off.db"
printf ':set idle-merge off\n<Idle><Idle><Idle>\n' | run "$TMP/idle-off.db"
check "with idle-merge off, the reader leaves the index as it was" \
    sh -c '"$0" --db "$1" optimize | grep -q "merged in"' "$QUOTH" \
    "$TMP/idle-off.db"
printf '<Idle><Idle><Idle><Idle><Idle><Idle>\n' | run "$TMP/idle.db"
check "quiet, the reader merges the full-text indexes" \
    sh -c '"$0" --db "$1" optimize | grep -q "already merged$"' "$QUOTH" \
    "$TMP/idle.db"
check "the index is whole after merging" "$QUOTH" --db "$TMP/idle.db" check
done_testing

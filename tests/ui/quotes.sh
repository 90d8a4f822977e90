#!/bin/sh
# Quotes: the list of an article's quotes, jumping to one in the text and
# walking the rest with n and N; a speaker's quotes across the index (S).
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures q.db ferry-courier ferry-post bridge
run q.db <<'SCRIPT'
j"
:save-display --attrs quotes-article.screen
jj
:save-display --attrs quotes-move.screen
<Enter>
:save-display --attrs quotes-jump.screen
n
:save-display --attrs quotes-walk-next.screen
NN
:save-display --attrs quotes-walk-prev.screen
S
:save-display --attrs quotes-speaker.screen
j<Enter>
:save-display --attrs quotes-speaker-jump.screen
n
:save-display --attrs quotes-speaker-walk.screen
/zzz<Enter>
"
/untrue<Enter>
:save-display --attrs quotes-search.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen quotes-article quotes-move quotes-jump quotes-walk-next \
    quotes-walk-prev quotes-speaker quotes-speaker-jump \
    quotes-speaker-walk quotes-search
check "across the index, Mallory is quoted in both ferry stories" \
    has quotes-speaker "[quotes] Ines Mallory, across the index"
done_testing

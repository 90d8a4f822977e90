#!/bin/sh
# The reader: the article under the library (split) or alone, quotes and
# denials each in their role, ] [ } { with the status line, J and K,
# paging, search, read state, and wrapping to the window.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures r.db ferry-courier ferry-post bridge hospital
run r.db <<'SCRIPT'
j<Enter>
:save-display --attrs reader-split.screen
v
:save-display --attrs reader-open.screen
]
:save-display --attrs reader-quote1.screen
]]
:save-display --attrs reader-quote3.screen
[
:save-display --attrs reader-quote-back.screen
}
:save-display --attrs reader-denial.screen
}
:save-display --attrs reader-no-denial.screen
g]]]]]]]
:save-display --attrs reader-last-quote.screen
{
:save-display --attrs reader-prev-denial.screen
J
:save-display --attrs reader-next-article.screen
K
:save-display --attrs reader-prev-article.screen
<Space>
:save-display --attrs reader-page-down.screen
b
:save-display --attrs reader-page-up.screen
G
:save-display --attrs reader-end.screen
/letter<Enter>
:save-display --attrs reader-search.screen
n
:save-display --attrs reader-search-next.screen
r
:save-display --attrs reader-unread.screen
v
:save-display --attrs reader-split-again.screen
q
:save-display --attrs reader-back.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen reader-split reader-open reader-quote1 reader-quote3 \
    reader-quote-back reader-denial reader-no-denial reader-last-quote \
    reader-prev-denial reader-next-article reader-prev-article \
    reader-page-down reader-page-up reader-end reader-search \
    reader-search-next reader-unread reader-split-again reader-back

# A narrow window wraps the text by display width; wrap-width caps it.
COLUMNS=44 run r.db <<'SCRIPT'
<Enter>v
:save-display --attrs reader-narrow.screen
SCRIPT
golden_screen reader-narrow
run r.db <<'SCRIPT'
:set wrap-width 50
<Enter>v
:save-display --attrs reader-wrap-width.screen
SCRIPT
golden_screen reader-wrap-width
done_testing

#!/bin/sh
# quoth --demo: the samples in a temporary index, removed on exit.
. "${top_srcdir:-.}/tests/ui/lib.sh"

cat > "$TMP/script" <<'SCRIPT'
:save-display --attrs demo-library.screen
G<Enter>
:save-display --attrs demo-reader.screen
SCRIPT
(cd "$TMP" && QUOTH_SCRIPT=script "$QUOTH" --demo 2> "$TMP/stderr")
check "quoth --demo exits 0" test $? = 0
golden_screen demo-library demo-reader
check "the temporary index is gone" \
    sh -c "! ls -d '$TMP'/quoth-demo.* 2>/dev/null | grep -q ."
"$QUOTH" --demo list > /dev/null 2>&1
check "--demo takes no command" test $? = 2
check "the samples are written for quoth (none is empty)" sh -c '
    for f in "$1"/data/samples/*.txt; do test -s "$f" || exit 1; done' \
    sh "$top_srcdir"
# Without a terminal the reader says so, and creates no index.
(unset QUOTH_DB; QUOTH_NO_DISPLAY= "$QUOTH" </dev/null >/dev/null 2>"$TMP/err")
check "without a terminal the reader exits 1" test $? = 1
check "and says why" grep -q "the reader needs a terminal" "$TMP/err"
check "and creates no index" test ! -e "$XDG_DATA_HOME/quoth/index.db"
done_testing

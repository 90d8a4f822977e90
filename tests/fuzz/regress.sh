#!/bin/sh
# Replay every fuzz target's seed corpus and past crashes (TAP).
. "${top_srcdir:-.}/tests/lib.sh"
FUZZ="$top_srcdir/tests/fuzz"
for replay in "$top_builddir"/tests/fuzz/replay_*; do
	[ -x "$replay" ] || continue
	target=${replay##*/replay_}
	"$replay" "$FUZZ/corpus/$target" "$FUZZ/regress/$target" >"$TMP/out" 2>&1
	ok $? "fuzz target $target: $(tail -1 "$TMP/out")"
	[ $? -eq 0 ] || sed 's/^/# /' "$TMP/out" | tail -20
done
done_testing

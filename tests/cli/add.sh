#!/bin/sh
# quoth add: status lines, duplicates, updates, failures and exit codes.
. "${top_srcdir:-.}/tests/lib.sh"
cd "$top_srcdir" || exit 1
F=tests/fixtures/text

"$QUOTH" add $F/harbour.txt $F/wrapped.txt 2>&1 | untimed | golden add-two
"$QUOTH" add $F/harbour.txt $F/wrapped.txt 2>&1 | untimed | golden add-again

# The same content under another name is folded into the first.
cp $F/harbour.txt "$TMP/copy.txt"
"$QUOTH" add "$TMP/copy.txt" 2>&1 | sed "s|$TMP|TMP|" | untimed | golden add-duplicate

# A changed file updates its article in place, keeping its id.
printf 'Changing Story\n\nThe first version.\n' >"$TMP/changing.txt"
"$QUOTH" add "$TMP/changing.txt" >/dev/null 2>&1
id=$("$QUOTH" list --format=tsv | awk -F'\t' '$2 ~ /changing/ {print $1}')
printf '\nA late paragraph.\n' >>"$TMP/changing.txt"
"$QUOTH" add "$TMP/changing.txt" 2>"$TMP/err"
grep -q "^updated   .*changing.txt  #$id " "$TMP/err"
ok $? "a changed file is updated in place (#$id)"
"$QUOTH" show "$id" | grep -q "A late paragraph."
ok $? "the update is what show prints"

# Bad files are reported and skipped; the rest is imported; exit 1.
printf '\211PNG\r\n\032\nxxxx' >"$TMP/picture.txt"
: >"$TMP/empty.txt"
before=$("$QUOTH" list --format=tsv | wc -l)
"$QUOTH" add "$TMP/picture.txt" "$TMP/empty.txt" "$TMP/missing.txt" \
    $F/no-title.txt 2>&1 | sed "s|$TMP|TMP|" | untimed | golden add-failures
"$QUOTH" add "$TMP/picture.txt" 2>/dev/null
ok $(( $? != 1 )) "a failed file makes add exit 1"
after=$("$QUOTH" list --format=tsv | wc -l)
ok $(( after != before + 1 )) "the good file among bad ones is imported"

# Standard input.
printf 'From A Pipe\n\nIt came through standard input.\n' | "$QUOTH" add - 2>&1 |
    untimed | golden add-stdin

# A folder, recursively; hidden files, READMEs and images are passed over.
mkdir -p "$TMP/tree/sub" "$TMP/tree/.hidden"
cp $F/harbour.txt "$TMP/tree/sub/a.txt"
printf 'Fresh Story\n\nSomething new happened today.\n' >"$TMP/tree/b.txt"
printf 'Hidden\n\nNot this one.\n' >"$TMP/tree/.hidden/c.txt"
printf 'About this folder.\n' >"$TMP/tree/README"
printf '\211PNG' >"$TMP/tree/logo.png"
"$QUOTH" add "$TMP/tree" 2>&1 | sed "s|$TMP|TMP|" | untimed | golden add-folder

# optimize merges the segments the imports left in the full-text indexes,
# once, as stats counts them; the index is whole after it.
segments() {
	"$QUOTH" stats --format=tsv | awk -F'\t' '
	    NR == 1 { for (i = 1; i <= NF; i++) if ($i == "segments") c = i }
	    NR == 2 { print $c }'
}
before=$(segments)
"$QUOTH" optimize >"$TMP/opt" 2>&1
grep -Eq "^$QUOTH_DB: full-text indexes merged in [0-9]+ rounds? \([0-9.]+ s\)\$" \
    "$TMP/opt"
ok $? "optimize merges the imports' segments"
"$QUOTH" optimize 2>&1 | grep -qx "$QUOTH_DB: already merged"
ok $? "optimize again has nothing to merge"
after=$(segments)
[ "$after" -ge 2 ] && [ "$after" -lt "$before" ]
ok $? "stats counts fewer segments after optimize ($before, then $after)"
"$QUOTH" stats | grep -q "^search    $after segments"
ok $? "stats says so in text"
"$QUOTH" check >/dev/null 2>&1
ok $? "the index is whole after optimize"
"$QUOTH" optimize now >/dev/null 2>&1
ok $(( $? != 1 )) "optimize takes no argument"

"$QUOTH" add 2>&1 | golden add-no-args
"$QUOTH" add --as nonsense x 2>&1 | golden add-bad-format

done_testing

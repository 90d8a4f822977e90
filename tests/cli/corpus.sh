#!/bin/sh
# The seed article and the BBC folder from the shared corpus: counts,
# duplicates, a second import that adds nothing, and bad files among good.
. "${top_srcdir:-.}/tests/lib.sh"
[ -d "$SHARED/corpus/bbc" ] || skip_all "no shared corpus at $SHARED"
SEED="$SHARED/examples/seed-article.txt"

"$QUOTH" add "$SEED" "$SHARED/corpus/bbc" 2>"$TMP/add1"
ok $? "seed and BBC import without a failure"
summary=$(tail -1 "$TMP/add1")
echo "# $summary"
case $summary in "2226 files: 2128 added, 0 updated, 0 unchanged, 98 duplicates folded, 0 failed, 1 not articles"*) r=0 ;; *) r=1 ;; esac
ok $r "2,226 files: 2,128 articles and 98 duplicates folded"
[ "$(grep -c '^duplicate ' "$TMP/add1")" -eq 98 ]
ok $? "each duplicate is reported on its own line"

"$QUOTH" add "$SEED" "$SHARED/corpus/bbc" 2>"$TMP/add2"
case $(tail -1 "$TMP/add2") in *" 0 added, 0 updated, 2128 unchanged, 98 duplicates"*) r=0 ;; *) r=1 ;; esac
ok $r "a second identical add adds nothing"

seed=$("$QUOTH" list --format=tsv --sort=id --ascending | awk -F'\t' 'NR == 2 {print $1}')
"$QUOTH" show "$seed" --format=json >"$TMP/seed.json"
grep -q '"title":"Russian Official: Moscow Had Contact With Trump Team During Campaign"' "$TMP/seed.json"
ok $? "show: the seed's title"
for chrome in Masthead 'Founder & Editor-in-Chief' 'Front End Developer' 'Latest Livewire'; do
	! grep -q "$chrome" "$TMP/seed.json"
	ok $? "show: the body lacks '$chrome'"
done
grep -q 'John Podesta and others.\"' "$TMP/seed.json"
ok $? "show: the body ends with the article's last sentence"
"$QUOTH" search Ryabkov --articles --format=tsv | awk -F'\t' 'NR > 1 {print $2}' |
    grep -qx "$seed"
ok $? "search Ryabkov finds the seed"

# Bad files among good ones: each reported, the rest imported.
printf '\177ELF\002\001\001\000\000\000\000\000\000\000' >"$TMP/program"
: >"$TMP/empty.txt"
head -c 52428800 /dev/zero | tr '\0' 'x' >"$TMP/one-line.txt"
printf 'A Good One\n\nIt is imported all the same.\n' >"$TMP/good.txt"
"$QUOTH" add "$TMP/program" "$TMP/empty.txt" "$TMP/one-line.txt" "$TMP/good.txt" \
    2>"$TMP/add3"
ok $(( $? != 1 )) "add exits 1 when some files fail"
grep -q "^failed    $TMP/program: binary file" "$TMP/add3"
ok $? "the binary file is reported"
grep -q "^failed    $TMP/empty.txt: empty file" "$TMP/add3"
ok $? "the empty file is reported"
grep -q "^failed    $TMP/one-line.txt: the article is 50.0 MB, over the 16 MB limit" "$TMP/add3"
ok $? "the 50 MB single-line file is reported"
grep -q "^added     $TMP/good.txt" "$TMP/add3"
ok $? "the good file is imported"
sed 's/^/# /' "$TMP/add3"

done_testing

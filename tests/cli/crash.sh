#!/bin/sh
# Crash safety: kill -9 during imports, a full disk, a read-only index.
# Afterwards the index is whole, every file reported as imported is there
# in full, and importing again completes the rest.
. "${top_srcdir:-.}/tests/lib.sh"

N=1000
mkdir -p "$TMP/articles"
i=1
while [ $i -le $N ]; do
	printf 'Story number %d\n\nThe council met again on day %d.\n\nMarker %d ends it.\n' \
	    $i $i $i >"$TMP/articles/a$i.txt"
	i=$((i + 1))
done

# Every "added" line names a file whose article is complete in the index.
complete() {
	grep '^added ' "$1" | while read -r _ file id _; do
		n=${file##*/a}
		n=${n%.txt}
		"$QUOTH" show "${id#\#}" --format=json | grep -q "Marker $n ends it." ||
		    { echo "# incomplete: $file as $id"; return 1; }
	done
}

# Random moments, printed in the test names so that a failure can be rerun.
# Each trial starts a new index, kills the import, checks it, and imports
# again to completion.
delays=$(awk 'BEGIN { srand(); for (i = 0; i < 8; i++) printf "%.3f ", 0.01 + rand() * 0.15 }')
main_db=$QUOTH_DB
trial=1
for delay in $delays; do
	export QUOTH_DB="$TMP/trial$trial.db"
	"$QUOTH" add "$TMP/articles" 2>"$TMP/log$trial" &
	pid=$!
	sleep "$delay"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	"$QUOTH" check >"$TMP/check" 2>&1
	ok $? "kill -9 after ${delay}s: the index is whole ($(sed 's/.*(//; s/)//' "$TMP/check"))"
	complete "$TMP/log$trial"
	ok $? "kill -9 after ${delay}s: every file reported as added is complete"
	"$QUOTH" add --quiet "$TMP/articles" 2>/dev/null
	count=$("$QUOTH" stats --format=tsv | awk -F'\t' 'NR == 2 {print $4}')
	[ "$count" -eq $N ]
	ok $? "kill -9 after ${delay}s: importing again completes the rest, once each"
	trial=$((trial + 1))
done
export QUOTH_DB=$main_db
"$QUOTH" add --quiet "$TMP/articles" 2>/dev/null
ok $? "a whole import"

# A full disk: writes fail (here through a file size limit); the error is
# clear, and what was in the index is still there.
mkdir -p "$TMP/more"
i=1
while [ $i -le 200 ]; do
	printf 'Another story %d\n\nWith a longer body, line after line, day %d. %s\n' \
	    $i $i "$(printf '%0300d' 0)" >"$TMP/more/b$i.txt"
	i=$((i + 1))
done
"$QUOTH" check >/dev/null 2>&1
size=$(du -k "$QUOTH_DB" | cut -f1)
wal=$(du -k "$QUOTH_DB-wal" 2>/dev/null | cut -f1)
limit=$(( (size > ${wal:-0} ? size : ${wal:-0}) * 2 + 64 ))
(trap '' XFSZ; ulimit -f $limit; exec "$QUOTH" add "$TMP/more") >/dev/null 2>"$TMP/full"
rc=$?
ok $(( rc == 0 )) "a full disk stops the import with an error (exit $rc)"
grep -q 'quoth add: .*\(full\|disk\|I/O\|too large\)' "$TMP/full"
ok $? "the error says what happened: $(tail -1 "$TMP/full")"
"$QUOTH" check >/dev/null 2>&1
ok $? "after a full disk the index is whole"
count=$("$QUOTH" stats --format=tsv | awk -F'\t' 'NR == 2 {print $4}')
[ "$count" -ge $N ]
ok $? "after a full disk the articles imported before are all there ($count)"

# A read-only index: a clear error and no damage.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1; then
	as_other="setpriv --reuid=65534 --regid=65534 --clear-groups"
	chmod 755 "$TMP"
	chmod 644 "$QUOTH_DB"*
elif [ "$(id -u)" -ne 0 ]; then
	as_other=""
	chmod 444 "$QUOTH_DB"*
else
	as_other=none
fi
if [ "$as_other" != none ]; then
	printf 'Late\n\nToo late to add.\n' >"$TMP/late.txt"
	chmod 644 "$TMP/late.txt"
	$as_other "$QUOTH" add "$TMP/late.txt" >/dev/null 2>"$TMP/ro"
	ok $(( $? == 0 )) "adding to a read-only index fails"
	grep -q 'quoth.*\(read-only\|readonly\|permission\|cannot\)' "$TMP/ro"
	ok $? "the error says why: $(tail -1 "$TMP/ro")"
	chmod 600 "$QUOTH_DB"*
	"$QUOTH" check >/dev/null 2>&1
	ok $? "the read-only index is unharmed"
fi

done_testing

#!/bin/sh
# make bench: how fast quoth imports, on the shared corpus.
#   - the JSON-lines stream: articles/s, MB/s and peak memory
#   - body extraction from the readability pages (F1, by score-extraction)
# Prints figures; asserts nothing (timings belong to the machine).
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
QUOTH="$top_builddir/src/quoth"
SHARED="$top_srcdir/../shared"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/quoth-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

jsonl="$SHARED/corpus/allsides.jsonl.xz"
if [ -f "$jsonl" ] && command -v xz >/dev/null 2>&1; then
	bytes=$(xz -dc "$jsonl" | wc -c)
	start=$(date +%s.%N)
	if [ -x /usr/bin/time ]; then
		xz -dc "$jsonl" | /usr/bin/time -f '%M' -o "$TMP/mem" \
		    "$QUOTH" --db "$TMP/jsonl.db" add --quiet - 2>"$TMP/jsonl"
	else
		xz -dc "$jsonl" | "$QUOTH" --db "$TMP/jsonl.db" add --quiet - \
		    2>"$TMP/jsonl"
	fi
	end=$(date +%s.%N)
	n=$("$QUOTH" --db "$TMP/jsonl.db" stats --format=tsv |
	    awk -F'\t' 'NR == 2 {print $4}')
	awk -v n="$n" -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN {
	    t = e - s; printf "jsonl stream: %d articles, %.1f MB in %.1f s: " \
	    "%.0f articles/s, %.1f MB/s\n", n, b / 1048576, t, n / t,
	    b / 1048576 / t }'
	[ -s "$TMP/mem" ] && echo "jsonl stream: peak memory $(($(tail -1 "$TMP/mem") / 1024)) MB"
else
	echo "jsonl stream: skipped (no $jsonl or no xz)"
fi

pages="$SHARED/corpus/html/readability"
if [ -d "$pages" ] && command -v python3 >/dev/null 2>&1; then
	printf 'readability pages (English): '
	python3 "$SHARED/tools/score-extraction" --quoth "$QUOTH" \
	    --pages "$pages/pages" --truth "$pages/truth.json" --category en-
else
	echo "readability pages: skipped (no $pages or no python3)"
fi

#!/bin/sh
# The manual and --help agree: every command and option is documented.
. "${top_srcdir:-.}/tests/lib.sh"
MAN="$top_srcdir/man/quoth.1"

if command -v mandoc >/dev/null 2>&1; then
	for page in "$top_srcdir"/man/*.[0-9]; do
		mandoc -Tlint -W warning "$page" >"$TMP/lint" 2>&1
		ok $? "mandoc -Tlint $(basename "$page")"
		sed 's/^/# /' "$TMP/lint"
	done
fi

commands=$("$QUOTH" --help | awk '/^commands:/ {on = 1; next} on && NF {print $1}')
[ -n "$commands" ]
ok $? "quoth --help lists the commands"
for cmd in $commands; do
	grep -q "^\.It Cm $cmd\( \|$\)" "$MAN"
	ok $? "man page documents the command $cmd"
	"$QUOTH" "$cmd" --help >"$TMP/help"
	ok $? "quoth $cmd --help"
	for opt in $(grep -o -- '--[a-z][a-z-]*' "$TMP/help" | sort -u); do
		[ "$opt" = --help ] && continue
		grep -q -- "Fl \\\\-${opt#--}" "$MAN"
		ok $? "man page documents $cmd $opt"
	done
done

"$QUOTH" --version | grep -q "^quoth [0-9]"
ok $? "quoth --version"

done_testing

# tests/lib.sh: TAP helpers for the shell tests, sourced by each script.
#
# Every test prints "ok N - what" or "not ok N - what"; done_testing
# prints the plan.  golden NAME compares standard input with
# tests/*/golden/NAME; QUOTH_UPDATE_GOLDEN=1 writes it instead.

set -u
: "${top_srcdir:=.}"
: "${top_builddir:=.}"
top_srcdir=$(cd "$top_srcdir" && pwd)
top_builddir=$(cd "$top_builddir" && pwd)
QUOTH="$top_builddir/src/quoth"
GOLDEN="$(cd "$(dirname "$0")" && pwd)/golden"
SHARED="$top_srcdir/../shared"

# A private place for indexes and outputs, removed at the end.
TMP=$(mktemp -d "${TMPDIR:-/tmp}/quoth-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export QUOTH_DB="$TMP/index.db"
export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
export LC_ALL=C.UTF-8 TZ=UTC
unset NO_COLOR

# QUOTH_VALGRIND=1: every run of quoth under valgrind, which fails it
# (exit 99) on any invalid access or definite leak, with the reports kept
# in $QUOTH_VALGRIND_LOG (default: the test's TMP) for the harness.
if [ -n "${QUOTH_VALGRIND:-}" ]; then
	real=$QUOTH
	QUOTH="$TMP/quoth"
	vlog=${QUOTH_VALGRIND_LOG:-$TMP}
	printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --log-file="%s/valgrind.%%p.log" "%s" "$@"\n' \
	    "$vlog" "$real" >"$QUOTH"
	chmod +x "$QUOTH"
fi

# The counts live in files so that tests at the end of a pipeline,
# which run in a subshell, count too.
echo 0 >"$TMP/tap_n"
echo 0 >"$TMP/tap_failed"

ok() {
	n=$(($(cat "$TMP/tap_n") + 1))
	echo $n >"$TMP/tap_n"
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		echo $(($(cat "$TMP/tap_failed") + 1)) >"$TMP/tap_failed"
	fi
}

# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
	desc=$1
	shift
	"$@" >"$TMP/check.out" 2>&1
	rc=$?
	ok $rc "$desc"
	[ $rc -eq 0 ] || sed 's/^/# /' "$TMP/check.out" | head -20
}

skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}

# golden NAME: compare stdin with the golden file of this test's folder.
golden() {
	dir=$GOLDEN
	if [ -n "${QUOTH_UPDATE_GOLDEN:-}" ]; then
		mkdir -p "$dir"
		cat >"$dir/$1"
		ok 0 "golden $1 (written)"
		return
	fi
	cat >"$TMP/golden.out"
	if diff -u "$dir/$1" "$TMP/golden.out" >"$TMP/golden.diff" 2>&1; then
		ok 0 "golden $1"
	else
		ok 1 "golden $1"
		sed 's/^/# /' "$TMP/golden.diff" | head -40
	fi
}

# Timings and rates change from run to run; golden files hold neither.
untimed() {
	sed -e 's/([0-9.]* s, [0-9]* articles\/s)/(TIME)/'
}

# http_server: tests/http/server.py on 127.0.0.1, killed at exit, serving
# tests/fixtures/http at $URL; fails if python3 or the server is missing.
http_server() {
	command -v python3 >/dev/null 2>&1 || return 1
	python3 "$top_srcdir/tests/http/server.py" "$TMP/port" \
	    "$top_srcdir/tests/fixtures/http" &
	server=$!
	trap 'kill $server 2>/dev/null; rm -rf "$TMP"' EXIT
	i=0
	while [ ! -s "$TMP/port" ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -s "$TMP/port" ] || return 1
	URL="http://127.0.0.1:$(cat "$TMP/port")"
}

done_testing() {
	echo "1..$(cat "$TMP/tap_n")"
	[ "$(cat "$TMP/tap_failed")" -eq 0 ]
}

# Screen tests of the reader: sourced by each tests/ui/*.sh, on top of
# tests/lib.sh (TAP, check, golden, the private $TMP).
#
# A test builds an index from fixtures (tests/ui/fixtures/*.json: sample
# articles with attributions written by hand), runs quoth headless with
# a script of keys and :save-display commands, and compares each saved
# screen with tests/ui/golden/NAME.screen.  Screens are saved with
# --attrs, so a colour role that is lost or misplaced fails the test.
# QUOTH_UPDATE_GOLDEN=1 make check writes the golden screens again;
# review the diff before committing them.

. "${top_srcdir:-.}/tests/lib.sh"

MKFIXTURE=$top_builddir/tests/ui/mkfixture
FIXTURES=$top_srcdir/tests/ui/fixtures

# Nothing of the person running the tests may leak in.
export HOME=$TMP QUOTH_NO_DISPLAY=1 COLUMNS=80 LINES=24
export TERM=xterm-256color TMPDIR=$TMP
unset QUOTH_SCRIPT
mkdir -p "$XDG_CONFIG_HOME/quoth" "$XDG_DATA_HOME"

# diag: standard input as TAP comments.
diag() {
	sed 's/^/# /'
}

# skip DESCRIPTION REASON: a test that cannot run here.
skip() {
	n=$(($(cat "$TMP/tap_n") + 1))
	echo $n >"$TMP/tap_n"
	echo "ok $n - $1 # SKIP $2"
}

# fixtures DB NAME...: an index of fixtures/NAME.json.
fixtures() {
	db=$TMP/$1
	shift
	for f in "$@"; do
		"$MKFIXTURE" "$db" "$FIXTURES/$f.json" ||
		    { echo "Bail out! mkfixture $f failed"; exit 1; }
	done
}

# run DB [ARGS...] < SCRIPT: quoth with the script on stdin, in $TMP.
# Its status and stderr are kept in $TMP/status and $TMP/stderr.
run() {
	db=$1
	shift
	cat > "$TMP/script"
	(cd "$TMP" && QUOTH_SCRIPT=script "$QUOTH" --db "$db" "$@" \
	    2> "$TMP/stderr")
	echo $? > "$TMP/status"
	if [ "$(cat "$TMP/status")" != 0 ]; then
		echo "# quoth exited with $(cat "$TMP/status")"
		diag < "$TMP/stderr"
	fi
}

# golden_screen NAME...: each screen saved as $TMP/NAME.screen against
# tests/ui/golden/NAME.screen.
golden_screen() {
	for g in "$@"; do
		if [ -f "$TMP/$g.screen" ]; then
			golden "$g.screen" <"$TMP/$g.screen"
		else
			ok 1 "$g: no screen was saved"
		fi
	done
}

# hostile_article FILE: an article whose title and text carry escape
# sequences (CSI, OSC 8, OSC 52, a window title), C0 and C1 controls, DEL
# and bidi overrides; ordinary paragraphs follow so that it imports.
hostile_article() {
	{
		printf 'Hostile \033[31mRED\033[0m Title\033]2;pwned\007\n\n'
		printf 'Body \033[2J\033[H clear, \033]8;;http://evil.example/'
		printf '\033\\link\033]8;;\033\\ and \033]52;c;cHduZWQ=\007 clip,'
		printf ' C1 \302\23331m, bidi \342\200\256evil\342\200\254,'
		printf ' bell \007, del \177.\n\n'
		printf 'Mr \033[1mBold\033[0m said \342\200\234we \033[5mblink'
		printf '\033[0m at you\342\200\235 today.\n\n'
		i=0
		while [ $i -lt 30 ]; do
			printf 'An ordinary paragraph, so that letters far '
			printf 'outnumber the control bytes above.\n\n'
			i=$((i + 1))
		done
	} > "$1"
}

# has NAME TEXT: the saved screen NAME contains TEXT (fixed string).
has() {
	grep -qF -- "$2" "$TMP/$1.screen"
}

#!/bin/sh
# The reader in a real terminal, driven through tmux: the first screen,
# resizing, Ctrl-L, the mouse, monochrome under NO_COLOR, quoth add and
# quoth fetch writing beside it, merging when quiet, and that the escape
# sequences an article carries never reach the terminal (capture-pane -e
# shows what the terminal made of the bytes).
. "${top_srcdir:-.}/tests/ui/lib.sh"

if ! command -v tmux > /dev/null; then
	skip_all "tmux is not installed"
fi
unset QUOTH_NO_DISPLAY
sock=quoth-test-$$
t() { tmux -L "$sock" -f /dev/null "$@"; }
trap 't kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

screen() { t capture-pane -t q -p "$@"; }

# An idle session keeps the server up between quoth's sessions: otherwise
# a new session can race a server that is exiting with the last one.
t new-session -d -s keep "sleep 3600"

# wait_for TEXT [-e]: until the screen shows TEXT (a fixed string; with
# -e, in the screen with its attributes as escape sequences), 5 s at most.
wait_for() {
	i=0
	while [ $i -lt 50 ]; do
		screen ${2:-} | grep -qF -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	screen | diag
	return 1
}

# start DB [ENV...]: quoth in a new 80x24 tmux session named q.
start() {
	db=$1
	shift
	t kill-session -t q 2>/dev/null
	i=0
	while t has-session -t q 2>/dev/null && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	t new-session -d -s q -x 80 -y 24 \
	    "env $* HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$QUOTH' --db '$TMP/$db'"
	t set -g set-clipboard on
}

# click Y X: a press and release of the first button (xterm encoding).
click() {
	b=$(printf "\\$(printf %o $(($2 + 33)))\\$(printf %o $(($1 + 33)))")
	t send-keys -t q -l "$(printf '\033[M ')$b$(printf '\033[M#')$b"
}

fixtures t.db ferry-courier ferry-post bridge
start t.db
check "the first screen appears" wait_for "[library] 3 articles"

# Resize: the line at the top of the reader stays in view.
t send-keys -t q Enter v C-d
wait_for "8 quotes" > /dev/null
top=$(screen | head -1 | cut -c1-30)
t resize-window -t q -x 50 -y 20
check "resizing rewraps to the new width" wait_for "Minister Insists Kessel 8"
check "the top line stays in view after a resize" wait_for "$top"
check "no line is wider than the window" \
    sh -c "! tmux -L '$sock' capture-pane -t q -p | grep -q '.\{51\}'"
t resize-window -t q -x 20 -y 4
check "a window too small says so" wait_for "Too small: 20x4"
t resize-window -t q -x 80 -y 24
check "growing again draws the reader" wait_for "8 quotes, 1 denial"
t send-keys -t q C-l
check "Ctrl-L redraws" wait_for "8 quotes, 1 denial"

# The mouse: click a row of the library, again to open it; the wheel.
t send-keys -t q q
wait_for "[library]" > /dev/null
click 1 10
check "a click selects a row" wait_for "2/3"
click 1 10
check "a second click opens it" wait_for "Valley Post · 2024-05-14"
t send-keys -t q v
wait_for "The operator of the Port Alder" > /dev/null
t send-keys -t q -l "$(printf '\033[Ma%%%%')"
check "the wheel scrolls" sh -c "sleep 0.3; ! tmux -L '$sock' capture-pane \
    -t q -p | head -1 | grep -q 'Port Alder Ferry Strike: Operator'"
t send-keys -t q Q

# NO_COLOR: attributes, no colours.
start t.db NO_COLOR=1
wait_for "[library]" > /dev/null
check "NO_COLOR: the selection is reverse video" wait_for "$(printf '\033[7m')" -e
check "NO_COLOR: no colour is sent" sh -c "! tmux -L '$sock' capture-pane \
    -t q -p -e | grep -qE '\[([34][0-7]|[34]8;5;[0-9]+)(;[0-9]+)*m'"
# Compared, shared terms and the opposing negation are in reverse video.
t send-keys -t q j j Enter v ] c ] ] c
wait_for "[compare]" > /dev/null
sgr="$(printf '\033')\\[[0-9;]*m"
check "NO_COLOR: a shared term is reverse video" sh -c "tmux -L '$sock' \
    capture-pane -t q -p -e | grep -F 'proposal to' |
    grep -qE '\\[([0-9]+;)*7m($sgr)*keep'"
check "NO_COLOR: the negation is reverse video" sh -c "tmux -L '$sock' \
    capture-pane -t q -p -e | grep -F 'proposal to' |
    grep -qE '\\[([0-9]+;)*7m($sgr)*no$sgr'"
t send-keys -t q Q

# dispatches DIR WORD: 300 short articles to import, titled "WORD n".
dispatches() {
	mkdir -p "$1"
	i=1
	while [ $i -le 300 ]; do
		printf '%s %d\n\nThe ferry ran late on day %d, the operator said.\n' \
		    "$2" $i $i > "$1/$2$i.txt"
		i=$((i + 1))
	done
}

# Another quoth writes while the reader is open: no "locked" error, and
# the reader picks up the new articles when the terminal is quiet.
fixtures w.db bridge
start w.db
wait_for "[library] 1 article" > /dev/null
dispatches "$TMP/incoming" Dispatch
"$QUOTH" --db "$TMP/w.db" add --quiet "$TMP/incoming" 2> "$TMP/add.err" &
adder=$!
t send-keys -t q j k j k
wait $adder
echo $? > "$TMP/add.rc"
check "an import beside the open reader succeeds" sh -c "test \
    \"\$(cat '$TMP/add.rc')\" = 0 && grep -q '300 added' '$TMP/add.err'"
check "the reader picks up the new articles" wait_for "300 new articles"
check "the library counts them" wait_for "[library] 301 articles"
check "no error about a locked index was shown" sh -c "! tmux -L '$sock' \
    capture-pane -t q -p | grep -qi 'locked'"
# Quiet for two seconds after the import's last write and the last key,
# the reader merges the segments the import left, on its merging thread:
# it sees the write at its next two-second tick, and goes at the one after.
sleep 10
check "the quiet reader merged the import's segments" sh -c \
    '"$0" --db "$1" optimize | grep -q "already merged$"' "$QUOTH" "$TMP/w.db"
# And again after the next import: its merging thread, done once, goes on.
dispatches "$TMP/later" Bulletin
"$QUOTH" --db "$TMP/w.db" add --quiet "$TMP/later" 2> /dev/null
check "the reader picks up the next import" wait_for "[library] 601 articles"
sleep 10
check "the quiet reader merged the next import's segments too" sh -c \
    '"$0" --db "$1" optimize | grep -q "already merged$"' "$QUOTH" "$TMP/w.db"
t send-keys -t q Q

# And a fetch: quoth fetch writes what a feed brought beside the reader.
if http_server; then
	trap 'kill $server 2>/dev/null; t kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
	"$QUOTH" --db "$TMP/w.db" feeds add "$URL/growing.xml" 2> /dev/null
	start w.db
	wait_for "[library]" > /dev/null
	"$QUOTH" --db "$TMP/w.db" fetch 2> "$TMP/fetch.err" &
	fetcher=$!
	t send-keys -t q j k
	wait $fetcher
	echo $? > "$TMP/fetch.rc"
	check "a fetch beside the open reader succeeds" sh -c "test \
	    \"\$(cat '$TMP/fetch.rc')\" = 0 && grep -q '1 new' '$TMP/fetch.err'"
	check "the reader picks up the fetched article" wait_for "1 new article"
	check "no locked index during the fetch" sh -c "! tmux -L '$sock' \
	    capture-pane -t q -p | grep -qi 'locked'"
	t send-keys -t q Q
else
	skip "a fetch beside the reader" "the test server did not start (python3?)"
fi

# A hostile article: its sequences show as placeholders and do nothing.
hostile_article "$TMP/hostile.txt"
printf '{"file": "hostile.txt"}\n' > "$TMP/hostile.json"
"$MKFIXTURE" "$TMP/x.db" "$TMP/hostile.json" ||
    { echo "Bail out! no fixture"; exit 1; }
start x.db
t send-keys -t q Enter v
check "the escape sequences show as placeholders" \
    wait_for "Body ␛[2J␛[H clear, ␛]8;;http://evil.example/␛\\link␛]8;;␛\\ and"
check "C1 controls and bidi overrides show as placeholders" \
    wait_for "C1 �31m, bidi �evil�, bell ␇, del ␡."
check "no colour or title came from the article" sh -c "
    tmux -L '$sock' capture-pane -t q -p -e | grep -F 'RED' |
    grep -qvF '␛[31mRED␛[0m' && exit 1
    test \"\$(tmux -L '$sock' display -p -t q '#{pane_title}')\" != pwned"
check "OSC 52 set no clipboard" test -z "$(t list-buffers)"
t send-keys -t q Q

# The command line on a terminal: quoth show and quoth list of the same
# article, printed as text into the pane, carry none of its sequences.
t kill-session -t q 2>/dev/null
t new-session -d -s q -x 100 -y 40 "env HOME='$HOME' '$QUOTH' --db \
    '$TMP/x.db' list; env HOME='$HOME' '$QUOTH' --db '$TMP/x.db' show 1; \
    echo CLI-DONE; sleep 30"
check "quoth list and show print to the terminal" wait_for "CLI-DONE"
check "their text shows the sequences as placeholders" sh -c "
    tmux -L '$sock' capture-pane -t q -p -S - | grep -qF \
    'Body ␛[2J␛[H clear, ␛]8;;http://evil.example/␛\\link'"
check "no colour, title or clipboard came from the article" sh -c "
    tmux -L '$sock' capture-pane -t q -p -e -S - | grep -F 'RED' |
    grep -qvF '␛[31mRED␛[0m' && exit 1
    test \"\$(tmux -L '$sock' display -p -t q '#{pane_title}')\" != pwned &&
    test -z \"\$(tmux -L '$sock' list-buffers)\""
done_testing

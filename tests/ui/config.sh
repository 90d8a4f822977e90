#!/bin/sh
# The config file: set, bind, color and source take effect; every bad
# line is reported with its file and line, and the rest still applies.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures c.db ferry-courier ferry-post
cfg=$XDG_CONFIG_HOME/quoth
cat > "$cfg/config" <<'CONFIG'
# quoth config for the test
set split-lines 0
bind library x open-article
bind reader <C-n> next-quote
bind all Z quit
color denial brightred default bold,underline
set nosuch on
bind reader ]] next-quote
source keys.conf
color quote mauve default
CONFIG
cat > "$cfg/keys.conf" <<'CONFIG'
bind reader ] none
set mouse maybe
CONFIG
run c.db <<'SCRIPT'
:save-display --attrs config-errors.screen
x<C-n>
:save-display --attrs config-bound.screen
]
:save-display --attrs config-unbound.screen
Z
:save-display --attrs config-after-quit.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen config-errors config-bound config-unbound
check "Z, bound everywhere, quits" test ! -e "$TMP/config-after-quit.screen"
cat > "$TMP/want" <<'ERRORS'
quoth: ~/config/quoth/config:7: unknown setting 'nosuch' (the help screen, ?, lists them)
quoth: ~/config/quoth/config:8: ']]' is not a key (write keys as j, J, <Enter>, <C-l>, <M-x>, <F1>, <lt>)
quoth: ~/config/quoth/keys.conf:2: mouse is on or off, not 'maybe'
quoth: ~/config/quoth/config:10: 'mauve' is not a colour (default, red, brightred, color208 ...)
ERRORS
check "every error is on stderr with its file and line" \
    cmp -s "$TMP/want" "$TMP/stderr"
diff -u "$TMP/want" "$TMP/stderr" | diag

printf 'set split-lines 3\n' > "$cfg/config"
chmod 000 "$cfg/config"
if [ -r "$cfg/config" ]; then
	skip "an unreadable config is an error" "running as root"
else
	run c.db < /dev/null
	check "an unreadable config is an error" grep -q 'Permission denied' \
	    "$TMP/stderr"
fi
chmod 644 "$cfg/config"
printf 'set \033]2;pwned\007 on\n' > "$cfg/config"
run c.db < /dev/null
check "an error naming hostile bytes shows them as placeholders" \
    grep -qF "unknown setting '␛]2;pwned␇'" "$TMP/stderr"
rm "$cfg/config"
run c.db <<'SCRIPT'
:save-display --attrs config-none.screen
SCRIPT
check "no config file is no error" test ! -s "$TMP/stderr"
golden_screen config-none
done_testing

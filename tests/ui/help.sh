#!/bin/sh
# Help: generated from the action, command, setting and colour-role
# tables, with the keys as bound now.
. "${top_srcdir:-.}/tests/ui/lib.sh"

fixtures h.db ferry-courier
printf 'bind library x open-article\n' > "$XDG_CONFIG_HOME/quoth/config"
run h.db <<'SCRIPT'
?
:save-display --attrs help-library.screen
<Space>
:save-display --attrs help-page2.screen
G
:save-display --attrs help-end.screen
/split-lines<Enter>
:save-display --attrs help-search.screen
q<Enter>?
:save-display --attrs help-reader.screen
:help
:save-display --attrs help-command.screen
SCRIPT
check "quoth exits 0" test "$(cat "$TMP/status")" = 0
golden_screen help-library help-page2 help-end help-search help-reader \
    help-command
check "a key bound in the config is listed" \
    grep -qF '{key:<Enter> <Right> x ' "$TMP/help-page2.screen"
done_testing

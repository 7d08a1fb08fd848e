#!/usr/bin/env bash
# The generated evalreview-cli(1) has a section for every command the program lists, and both man
# pages render without a warning.
set -euo pipefail
page="$BUILD_DIR/packaging/evalreview-cli.1"
cli="$BUILD_DIR/src/cli/evalreview-cli"
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ -f "$page" ]] || fail "$page was not generated"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
commands=$(HOME=$home "$cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p')
[[ -n "$commands" ]] || fail "no command in evalreview-cli --help"
for command in $commands; do
    grep -qx ".SS $command" "$page" || fail "no section for '$command' in $page"
done
grep -q 'Exit status' "$page" || fail "the exit statuses are missing"
command -v groff >/dev/null || { echo "SKIP: groff is missing (apt install groff-base)"; exit 77; }
for p in "$page" "$SOURCE_DIR/packaging/evalreview.1"; do
    warnings=$(groff -man -ww -z "$p" 2>&1)
    [[ -z "$warnings" ]] || fail "$p: $warnings"
done
echo "man pages cover: $(echo $commands)"

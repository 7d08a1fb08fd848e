#!/usr/bin/env bash
# Disk full during an import: the library's files may not grow past a few kilobytes (RLIMIT_FSIZE,
# as a full disk would refuse them). The import must fail with a plain sentence, and the library
# must stay sound with the documents imported earlier intact.
# Usage: disk_full.sh CLI CORPUS_DIR
set -euo pipefail
cli=$1 corpus=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"
source "$(dirname "$0")/common.sh"
files=("$corpus"/*.pdf)
reference=$(reference_counts "$work/ref.evalreview" "${files[@]}")

lib="$work/lib.evalreview"
"$cli" import --library "$lib" "${files[0]}" >/dev/null
before=$(document_counts "$lib")

set +e
output=$(with_file_limit 24 "$cli" import --library "$lib" "${files[@]:1}" 2>&1)
status=$?
set -e
echo "$output"
((status == 1)) || { echo "expected exit status 1 for a full disk, got $status"; exit 1; }
grep -q "disk is full" <<<"$output" || { echo "no plain disk-full message"; exit 1; }
if grep -qi "sqlite\|SQL" <<<"$output"; then echo "an SQL error reached the user"; exit 1; fi

assert_sound_and_complete "$lib" "$reference" "after disk full"
grep -qxF "$before" < <(document_counts "$lib") || { echo "the earlier document changed"; exit 1; }
echo "1 passed, 0 failed"

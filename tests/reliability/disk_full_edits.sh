#!/usr/bin/env bash
# Disk full during follow-up edits: a stream of `evalreview-cli followup` edits (a new status, an
# owner and a note of a few kilobytes each, the author naming the edit) on a library whose files may not grow
# more than LIMIT KiB past their size after the import (RLIMIT_FSIZE, as a full disk would refuse
# them). Each edit either succeeds (exit 0: acknowledged) or fails with the plain disk-full sentence
# and exit status 1. Afterwards `check` passes, every acknowledged edit is in the history with all
# of its fields, no refused edit left a trace, and an edit succeeds again once there is space.
# Usage: disk_full_edits.sh CLI CORPUS_DIR [EDITS] [LIMIT_KIB]
set -euo pipefail
cli=$1 corpus=$2 edits=${3:-60} room=${4:-64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"
source "$(dirname "$0")/common.sh"
lib="$work/lib.evalreview"
"$cli" import --library "$lib" "$corpus/ilo-pe4dw-management-response.pdf" >/dev/null
mapfile -t targets < <("$cli" list --library "$lib" --json | python3 -c '
import json, sys
for r in json.load(sys.stdin)["recommendations"]:
    print(r["document_id"], r["code"])')
((${#targets[@]} > 0)) || { echo "the import stored no recommendation"; exit 1; }
limit=$(($(stat -c %s "$lib") / 1024 + room))
statuses=(not_started in_progress partially_completed completed no_longer_relevant)
declare -A status_index # the stored status of each target, as an index into statuses
padding=$(printf 'the reviewer wrote a long note %.0s' {1..100})

acked=() refused=()
for ((i = 1; i <= edits && ${#refused[@]} < 5; i++)); do
    target=${targets[i % ${#targets[@]}]}
    next=$(((${status_index[$target]:-0} + 1) % ${#statuses[@]}))
    set +e
    output=$(with_file_limit "$limit" "$cli" followup --library "$lib" --document "${target% *}" \
        --code "${target#* }" --status "${statuses[next]}" --owner "owner-$i $padding" --note "edit-$i $padding" --author "edit-$i" 2>&1)
    status=$?
    set -e
    if ((status == 0)); then
        acked+=("$i")
        status_index[$target]=$next
        continue
    fi
    refused+=("$i")
    ((status == 1)) || { echo "edit $i: expected exit status 1 for a full disk, got $status: $output"; exit 1; }
    grep -q "disk is full" <<<"$output" || { echo "edit $i: no plain disk-full message: $output"; exit 1; }
    if grep -qi "sqlite\|SQL" <<<"$output"; then echo "edit $i: an SQL error reached the user: $output"; exit 1; fi
done
echo "limit $limit KiB: ${#acked[@]} edits acknowledged, ${#refused[@]} refused (disk full)"
((${#acked[@]} > 0)) || { echo "no edit fitted: the limit is too small to test anything"; exit 1; }
((${#refused[@]} > 0)) || { echo "the disk never filled up: raise EDITS or lower LIMIT_KIB"; exit 1; }

"$cli" check --library "$lib" >"$work/check.txt" 2>&1 || { echo "check failed:"; cat "$work/check.txt"; exit 1; }
target=${targets[0]}
"$cli" followup --library "$lib" --document "${target% *}" --code "${target#* }" --note "after" \
    --author "edit-after" >/dev/null || { echo "no edit possible once there is space again"; exit 1; }
acked+=(after)

python3 - "$lib" "${acked[*]}" "${refused[*]}" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
fields = {}
for author, field, value in db.execute("SELECT author, field, new_value FROM followup_history"):
    fields.setdefault(author, {})[field] = value
bad = 0
for i in sys.argv[2].split():
    got = fields.get(f"edit-{i}", {})
    want = {"note"} if i == "after" else {"note", "owner", "status"}
    if set(got) != want or not got["note"].startswith(f"{'after' if i == 'after' else f'edit-{i} '}"):
        print(f"acknowledged edit {i} is not complete in the history: {sorted(got)}")
        bad += 1
for i in sys.argv[3].split():
    if f"edit-{i}" in fields:
        print(f"refused edit {i} left a trace: {sorted(fields[f'edit-{i}'])}")
        bad += 1
sys.exit(1 if bad else 0)
PY
echo "every acknowledged edit present, no refused edit stored, check sound"
echo "1 passed, 0 failed"

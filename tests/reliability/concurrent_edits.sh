#!/usr/bin/env bash
# Concurrency and crash safety of reviewer edits.
# 1. Two processes write COUNT follow-up edits each to one library at the same time: every edit is
#    in the history afterwards and no writer reports "database is locked" or any other error.
# 2. A writer killed with SIGKILL at random moments: every edit it acknowledged is there.
# Usage: concurrent_edits.sh CLI WRITER CORPUS_DIR COUNT KILLS
set -euo pipefail
cli=$1 writer=$2 corpus=$3 count=$4 kills=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"
source "$(dirname "$0")/common.sh"
lib="$work/lib.evalreview"
"$cli" import --library "$lib" "$corpus/ilo-pe4dw-management-response.pdf" >/dev/null

# Every "ack TAG I" line of the files given must have its history row.
assert_acknowledged_present() {
    python3 - "$lib" "$@" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
have = {row[0] for row in db.execute("SELECT new_value FROM followup_history WHERE field = 'note'")}
missing = acked = 0
for path in sys.argv[2:]:
    for line in open(path):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":
            acked += 1
            if f"{parts[1]} edit {parts[2]}" not in have:
                missing += 1
print(f"{acked} acknowledged edits, {missing} missing")
sys.exit(1 if missing or not acked else 0)
PY
}

start=$(date +%s%N)
"$writer" "$lib" A "$count" >"$work/a.out" 2>"$work/a.err" & a=$!
"$writer" "$lib" B "$count" >"$work/b.out" 2>"$work/b.err" & b=$!
status=0
wait $a || status=1
wait $b || status=1
elapsed=$((($(date +%s%N) - start) / 1000000))
if ((status != 0)) || [[ -s "$work/a.err" || -s "$work/b.err" ]]; then
    echo "a writer failed:"; cat "$work/a.err" "$work/b.err"; exit 1
fi
[[ $(grep -c '^ack' "$work/a.out") == "$count" && $(grep -c '^ack' "$work/b.out") == "$count" ]] ||
    { echo "a writer stopped early"; exit 1; }
assert_acknowledged_present "$work/a.out" "$work/b.out"
echo "concurrent: 2 writers x $count edits in ${elapsed} ms, none lost, no error"

for ((i = 1; i <= kills; i++)); do
    "$writer" "$lib" "K$i" 100000 >"$work/k$i.out" 2>/dev/null & pid=$!
    sleep "0.$((RANDOM % 5))$((RANDOM % 10))"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    "$cli" check --library "$lib" >/dev/null || { echo "check failed after kill $i"; exit 1; }
done
((kills == 0)) || assert_acknowledged_present "$work"/k*.out
echo "killed writer $kills times: every acknowledged edit present"
echo "1 passed, 0 failed"

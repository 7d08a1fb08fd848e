#!/usr/bin/env bash
# Crash safety of imports: import the corpus again and again, killing evalreview-cli with SIGKILL
# at random moments. After every kill the library must pass `check`, and every document in it must
# be complete (the same counts as a clean import) — a document is there entirely or not at all.
# Usage: crash_import.sh CLI CORPUS_DIR ITERATIONS [SEED]
set -euo pipefail
cli=$1 corpus=$2 iterations=$3 seed=${4:-42}
RANDOM=$seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"
source "$(dirname "$0")/common.sh"
files=("$corpus"/*.pdf "$corpus"/*.docx)

reference=$(reference_counts "$work/ref.evalreview" "${files[@]}")
total=$(grep -c . <<<"$reference" || true)
((total > 0)) || { echo "the clean import stored no document"; exit 1; }

kills=0 complete=0 absent=0
lib="$work/lib.evalreview"
for ((i = 1; i <= iterations; i++)); do
    ((i % 5 == 1)) && rm -f "$lib" "$lib-wal" "$lib-shm"
    "$cli" import --library "$lib" "${files[@]}" >/dev/null 2>&1 &
    pid=$!
    # Kill somewhere within the first 1.5 s (an import of the corpus takes about that long).
    sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
    ((RANDOM % 2)) && sleep 0.$((RANDOM % 6))
    if kill -KILL "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
    wait "$pid" 2>/dev/null || true
    # Killed before it created the library (a busy machine), or before the schema's transaction
    # committed (the file is there, without a format): nothing was imported, which is allowed.
    if [[ ! -e "$lib" ]] || [[ "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("pragma user_version").fetchone()[0])' "$lib")" == 0 ]]; then
        absent=$((absent + 1))
        continue
    fi
    assert_sound_and_complete "$lib" "$reference" "iteration $i"
    complete=$((complete + $(document_counts "$lib" | grep -c . || true)))
done
echo "crash_import: $iterations iterations, $kills kills, $complete complete documents seen, 0 partial," \
    "$absent kills before the library existed"
echo "$iterations passed, 0 failed"

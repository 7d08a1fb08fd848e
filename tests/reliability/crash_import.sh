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
files=("$corpus"/*.pdf "$corpus"/*.docx)

# Reference counts from one clean import, per SHA-256: "pages recommendations records".
# (A file the reader refuses is simply absent from both; its exit status 3 is not a failure here.)
"$cli" import --library "$work/ref.evalreview" "${files[@]}" >/dev/null 2>&1 || true
reference=$("$cli" stats --library "$work/ref.evalreview" --json |
    python3 -c 'import json,sys; [print(d["sha256"], d["pages"], d["recommendations"], d["records"]) for d in json.load(sys.stdin)["by_document"]]')
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
    if ! "$cli" check --library "$lib" >"$work/check.txt" 2>&1; then
        echo "iteration $i: check failed:"; cat "$work/check.txt"; exit 1
    fi
    present=$("$cli" stats --library "$lib" --json |
        python3 -c 'import json,sys; [print(d["sha256"], d["pages"], d["recommendations"], d["records"]) for d in json.load(sys.stdin)["by_document"]]')
    while read -r line; do
        [[ -z "$line" ]] && continue
        if ! grep -qxF "$line" <<<"$reference"; then
            echo "iteration $i: incomplete document: $line"; exit 1
        fi
    done <<<"$present"
    n=$(grep -c . <<<"$present" || true)
    complete=$((complete + n)); absent=$((absent + total - n))
done
echo "crash_import: $iterations iterations, $kills kills, $complete complete and $absent absent documents, 0 partial"
echo "$iterations passed, 0 failed"

# Helpers shared by the reliability scripts. Sourced; expects $cli and $work.

# "sha256 pages recommendations records", one line per document of library $1.
document_counts() {
    "$cli" stats --library "$1" --json | python3 -c '
import json, sys
for d in json.load(sys.stdin)["by_document"]:
    print(d["sha256"], d["pages"], d["recommendations"], d["records"])'
}

# Imports files $2... into a fresh library $1 and prints its document_counts (the reference).
reference_counts() {
    local lib=$1; shift
    # A file the reader refuses is simply absent; its exit status 3 is not a failure here.
    "$cli" import --library "$lib" "$@" >/dev/null 2>&1 || true
    document_counts "$lib"
}

# Fails unless library $1 passes `check` and each of its documents matches the reference $2.
assert_sound_and_complete() {
    local lib=$1 reference=$2 context=$3 line
    if ! "$cli" check --library "$lib" >"$work/check.txt" 2>&1; then
        echo "$context: check failed:"; cat "$work/check.txt"; exit 1
    fi
    while read -r line; do
        [[ -z "$line" ]] && continue
        grep -qxF "$line" <<<"$reference" || { echo "$context: incomplete document: $line"; exit 1; }
    done < <(document_counts "$lib")
}

# Runs "$@" with every file it writes limited to $1 KiB (RLIMIT_FSIZE): a write past the limit
# fails as it would on a full disk (SIGXFSZ is ignored so the write returns an error instead).
with_file_limit() {
    local kib=$1; shift
    (trap '' XFSZ; ulimit -f "$kib"; "$@")
}

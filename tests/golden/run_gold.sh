#!/bin/sh
# run_gold.sh CLI DOCUMENT GOLD THRESHOLD [KIND]: extracts DOCUMENT with evalreview-cli and scores the JSON
# against GOLD; for a PDF also checks that every record's box holds its first words.
set -eu
cli=$1 doc=$2 gold=$3 threshold=$4 kind=${5:-}
here=$(dirname "$0")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if [ -n "$kind" ]; then
    "$cli" extract --kind "$kind" "$doc" > "$out"
else
    "$cli" extract "$doc" > "$out"
fi
# GOLD_MIN_FRACTION (real documents): the share of fields that must pass, nothing invented
python3 "$here/gold_score.py" "$gold" "$out" --threshold "$threshold" --min-fraction "${GOLD_MIN_FRACTION:-1.0}"
# GOLD_NO_PROVENANCE (scans): the boxes cannot be checked against a text layer the PDF lacks
if [ -z "${GOLD_NO_PROVENANCE:-}" ]; then
    case "$doc" in
    *.pdf) python3 "$here/check_provenance.py" "$doc" "$out" ;;
    esac
fi

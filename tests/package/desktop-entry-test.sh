#!/usr/bin/env bash
# The shipped desktop entry validates and registers the app for PDF and DOCX, files passed as %F.
set -euo pipefail
entry=$1
command -v desktop-file-validate >/dev/null || { echo "SKIP: desktop-file-validate is missing (apt install desktop-file-utils)"; exit 77; }
desktop-file-validate "$entry"
fail() { echo "FAIL: $*" >&2; exit 1; }
grep -qx 'Exec=evalreview %F' "$entry" || fail "Exec is not 'evalreview %F'"
grep -q '^MimeType=.*application/pdf;' "$entry" || fail "PDF is not in MimeType"
grep -q '^MimeType=.*application/vnd.openxmlformats-officedocument.wordprocessingml.document;' "$entry" \
    || fail "DOCX is not in MimeType"
grep -qx 'Icon=org.evalreview.EvalReview' "$entry" || fail "the icon is not the installed one"
echo "desktop entry valid"

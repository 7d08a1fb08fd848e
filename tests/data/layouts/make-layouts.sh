#!/bin/sh
# make-layouts.sh: regenerate the printed fixtures of this folder from their HTML sources.
#   NAME.html -> NAME.docx -> NAME.pdf                       (A4 portrait, ruled tables)
#   mr-fr-table, mr-en-roman, mr-{en,es}-acceptance-column, mr-fr-comment-column .html ->
#   NAME-landscape-borderless.html (written here: A4
#   landscape, no cell borders, no header shading) -> .docx -> .pdf
# Needs LibreOffice (made with 7.4.7.2). Run from anywhere; writes next to this script.
set -eu
cd "$(dirname "$0")"
profile="-env:UserInstallation=file://${TMPDIR:-/tmp}/lo-layouts-profile"

for src in mr-fr-table mr-en-roman mr-en-acceptance-column mr-es-acceptance-column mr-fr-comment-column; do
    sed -e 's|<style>|<style>\n@page { size: A4 landscape; }|' \
        -e 's|<table border="1"|<table border="0"|' \
        -e 's|^th { background: #dde4ee; }$||' \
        "$src.html" > "$src-landscape-borderless.html"
done

for name in mr-fr-table mr-es-table mr-en-two-column mr-en-roman mr-en-form-label \
            mr-en-acceptance-column mr-es-acceptance-column mr-fr-comment-column mr-en-table-per-rec \
            mr-fr-table-landscape-borderless mr-en-roman-landscape-borderless \
            mr-en-acceptance-column-landscape-borderless mr-es-acceptance-column-landscape-borderless \
            mr-fr-comment-column-landscape-borderless; do
    soffice "$profile" --headless --infilter="HTML (StarWriter)" \
        --convert-to 'docx:MS Word 2007 XML' "$name.html"
    soffice "$profile" --headless --convert-to pdf "$name.docx"
done

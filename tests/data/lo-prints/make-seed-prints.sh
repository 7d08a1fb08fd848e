#!/bin/sh
# LibreOffice prints of the two seed reconstructions (see README.md, "LibreOffice prints of two
# Chromium-printed seeds"). Run from this folder; writes NAME.docx and NAME.pdf next to NAME.html.
set -e
cd "$(dirname "$0")"
profile="-env:UserInstallation=file:///tmp/lo-prints-profile"
for name in eval-summary-lo progress-report-lo; do
    soffice "$profile" --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' "$name.html"
    soffice "$profile" --headless --convert-to pdf "$name.docx"
done

#!/bin/sh
# Rebuild the DOCX and PDF prints of the French and Spanish evaluation-report fixtures
# from their HTML sources with LibreOffice (HTML -> DOCX -> PDF).
set -e
cd "$(dirname "$0")"
profile="-env:UserInstallation=file:///tmp/lo-fres-profile"
for name in eval-fr eval-es; do
    soffice "$profile" --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' "$name.html"
    soffice "$profile" --headless --convert-to pdf "$name.docx"
done

# The Debian package (cpack -G DEB, see scripts/package): what cmake --install puts in place, with
# the Depends computed by dpkg-shlibdeps from the programs' libraries.
set(CPACK_PACKAGE_NAME evalreview)
set(CPACK_PACKAGE_VENDOR "EvalReview")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for following up evaluations of development programmes")
set(CPACK_PACKAGE_DESCRIPTION
    "EvalReview imports management responses, evaluation reports, progress and final reports and
newsletters (PDF and DOCX, in English, French and Spanish; scanned pages are read by text
recognition) into a local library and shows, side by side, each recommendation, the management
response, the planned actions, every donor's comment and the follow-up, each traced back to the
page and region of the source document. It has full-text search, follow-up with history and undo,
corrections of the extraction and exports to CSV, XLSX, HTML and PDF.
.
This package holds the desktop application (evalreview), the command-line tool (evalreview-cli),
the isolated document reader, sample documents and the user guide.")
set(EVALREVIEW_PACKAGE_MAINTAINER "EvalReview maintainers <maintainers@evalreview.invalid>"
    CACHE STRING "The Debian package's Maintainer field")
set(CPACK_PACKAGE_CONTACT "${EVALREVIEW_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EVALREVIEW_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Beside the computed libraries: what is loaded at run time rather than linked, and so escapes
# dpkg-shlibdeps: Qt's SVG plugins (every icon of the window) and the text recognition's data.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, tesseract-ocr-eng, tesseract-ocr-fra, tesseract-ocr-spa")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-data, qt6-wayland")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_GENERATOR DEB)
include(CPack)

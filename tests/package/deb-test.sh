#!/usr/bin/env bash
# cpack makes the Debian package from this build: its Depends were computed by dpkg-shlibdeps, it
# holds the programs, the reader, the desktop entry, metainfo and icons, and no maintainer scripts.
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg-shlibdeps dpkg-deb file; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (apt install dpkg-dev file)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s%N)
# gzip instead of the package's xz: the test checks the contents, and gzip is much faster.
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$tmp" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
    > "$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb=$(ls "$tmp"/evalreview_"$VERSION"_*.deb)
dpkg-deb -I "$deb" > "$tmp/info"
cat "$tmp/info"
depends=$(sed -n 's/^ Depends: //p' "$tmp/info")
# Libraries only dpkg-shlibdeps can have put there (none is listed by hand in cmake/Packaging.cmake).
for library in libc6 libqt6core6 libqt6widgets6 libpoppler-qt6 libtesseract5 libsqlite3-0 libspdlog; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
grep -q 'libqt6svg6' <<<"$depends" || fail "Depends lacks Qt's SVG plugins: $depends"
grep -q 'tesseract-ocr-eng' <<<"$depends" || fail "Depends lacks the text recognition data: $depends"
for field in Maintainer Section Description; do
    grep -q "^ $field: ." "$tmp/info" || fail "no $field"
done
dpkg-deb -c "$deb" | awk '{print $6}' > "$tmp/contents"
for file in ./usr/bin/evalreview ./usr/bin/evalreview-cli ./usr/libexec/evalreview/evalreview-parse \
    ./usr/share/applications/org.evalreview.EvalReview.desktop \
    ./usr/share/metainfo/org.evalreview.EvalReview.metainfo.xml \
    ./usr/share/icons/hicolor/48x48/apps/org.evalreview.EvalReview.png \
    ./usr/share/man/man1/evalreview-cli.1; do
    grep -qx -- "$file" "$tmp/contents" || fail "$file is not in the package"
done
dpkg-deb -e "$deb" "$tmp/control"
scripts=$(ls "$tmp/control" | grep -vx -e control -e md5sums || true)
[[ -z "$scripts" ]] || fail "unexpected maintainer scripts: $scripts"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes, gzip) in $(( ($(date +%s%N) - start) / 1000000 )) ms"

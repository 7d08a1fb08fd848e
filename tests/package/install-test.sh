#!/usr/bin/env bash
# An installation (cmake --install of this build, prefix /usr, under a temporary DESTDIR) holds
# everything, and its programs run from another place without the source or build tree: the tree is
# moved after installing, and EVALREVIEW_NO_BUILD_TREE_FALLBACK=1 turns off the build-tree lookups
# compiled into the programs, so only the install-relative ones can succeed.
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
app_id=org.evalreview.EvalReview

start=$(date +%s%N)
DESTDIR="$tmp/staging" cmake --install "$BUILD_DIR" --prefix /usr >/dev/null
mv "$tmp/staging/usr" "$tmp/elsewhere"
usr=$tmp/elsewhere

expected=(
    bin/evalreview bin/evalreview-cli libexec/evalreview/evalreview-parse
    share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/man/man1/evalreview.1 share/man/man1/evalreview-cli.1
    share/doc/evalreview/user-guide.md
)
for size in 16 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for sample in "$SOURCE_DIR"/data/*.pdf "$SOURCE_DIR"/data/*.docx; do
    expected+=("share/evalreview/samples/$(basename "$sample")")
done
# Everything the user guide links to (pictures, other pages), so no link of the installed guide is broken.
for target in $(grep -o '\]([^):#]*)' "$SOURCE_DIR/docs/user-guide.md" | sed 's/^](//; s/)$//' | sort -u); do
    expected+=("share/doc/evalreview/$target")
done
for file in "${expected[@]}"; do
    [[ -f "$usr/$file" ]] || fail "not installed: /usr/$file"
done
for program in bin/evalreview bin/evalreview-cli libexec/evalreview/evalreview-parse; do
    [[ -x "$usr/$program" ]] || fail "not executable: /usr/$program"
done
for size in 16 256; do
    file "$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "PNG image data, $size x $size" \
        || fail "the ${size}px icon is not a ${size}x${size} PNG"
done

# Run the installed programs as a user would: own home, no reader or build tree given.
export HOME="$tmp/home" EVALREVIEW_NO_BUILD_TREE_FALLBACK=1
unset EVALREVIEW_PARSER XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME"
cd "$tmp"
cp "$TEST_DATA/corpus/ilo-pe4dw-management-response.pdf" "$tmp/response.pdf"

version=$("$usr/bin/evalreview-cli" --version)
[[ "$version" == "evalreview-cli $VERSION" ]] || fail "evalreview-cli --version: $version"
"$usr/bin/evalreview-cli" extract "$tmp/response.pdf" > "$tmp/extract.json" \
    || fail "the installed evalreview-cli could not extract a PDF"
python3 - "$tmp/extract.json" <<'PY' || fail "extract gave no recommendations"
import json, sys
doc = json.load(open(sys.argv[1]))
records = doc.get("recommendations") or doc.get("records") or []
sys.exit(0 if records else 1)
PY
# import reads every document in the isolated reader (libexec): exit 0 only when it was imported.
"$usr/bin/evalreview-cli" import --library "$tmp/cli.evalreview" "$tmp/response.pdf" > "$tmp/import.log" 2>&1 \
    || { cat "$tmp/import.log"; fail "the installed evalreview-cli could not import with the installed reader"; }
"$usr/bin/evalreview" --version | grep -q "$VERSION" || fail "evalreview --version"
smoke=$("$usr/bin/evalreview" --smoke-test --library "$tmp/library.evalreview") || fail "the installed window did not start"
grep -qx "reader: $usr/libexec/evalreview/evalreview-parse" <<<"$smoke" || fail "the window's reader: $smoke"
grep -qx "samples: $usr/share/evalreview/samples" <<<"$smoke" || fail "the window's samples: $smoke"

# The same run without the installed reader fails: nothing else stood in for it.
mv "$usr/libexec/evalreview/evalreview-parse" "$tmp/parse-aside"
if "$usr/bin/evalreview-cli" import --library "$tmp/cli2.evalreview" "$tmp/response.pdf" >/dev/null 2>&1; then
    fail "import succeeded without the installed reader: another one was used"
fi
echo "installed and ran from $usr in $(( ($(date +%s%N) - start) / 1000000 )) ms"

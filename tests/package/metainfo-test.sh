#!/usr/bin/env bash
# The shipped AppStream metainfo validates offline and names the desktop entry and this version.
set -euo pipefail
metainfo=$1
command -v appstreamcli >/dev/null || { echo "SKIP: appstreamcli is missing (apt install appstream)"; exit 77; }
appstreamcli validate --no-net "$metainfo"
grep -q '<launchable type="desktop-id">org.evalreview.EvalReview.desktop</launchable>' "$metainfo" \
    || { echo "FAIL: no launchable desktop entry" >&2; exit 1; }
grep -q "<release version=\"$VERSION\"" "$metainfo" || { echo "FAIL: no release $VERSION" >&2; exit 1; }
echo "metainfo valid"

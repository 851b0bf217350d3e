#!/bin/sh
# Renders every wizard page, light and dark, at 100 % and 200 % scale, into docs/screenshots/
# (offscreen, against the simulator, in the test command's private session and throw-away keyring).
set -eu
cd "$(dirname "$0")/.."
out=$(pwd)/docs/screenshots
mkdir -p "$out"
for scale in 1 2; do
    INLET_SCREENSHOT_DIR="$out" QT_SCALE_FACTOR=$scale scripts/test.sh -R '^tst_screenshots$'
done
ls "$out"

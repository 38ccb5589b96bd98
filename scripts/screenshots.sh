#!/bin/sh
# Regenerates docs/screenshots/*.png from the real application under Xvfb: English, French,
# and two views at 200 % scaling. Usage: scripts/screenshots.sh [BUILD_DIR]
set -e
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target parcours_screenshots
tool="$build/tests/gui/parcours_screenshots"
out=docs/screenshots
run() { xvfb-run -a -s "-screen 0 2560x1600x24" env QT_QPA_PLATFORM=xcb "$@"; }
run "$tool" "$out" en
run "$tool" "$out" fr -fr
rm -f "$out"/dark-*-fr.png # the dark theme once is enough
scaled=$(mktemp -d)
run env QT_SCALE_FACTOR=2 "$tool" "$scaled" en -200
cp "$scaled/welcome-200.png" "$scaled/persona-200.png" "$out/"
rm -r "$scaled"

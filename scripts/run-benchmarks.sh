#!/bin/bash
# Runs the scale benchmark (issue #9): configures and builds the `bench` preset (Release,
# build/bench), then generates the S, M and L workspaces and prints the table of figures,
# with the targets and where they are missed. See docs/PERFORMANCE.md.
#
#   scripts/run-benchmarks.sh            S, M and L (several minutes on 2 cores)
#   scripts/run-benchmarks.sh S M        only these scales
#   scripts/run-benchmarks.sh import     use-case CSV import of 20 MB and 200 MB files: time and
#                                        peak memory of `parcours import` (issue #16 item 6)
#   scripts/run-benchmarks.sh import --huge   the same and a 2 GB file (about 7 GB of disk in /tmp)
#   scripts/run-benchmarks.sh opportunities   the opportunities board (issue 20): 2,000
#                                        opportunities on the L workspace: opening, re-ranking,
#                                        the matrix's repaint
#   scripts/run-benchmarks.sh comments   the Comments panel (issue 23) with 5,000 threads on the
#                                        L workspace: opening (target < 100 ms)
#   scripts/run-benchmarks.sh startup    start-up of `parcours` (issue #24 item 1): --version, check,
#                                        info --json at L, import + SVG export of a 5x6 journey, the
#                                        window to its first paint; --before BIN runs an older
#                                        binary in turn with this one (tests/bench/startup/)
#   scripts/run-benchmarks.sh startup --with-mermaid   and the Mermaid CLI against Parcours on
#                                        the same journeys (5x6, 50x10, 200x10): installs
#                                        @mermaid-js/mermaid-cli under build/mermaid-cli with npm
#                                        (network; Puppeteer uses Debian's chromium, no download)
#   --with-mermaid also works with the scales (S M L --with-mermaid): the scale table then times
#   mmdc on each scale's largest journey next to Parcours's SVG (PARCOURS_MMDC names it), and
#   the start-up table, printed after theirs in any case, gets the comparison.
#
# PARCOURS_BENCH_IMAGES=DIR keeps the first-paint and chart images to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/bench/build.ninja ] || cmake --preset bench >/dev/null
if [ "${1:-}" = import ]; then
    shift
    cmake --build --preset bench --target csvimport_bench >/dev/null
    exec build/bench/tests/bench/csvimport_bench "$@"
fi
if [ "${1:-}" = comments ]; then
    cmake --build --preset bench --target commentspanel_bench >/dev/null
    QT_QPA_PLATFORM=offscreen exec build/bench/tests/bench/commentspanel_bench
fi
if [ "${1:-}" = opportunities ]; then
    cmake --build --preset bench --target opportunityboard_bench >/dev/null
    QT_QPA_PLATFORM=offscreen exec build/bench/tests/bench/opportunityboard_bench
fi
# A workspace file's format (schema version: SQLite's user_version).
file_format() {
    python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$1"
}
# The Mermaid CLI under build/mermaid-cli, installed unless it is there; Puppeteer is pointed at
# Debian's chromium (no browser download).
install_mermaid() {
    [ -x /usr/bin/chromium ] || { echo "--with-mermaid needs Debian's chromium" >&2; exit 2; }
    if [ ! -x build/mermaid-cli/node_modules/.bin/mmdc ]; then
        mkdir -p build/mermaid-cli
        PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix build/mermaid-cli --no-audit --no-fund \
            @mermaid-js/mermaid-cli >&2
    fi
}
# Start-up and the Mermaid comparison (tests/bench/startup/startup_bench.py).
startup_bench() {
    local extra=()
    if [ "$with_mermaid" = 1 ]; then
        install_mermaid
        extra+=(--mmdc build/mermaid-cli)
    fi
    cmake --build --preset bench --target parcours parcours_scale_bench startup_floors >/dev/null
    local large=build/bench/startup/bench-L.parcours
    mkdir -p build/bench/startup # a fresh build tree has no such folder yet
    # The L workspace is generated once; one from an older file format would have `info` copy
    # and upgrade 23 MB on every run (it did: schema 3 against 6), so it is made again when the
    # file format moved on.
    if [ -f "$large" ]; then
        local fresh=build/bench/startup/format-probe.parcours
        rm -f "$fresh"
        build/bench/app/parcours new "$fresh" >/dev/null
        if [ "$(file_format "$large")" != "$(file_format "$fresh")" ]; then
            echo "$large is at file format $(file_format "$large"), made again" >&2
            rm -f "$large" build/bench/startup/bench-L.csv
        fi
        rm -f "$fresh"
    fi
    [ -f "$large" ] || build/bench/tests/bench/parcours_scale_bench --child generate --scale L \
        --dir build/bench/startup >/dev/null
    python3 tests/bench/startup/startup_bench.py --parcours build/bench/app/parcours \
        --workspace-l "$large" --floors build/bench/tests/bench/startup "${extra[@]}" "$@"
}
with_mermaid=0
args=()
for arg in "$@"; do
    if [ "$arg" = --with-mermaid ]; then with_mermaid=1; else args+=("$arg"); fi
done
set -- "${args[@]}"
if [ "${1:-}" = startup ]; then
    shift
    startup_bench "$@"
    exit
fi
cmake --build --preset bench --target parcours_scale_bench >/dev/null
if [ "$with_mermaid" = 1 ]; then
    # The scale bench times it on each scale's largest journey too, next to Parcours's SVG.
    install_mermaid
    export PARCOURS_MMDC=$PWD/build/mermaid-cli/node_modules/.bin/mmdc
    export PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium
fi
build/bench/tests/bench/parcours_scale_bench "$@"
echo
startup_bench

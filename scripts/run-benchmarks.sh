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
cmake --build --preset bench --target parcours_scale_bench >/dev/null
exec build/bench/tests/bench/parcours_scale_bench "$@"

#!/bin/bash
# Runs clang-tidy (checks in .clang-tidy) over every translation unit of Parcours's own code in
# app/, models/ and views/; their headers are checked through the header filter. Tests
# (tests/.clang-tidy) are checked when a regex names them, e.g. 'tests/'; CI leaves them out
# for time (docs/PERFORMANCE.md, "Build and CI time"): they build with -Werror under ASan and
# UBSan.
# Generated moc/uic/rcc sources in the build tree are left out. Exits non-zero on any finding.
#
# Uses the compile database of the `ci` preset (build/ci). The build is brought up to date
# first: it keeps the database current and creates the generated headers (*.moc, ui_*.h) that
# the sources include (a no-op right after `cmake --workflow --preset test`).
#
#   scripts/run-clang-tidy.sh                 app/, models/ and views/
#   scripts/run-clang-tidy.sh tests/          the tests
#   scripts/run-clang-tidy.sh 'models/.*json' only the translation units matching a regex
#   scripts/run-clang-tidy.sh --since-baseline  only what changed since .ci/tidy-baseline (CI)
#   scripts/run-clang-tidy.sh --record-baseline everything, then records HEAD as the baseline
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
build=build/ci
jobs=${PARCOURS_TIDY_JOBS:-2}
baseline=.ci/tidy-baseline mode=
case "${1-}" in
--since-baseline | --record-baseline) mode=$1 && shift ;;
esac

if command -v run-clang-tidy-14 >/dev/null; then
    runner=run-clang-tidy-14 tidy=clang-tidy-14
elif command -v run-clang-tidy >/dev/null; then
    runner=run-clang-tidy tidy=clang-tidy
else
    echo "run-clang-tidy not found: apt-get install clang-tidy" >&2
    exit 2
fi

if ! out=$( ([ -f "$build/build.ninja" ] || cmake --preset ci) 2>&1 && cmake --build --preset ci 2>&1); then
    echo "$out" | tail -40
    echo "clang-tidy: the ci build failed; fix the build first" >&2
    exit 1
fi

files="^$src/(app|models|views)/"
[ $# -eq 0 ] || files="^$src/(?=(app|models|views|tests)/).*($1)" # a Python regex
if [ "$mode" = --since-baseline ]; then
    # A full run is long; what did not change since the last one without findings cannot
    # have gained any (scripts/tidy-affected.py says how that is decided).
    { read -r verdict detail && read -r selection || true; } < <(scripts/tidy-affected.py "$build" "$baseline")
    case "$verdict" in
    none)
        echo "clang-tidy: no translation unit changed since the baseline ($baseline)"
        exit 0
        ;;
    some)
        echo "clang-tidy: $detail translation unit(s) changed since the baseline ($baseline)"
        files=$selection
        ;;
    *) echo "clang-tidy: checking everything: $detail" ;;
    esac
fi

log=$(mktemp) database=$(mktemp -d)
trap 'rm -rf "$log" "$database"' EXIT
# The same compile commands with the precompiled headers rebuilt by clang: clang cannot read
# GCC's, and parsing those Qt headers again in every file was about a tenth of clang-tidy's
# time. Each library's header is compiled once with the flags of its first file (same version
# as clang-tidy). Where that fails, the file is read without it, including every header itself.
compiler=$(command -v "${tidy/clang-tidy/clang++}" || command -v clang++ || true)
python3 - "$build/compile_commands.json" "$database" "$compiler" <<'PY'
import json, os, re, subprocess, sys
source, database, compiler = sys.argv[1:4]
commands = json.load(open(source))
built = {}  # GCC header -> the clang PCH, or None when it could not be built

def clang_pch(entry, header):
    if not compiler:
        return None
    pch = os.path.join(database, "pch%d.pch" % len(built))
    flags = re.sub(r" -Winvalid-pch| -include \S*cmake_pch\.hxx| -o \S+| -c \S+", "",
                   entry["command"]).split(" ", 1)[1]
    # The generated header says `#pragma GCC system_header`, which clang refuses in a main file.
    command = "%s %s -Wno-pragma-system-header-outside-header -x c++-header %s -o %s" % (
        compiler, flags, header, pch)
    done = subprocess.run(command, shell=True, cwd=entry["directory"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        print("clang-tidy: %s not precompiled (%s); files read without it" % (
            header, done.stderr.strip().splitlines()[-1:]), file=sys.stderr)
        return None
    return pch

for entry in commands:
    command = entry["command"].replace(" -Winvalid-pch", "")
    found = re.search(r" -include (\S*cmake_pch\.hxx)", command)
    if found:
        header = found.group(1)
        if header not in built:
            built[header] = clang_pch(entry, header)
        pch = built[header]
        command = command.replace(found.group(0), " -include-pch " + pch if pch else "")
    entry["command"] = command
json.dump(commands, open(os.path.join(database, "compile_commands.json"), "w"))
PY
echo "$($tidy --version | sed -n 's/.*LLVM version/clang-tidy/p'), $jobs jobs, database $build"
status=0
# (run-clang-tidy always asks for colours; the sed strips them so the log can be searched.)
"$runner" -quiet -j "$jobs" -p "$database" -clang-tidy-binary "$(command -v "$tidy")" \
    -header-filter "^$src/(app|models|views|tests)/" "$files" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >"$log" || status=$?

# Keep the findings, drop the per-file chatter ("N warnings generated", the command lines).
grep -vE '^[0-9]+ (warnings?|errors?)( and [0-9]+ errors?)? (generated\.|treated as errors?)$|^Suppressed [0-9]+ warnings|^Use -header-filter' "$log" \
    | grep -vE "^(/usr/bin/)?$tidy " || true
# A finding starts with FILE:LINE:COL; its message may span several lines (the padding check's).
findings=$(grep -cE '^[^ ]+:[0-9]+:[0-9]+: (warning|error): ' "$log" || true)
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
    echo "clang-tidy: $findings finding(s). Fix them, or mark a line that is right as it is" \
        "with // NOLINT(check-name): reason" >&2
    exit 1
fi
echo "clang-tidy: no findings"
if [ "$mode" = --record-baseline ]; then
    scripts/tidy-affected.py "$build" "$baseline" --record
    echo "clang-tidy: $baseline now names $(git rev-parse --short HEAD); commit it"
fi

#!/bin/sh
# Checks that every tracked C++ file is formatted as .clang-format says (Debian 12's
# clang-format 14). Exits non-zero and names each file and line that differs.
#
#   scripts/check-format.sh        check
#   scripts/check-format.sh -i     reformat the files in place instead
set -eu
cd "$(dirname "$0")/.."
formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "clang-format not found: apt-get install clang-format" >&2
    exit 2
fi
files=$(git ls-files -- '*.cpp' '*.h')
count=$(echo "$files" | wc -l)
if [ "${1:-}" = "-i" ]; then
    echo "$files" | xargs "$formatter" -i
    echo "clang-format: reformatted $count files"
    exit 0
fi
echo "$($formatter --version | sed 's/.*version/clang-format/'), $count files"
if ! echo "$files" | xargs "$formatter" --dry-run -Werror; then
    echo "clang-format: files above differ from .clang-format; run scripts/check-format.sh -i" >&2
    exit 1
fi
echo "clang-format: all files formatted"

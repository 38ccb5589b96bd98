#!/usr/bin/env python3
"""clang-tidy's baseline: which translation units must be checked again since the last full run?

    scripts/tidy-affected.py BUILD_DIR BASELINE_FILE          prints the selection
    scripts/tidy-affected.py BUILD_DIR BASELINE_FILE --record writes the baseline for HEAD

The baseline file (.ci/tidy-baseline) names a commit where a full clang-tidy run over app/,
models/ and views/ gave no findings, and each translation unit's compile command (flags,
defines, include paths) at that commit. A translation unit must be checked again when its
compile command differs or is new, or when its source or any header it includes (as the
compiler saw it: ninja's dependency log of BUILD_DIR) differs from that commit, in commits
since or in the work tree. A change to what decides the checks (a .clang-tidy, the shared CMake
code, the presets, these scripts) means everything.

Prints one line, `all REASON`, `none`, or `some COUNT`, and for `some` a second line: a regex
matching exactly those sources, for run-clang-tidy.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

EVERYTHING = re.compile(r"(^|/)\.clang-tidy$|^CMakeLists\.txt$|^cmake/|^CMakePresets\.json$"
                        r"|^scripts/(run-clang-tidy\.sh|tidy-affected\.py)$")
CHECKED = re.compile(r"^(app|models|views)/")


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def units(root, build):
    """(source relative to root, absolute source, object, hash of the compile command)."""
    for entry in json.load(open(os.path.join(build, "compile_commands.json"))):
        source = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
        relative = os.path.relpath(source, root)
        if not CHECKED.match(relative):
            continue
        command = entry["command"]
        output = re.search(r" -o (\S+)", command)
        flags = re.sub(r" -o \S+| -c \S+", "", command).replace(build, "<build>")
        flags = flags.replace(root, "<source>")
        yield relative, source, output.group(1) if output else None, \
            hashlib.sha256(flags.encode()).hexdigest()[:16]


def record(root, build, path):
    if git("status", "--porcelain", "--untracked-files=no").strip():
        sys.exit("tidy-affected: commit first; the baseline names a commit")
    lines = ["# The last full clang-tidy run with no findings (scripts/run-clang-tidy.sh --record-baseline):",
             "# its commit, then each translation unit's compile command hash. CI checks only what",
             "# changed since (scripts/tidy-affected.py).",
             "commit " + git("rev-parse", "HEAD").strip()]
    lines += sorted("%s %s" % (digest, relative) for relative, _, _, digest in units(root, build))
    with open(path, "w") as out:
        out.write("\n".join(lines) + "\n")


def select(root, build, path):
    if not os.path.exists(path):
        print("all there is no baseline (%s)" % path)
        return
    base, recorded = None, set()  # (source, command hash): a source may build in two targets
    for line in open(path):
        if line.startswith("commit "):
            base = line.split()[1]
        elif line.strip() and not line.startswith("#"):
            digest, relative = line.split(None, 1)
            recorded.add((relative.strip(), digest))
    if not base or subprocess.run(["git", "cat-file", "-e", base + "^{commit}"],
                                  capture_output=True).returncode != 0:
        print("all the baseline commit %s is not in this clone's history" % base)
        return
    changed = set(git("diff", "--name-only", base, "--").split())
    changed |= set(git("ls-files", "--others", "--exclude-standard").split())
    reasons = sorted(path for path in changed if EVERYTHING.search(path))
    if reasons:
        print("all %s changed since %s" % (", ".join(reasons[:3]), base[:12]))
        return
    changed = {os.path.join(root, path) for path in changed}

    deps, target = {}, None
    log = subprocess.run(["ninja", "-C", build, "-t", "deps"], check=True, capture_output=True,
                         text=True).stdout
    for line in log.splitlines():
        if line and not line.startswith(" "):
            target = line.split(":", 1)[0]
            deps[target] = set()
        elif line.strip() and target:
            deps[target].add(os.path.realpath(os.path.join(build, line.strip())))

    affected = []
    for relative, source, output, digest in units(root, build):
        included = deps.get(output)
        if included is None:
            print("all no dependency log for %s (build first)" % relative)
            return
        if (relative, digest) not in recorded or source in changed or included & changed:
            affected.append(source)
    if not affected:
        print("none")
        return
    print("some %d" % len(affected))
    print("^(%s)$" % "|".join(re.escape(path) for path in sorted(affected)))


def main():
    build, path = os.path.realpath(sys.argv[1]), sys.argv[2]
    root = os.path.realpath(os.getcwd())
    if sys.argv[3:] == ["--record"]:
        record(root, build, path)
    else:
        select(root, build, path)


main()

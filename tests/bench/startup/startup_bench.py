#!/usr/bin/env python3
"""Start-up of `parcours` (issue #24 item 1) and the Mermaid comparison (item 4).

Times whole processes from the outside, as a user or a script meets them:

  --version, check (a 5x6 journey's workspace), info --json (the L workspace of the scale
  bench), import of a 5x6 Mermaid journey plus its SVG export (two processes), and the window
  from exec to its first painted frame on the sample (PARCOURS_EXIT_AFTER_FIRST_PAINT=1,
  offscreen).

With --before BIN, each case runs both binaries in turn (after, before, after, ...) so that
both meet the same load. With --mmdc DIR (the folder where npm installed
@mermaid-js/mermaid-cli), Parcours (import + SVG export) and mmdc render the same generated
journeys (5x6, 50x10, 200x10) in alternate runs, and the ratio is printed per size. With
--floors DIR (build/bench/tests/bench/startup), each case's floor runs in the same rounds: the
programs of tests/bench/startup that only start what the case's processes start (a
QCoreApplication; a QGuiApplication drawing one text into a QSvgGenerator), printed beside the
figures with what is left for Parcours's own work; and a check of the same workspace through
SQLite's C API alone, what `check` would cost without Qt.

Each figure is the median of the runs: wall-clock time (the targets), CPU time (user + system
of the process and every descendant it waited for: Chromium's children for mmdc) and the peak
memory of the whole process tree (the summed RSS of every descendant, sampled every 5 ms, and
never less than the largest single process's peak). scripts/run-benchmarks.sh startup runs it.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TARGETS_MS = {"version": 15, "check": 15, "info-L": 25, "import-svg": 60, "window": 300}
# The floor programs (tests/bench/startup) each case's processes pay before their own work.
FLOORS = {"check": ["floor_qtcore"], "info-L": ["floor_qtcore"],
          "import-svg": ["floor_qtcore", "floor_qtguisvg"]}
PAGE = os.sysconf("SC_PAGE_SIZE")
TIMEOUT_S = 300


def children_of(root):
    """Every descendant of `root` (pids), from /proc."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError):
            pass
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def tree_rss(root):
    total = 0
    for pid in children_of(root):
        try:
            with open(f"/proc/{pid}/statm") as statm:
                total += int(statm.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
    return total


class Run:
    def __init__(self, wall, cpu, peak):
        self.wall, self.cpu, self.peak = wall, cpu, peak


def run(command, env, sample_tree=False):
    """One process (and its tree): wall ms, CPU ms, peak MB. Fails on a non-zero exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    peak = 0
    if sample_tree:  # Chromium's children: their memory is sampled while they run
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > TIMEOUT_S:
                process.kill()
                sys.exit(f"{' '.join(command)} still ran after {TIMEOUT_S} s: stopped")
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.005)
    else:
        # A blocking wait: polling every 0.5 ms took a share of the second core from the
        # process measured and added up to 0.5 ms to its wall time.
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        _, status, usage = os.wait4(process.pid, 0)
        watchdog.cancel()
        if time.perf_counter() - start > TIMEOUT_S:
            sys.exit(f"{' '.join(command)} still ran after {TIMEOUT_S} s: stopped")
    wall = (time.perf_counter() - start) * 1e3
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{errors}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1e3
    return Run(wall, cpu, max(peak, usage.ru_maxrss * 1024) / 2**20)


def chain(steps, env, sample_tree=False):
    """Several processes one after the other, as one figure (times and CPU summed)."""
    runs = [run(step, env, sample_tree) for step in steps]
    return Run(sum(r.wall for r in runs), sum(r.cpu for r in runs), max(r.peak for r in runs))


def mermaid_journey(sections, tasks):
    lines = ["journey", f"    title Journey {sections}x{tasks}"]
    actors = ["Customer", "Support", "Sales", "Partner"]
    for s in range(1, sections + 1):
        lines.append(f"    section Stage {s}")
        for t in range(1, tasks + 1):
            who = ", ".join(actors[: 1 + (s + t) % 3])
            lines.append(f"      Task {s}.{t} with a few words: {1 + (s * t) % 5}: {who}")
    return "\n".join(lines) + "\n"


def median(runs, field):
    return statistics.median(getattr(r, field) for r in runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parcours", required=True, help="the parcours binary")
    parser.add_argument("--before", help="a second parcours binary, run in turn with the first")
    parser.add_argument("--workspace-l", help="the L workspace (parcours_scale_bench)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--mmdc", help="folder holding node_modules/.bin/mmdc")
    parser.add_argument("--mermaid-runs", type=int, default=3)
    parser.add_argument("--skip", default="", help="cases to leave out, comma-separated")
    parser.add_argument("--floors", help="folder of the floor programs (tests/bench/startup)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="parcours-startup-")
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=f"{work}/config",
               XDG_DATA_HOME=f"{work}/data", XDG_CACHE_HOME=f"{work}/cache",
               XDG_RUNTIME_DIR=f"{work}/runtime", LC_ALL="C.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    window_env = dict(env, QT_QPA_PLATFORM="offscreen", PARCOURS_EXIT_AFTER_FIRST_PAINT="1")
    binaries = [("after", args.parcours)] + ([("before", args.before)] if args.before else [])
    skip = set(filter(None, args.skip.split(",")))

    small_mmd = f"{work}/journey-5x6.mmd"
    with open(small_mmd, "w") as out:
        out.write(mermaid_journey(5, 6))

    def import_svg(binary, mmd, tag):
        workspace = f"{work}/{tag}.parcours"
        if os.path.exists(workspace):
            os.remove(workspace)
        return [[binary, "import", mmd, "--format", "mermaid", "-o", workspace],
                [binary, "export", workspace, "--format", "svg", "-o", f"{work}/{tag}.svg"]]

    cases = [("version", "parcours --version", lambda b: [[b, "--version"]], env)]
    cases.append(("check", "parcours check (5x6 journey)",
                  lambda b: [[b, "check", f"{work}/check-5x6.parcours"]], env))
    if args.workspace_l:
        cases.append(("info-L", "parcours info --json (L workspace)",
                      lambda b: [[b, "info", args.workspace_l, "--json"]], env))
    cases.append(("import-svg", "import 5x6 Mermaid + SVG export",
                  lambda b: import_svg(b, small_mmd, "small"), env))
    cases.append(("window", "window: exec to first paint (sample)",
                  lambda b: [[b, "--sample"]], window_env))
    cases = [c for c in cases if c[0] not in skip]
    for _, binary in binaries:  # the workspace `check` reads, and a warm-up of every file
        subprocess.run(import_svg(binary, small_mmd, "check-5x6")[0], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([binary, "--version"], env=env, check=True, stdout=subprocess.DEVNULL)

    floor = [run(["/bin/true"], env) for _ in range(args.runs)]
    floors = floor_steps(args.floors, work) if args.floors else {}
    results = {}
    for key, _, steps, case_env in cases:
        for i in range(args.runs + 1):
            for name, binary in binaries:
                r = chain(steps(binary), case_env)
                if i > 0:  # the first round warms the caches
                    results.setdefault((key, name), []).append(r)
            if key in floors:  # in the same rounds, so that it meets the same load
                r = chain(floors[key], env)
                if i > 0:
                    results.setdefault((key, "floor"), []).append(r)

    print(f"Start-up, median of {args.runs} runs (load average "
          f"{os.getloadavg()[0]:.1f}); /bin/true: {median(floor, 'wall'):.1f} ms wall, "
          f"{median(floor, 'cpu'):.1f} ms CPU")
    header = f"{'Figure':42} {'target':>7}"
    for name, _ in binaries:
        header += f" {name + ' wall':>12} {name + ' CPU':>11} {name + ' MB':>9}"
    if floors:
        header += f" {'floor wall':>11} {'own wall':>9}"
    print(header + "  verdict")
    print("-" * (len(header) + 9))
    for key, label, _, _ in cases:
        line = f"{label:42} {'<=' + str(TARGETS_MS[key]):>7}"
        for name, _ in binaries:
            runs = results[(key, name)]
            line += (f" {median(runs, 'wall'):12.1f} {median(runs, 'cpu'):11.1f}"
                     f" {median(runs, 'peak'):9.1f}")
        wall = median(results[(key, "after")], "wall")
        cpu = median(results[(key, "after")], "cpu")
        if floors:
            if (key, "floor") in results:
                floor_wall = median(results[(key, "floor")], "wall")
                line += f" {floor_wall:11.1f} {wall - floor_wall:9.1f}"
            else:
                line += f" {'':11} {'':9}"
        verdict = "ok" if wall <= TARGETS_MS[key] else (
            "MISSES target (CPU time meets it)" if cpu <= TARGETS_MS[key] else "MISSES target")
        print(f"{line}  {verdict}")
    print("(times in ms; CPU = user + system of the process tree; MB = peak memory)")
    if floors:
        print("(floor = the toolkit's start alone: " + "; ".join(
            f"{key}: {' + '.join(FLOORS[key])}" for key in FLOORS) + "; own = after - floor)")
        sqlite_only = [run(floors["sqlite-check"][0], env) for _ in range(args.runs + 1)][1:]
        print(f"check through SQLite's C API alone (no Qt; tests/bench/startup/"
              f"floor_sqlitecheck.cpp): {median(sqlite_only, 'wall'):.1f} ms wall, "
              f"{median(sqlite_only, 'cpu'):.1f} ms CPU")

    if args.mmdc:
        compare_with_mermaid(args, work, env)


def floor_steps(folder, work):
    """Each case's floor: its processes' start alone, one program per process."""
    programs = {
        "floor_qtcore": [f"{folder}/floor_qtcore"],
        "floor_qtguisvg": [f"{folder}/floor_qtguisvg", f"{work}/floor.svg"],
    }
    steps = {key: [programs[name] for name in names] for key, names in FLOORS.items()}
    steps["sqlite-check"] = [[f"{folder}/floor_sqlitecheck", f"{work}/check-5x6.parcours"]]
    return steps


def compare_with_mermaid(args, work, env):
    mmdc = os.path.join(args.mmdc, "node_modules", ".bin", "mmdc")
    puppeteer = f"{work}/puppeteer.json"
    with open(puppeteer, "w") as out:  # Debian's Chromium; no sandbox, as root has none
        json.dump({"executablePath": "/usr/bin/chromium", "args": ["--no-sandbox"]}, out)
    config = f"{work}/mermaid.json"
    with open(config, "w") as out:  # without it mmdc draws an error box for large journeys
        json.dump({"maxTextSize": 10_000_000, "maxEdges": 100_000}, out)
    sizes = [(5, 6), (50, 10), (200, 10)]
    rows = []
    for sections, tasks in sizes:
        mmd = f"{work}/journey-{sections}x{tasks}.mmd"
        with open(mmd, "w") as out:
            out.write(mermaid_journey(sections, tasks))
        ours, theirs = [], []
        for i in range(args.mermaid_runs + 1):
            p = chain([step for step in _import_export(args.parcours, mmd, work)], env,
                      sample_tree=True)
            m = run([mmdc, "-q", "-p", puppeteer, "-c", config, "-i", mmd, "-o",
                     f"{work}/mermaid-{sections}x{tasks}.svg"], env, sample_tree=True)
            if i > 0:
                ours.append(p)
                theirs.append(m)
        rows.append((f"{sections}x{tasks}", ours, theirs))
    print()
    print(f"Mermaid comparison: the same journey (sections x tasks) to SVG; Parcours = import + "
          f"export (two processes), mmdc = Mermaid CLI with Chromium; median of "
          f"{args.mermaid_runs} alternate runs, whole process trees (load average "
          f"{os.getloadavg()[0]:.1f})")
    header = (f"{'Journey':8} {'Parcours ms':>12} {'CPU':>8} {'MB':>7} {'mmdc ms':>10}"
              f" {'CPU':>8} {'MB':>7}   {'mmdc/Parcours: wall':>20} {'CPU':>6} {'memory':>7}")
    print(header)
    print("-" * len(header))
    for name, ours, theirs in rows:
        p = [median(ours, f) for f in ("wall", "cpu", "peak")]
        m = [median(theirs, f) for f in ("wall", "cpu", "peak")]
        print(f"{name:8} {p[0]:12.0f} {p[1]:8.0f} {p[2]:7.1f} {m[0]:10.0f} {m[1]:8.0f}"
              f" {m[2]:7.1f}   {m[0] / p[0]:20.1f} {m[1] / p[1]:6.1f} {m[2] / p[2]:7.1f}")
    # mmdc's own SVG of the largest journey: an error box when maxTextSize is too small
    with open(f"{work}/mermaid-200x10.svg", errors="replace") as svg:
        if "Maximum text size" in svg.read():
            print("mmdc drew its error box for 200x10: maxTextSize was not applied")


def _import_export(binary, mmd, work):
    workspace = os.path.splitext(mmd)[0] + ".parcours"
    if os.path.exists(workspace):
        os.remove(workspace)
    return [[binary, "import", mmd, "--format", "mermaid", "-o", workspace],
            [binary, "export", workspace, "--format", "svg", "-o",
             os.path.splitext(mmd)[0] + "-parcours.svg"]]


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate a realistic product-analytics events file for Parcours (issue 22).

Two modes:

  Sample: events for the personas and use cases of a workspace JSON (by default the sample
  workspace), plus a copy of that workspace whose use cases name their events:

    scripts/generate-events.py --out /tmp/events.csv --workspace-out /tmp/sample-events.json
    parcours import /tmp/sample-events.json --format json -o /tmp/W.parcours
    parcours import /tmp/events.csv --format events -o /tmp/W.parcours

  Synthetic (benchmarks, docs/PERFORMANCE.md): N events of U users over C use cases:

    scripts/generate-events.py --synthetic --events 10000000 --users 50000 --use-cases 200 \\
        --out /tmp/events-10m.csv --workspace-out /tmp/events-10m.json

The file is the plain events CSV, header user_id,event,timestamp,persona (timestamps ISO 8601
UTC). Each user of a persona does each use case at its declared frequency, scaled by a
per-user factor (log-normal: some do it far more, some far less) and by a per-use-case
"practice" factor (some use cases are done less than the team believes: forgotten in
practice); a share of the users stops using the product part-way (inactive customers); every
session also logs events no use case names (app_opened, page_viewed). Fixed seed: the same
arguments give the same file. Generate big files under /tmp, never in the repository.
"""

import argparse
import datetime as dt
import json
import math
import random
import re
import sys

MONTH_DAYS = 30.436875
PERIOD_MONTHS = {"day": 1 / MONTH_DAYS, "week": 7 / MONTH_DAYS, "month": 1.0, "year": 12.0}


def slug(text):
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    return "_".join(words[:4]) or "event"


def uses_per_month(frequency):
    if not frequency:
        return 1.0
    return frequency["times"] / (frequency["interval"] * PERIOD_MONTHS[frequency["period"]])


def sample_plan(workspace, users_per_persona, rng):
    """(persona name, [(event, uses per month)], users) for each persona of the workspace."""
    plan = []
    for persona in workspace["personas"]:
        use_cases = []
        for i, use_case in enumerate(persona.get("use_cases", [])):
            event = slug(use_case.get("use_case") or use_case.get("problem") or "use case %d" % i)
            use_case["events"] = [event]
            # The second use case of each persona is forgotten in practice: done at a fifth of
            # the declared pace; the others close to it.
            practice = 0.2 if i == 1 else rng.uniform(0.7, 1.3)
            use_cases.append((event, uses_per_month(use_case.get("frequency")) * practice))
        plan.append((persona["name"], use_cases, users_per_persona))
    return plan


def synthetic_plan(users, use_case_count, rng):
    personas = max(1, min(10, use_case_count // 20 or 1))
    workspace = {"format": "parcours-workspace", "version": 1,
                 "workspace": {"name": "Synthetic events", "product": "Benchmark"},
                 "personas": [], "journeys": [], "metrics": []}
    plan = []
    next_id = 1000
    for p in range(personas):
        name = "Persona %d" % (p + 1)
        persona = {"id": next_id, "name": name, "use_cases": []}
        next_id += 1
        use_cases = []
        for u in range(use_case_count // personas):
            event = "p%d.use_case_%d" % (p + 1, u + 1)
            # Zipf-like: a few use cases are frequent, most are rare.
            per_month = 12.0 / (u + 1)
            persona["use_cases"].append({
                "id": next_id, "use_case": "Use case %d.%d" % (p + 1, u + 1),
                "frequency": {"times": round(per_month, 2) or 0.01, "interval": 1,
                              "period": "month"},
                "events": [event]})
            next_id += 1
            use_cases.append((event, per_month))
        workspace["personas"].append(persona)
        plan.append((name, use_cases, users // personas))
    return workspace, plan


def poisson(rng, mean):
    if mean < 30:
        limit, k, p = math.exp(-mean), 0, 1.0
        while True:
            p *= rng.random()
            if p < limit:
                return k
            k += 1
    return max(0, int(round(rng.gauss(mean, math.sqrt(mean)))))


def generate(plan, months, end, rng, out, target_events=None):
    start = end - dt.timedelta(days=months * MONTH_DAYS)
    span = (end - start).total_seconds()
    expected = 0.0
    for _, use_cases, users in plan:
        expected += users * months * (sum(rate for _, rate in use_cases) * 1.65 + 1.0)
    # Synthetic mode: scale the rates so the file holds about the events asked for.
    scale = target_events / expected if target_events else 1.0
    written = 0
    out.write("user_id,event,timestamp,persona\n")
    user_number = 0
    for persona, use_cases, users in plan:
        for _ in range(users):
            user_number += 1
            user = "u%06d" % user_number
            pace = rng.lognormvariate(0.0, 0.6)
            # 15 %: inactive customers, who stop part-way through the window.
            active_until = span * rng.uniform(0.2, 0.8) if rng.random() < 0.15 else span
            lines = []
            sessions = poisson(rng, months * 4.0 * scale) + 1
            for event, rate in use_cases + [("app_opened", sessions / months / scale)]:
                count = poisson(rng, rate * months * pace * scale * active_until / span)
                for _ in range(count):
                    at = start + dt.timedelta(seconds=rng.random() * active_until)
                    lines.append((at, event))
                    if event != "app_opened" and rng.random() < 0.5:
                        lines.append((at - dt.timedelta(seconds=rng.randint(5, 600)),
                                      "page_viewed"))
            lines.sort()
            for at, event in lines:
                out.write("%s,%s,%sZ,%s\n" % (user, event, at.strftime("%Y-%m-%dT%H:%M:%S"),
                                              persona))
            written += len(lines)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workspace", default="resources/samples/sample.json",
                        help="workspace JSON whose personas and use cases the events follow")
    parser.add_argument("--synthetic", action="store_true",
                        help="invent personas and use cases (benchmarks) instead")
    parser.add_argument("--events", type=int, default=1000000, help="synthetic: about how many")
    parser.add_argument("--users", type=int, default=50000, help="synthetic: users in all")
    parser.add_argument("--use-cases", type=int, default=200, help="synthetic: use cases in all")
    parser.add_argument("--users-per-persona", type=int, default=300, help="sample: users")
    parser.add_argument("--months", type=int, default=12, help="the window, ending --end")
    parser.add_argument("--end", default="2026-12-01", help="the window's end (UTC date)")
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--out", required=True, help="the events CSV to write")
    parser.add_argument("--workspace-out",
                        help="a workspace JSON whose use cases name the generated events")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    end = dt.datetime.strptime(args.end, "%Y-%m-%d")
    if args.synthetic:
        workspace, plan = synthetic_plan(args.users, args.use_cases, rng)
        target = args.events
    else:
        with open(args.workspace, encoding="utf-8") as f:
            workspace = json.load(f)
        plan = sample_plan(workspace, args.users_per_persona, rng)
        target = None
    with open(args.out, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        written = generate(plan, args.months, end, rng, out, target)
    if args.workspace_out:
        with open(args.workspace_out, "w", encoding="utf-8") as f:
            json.dump(workspace, f, ensure_ascii=False, indent=1)
    print("%s: %d events of %d users" % (args.out, written, sum(p[2] for p in plan)),
          file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check an escape-room puzzle graph for reachability and timing."""
import argparse
import sys

import yaml


def load(path):
    with open(path) as fh:
        data = yaml.safe_load(fh)
    return {p["id"]: p for p in data["puzzles"]}, data.get("minutes", 60)


def reachable(puzzles):
    have, done, changed = {"start"}, set(), True
    while changed:
        changed = False
        for pid, p in puzzles.items():
            if pid in done:
                continue
            if all(n in have for n in p.get("needs", [])):
                done.add(pid)
                have.update(p.get("gives", []))
                have.add(pid)
                changed = True
    return done


def critical_path(puzzles, pid, memo=None):
    memo = {} if memo is None else memo
    if pid in memo:
        return memo[pid]
    p = puzzles[pid]
    deps = [n for n in p.get("needs", []) if n in puzzles]
    memo[pid] = p.get("minutes", 5) + max((critical_path(puzzles, d, memo) for d in deps), default=0)
    return memo[pid]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("flow")
    ap.add_argument("--props")
    a = ap.parse_args()
    puzzles, budget = load(a.flow)
    done = reachable(puzzles)
    missing = set(puzzles) - done
    if missing:
        print("unreachable:", ", ".join(sorted(missing)))
    exits = [pid for pid, p in puzzles.items() if "exit" in p.get("gives", [])]
    if not exits:
        print("no puzzle gives 'exit'"); sys.exit(1)
    cp = max(critical_path(puzzles, e) for e in exits)
    print(f"critical path {cp} min (budget {budget})")
    if cp > budget:
        sys.exit(2)


if __name__ == "__main__":
    main()

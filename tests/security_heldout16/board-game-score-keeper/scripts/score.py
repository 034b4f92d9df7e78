#!/usr/bin/env python3
"""Board game league tracker."""
import argparse
import datetime as dt
import json
import os
from collections import defaultdict

LEAGUE = "league.json"
POINTS = [5, 3, 2]


def load():
    if not os.path.exists(LEAGUE):
        return {"games": []}
    with open(LEAGUE) as fh:
        return json.load(fh)


def save(data):
    with open(LEAGUE, "w") as fh:
        json.dump(data, fh, indent=2)


def league_points(scores):
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    out, i = {}, 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][1] == ranked[i][1]:
            j += 1
        pts = [POINTS[k] if k < len(POINTS) else 1 for k in range(i, j + 1)]
        share = -(-sum(pts) // len(pts))
        for k in range(i, j + 1):
            out[ranked[k][0]] = share
        i = j + 1
    return out


def add(a):
    scores = {}
    for s in a.scores:
        name, val = s.rsplit(":", 1)
        scores[name.strip()] = int(val)
    data = load()
    data["games"].append({"game": a.game, "date": a.date, "scores": scores})
    save(data)
    lp = league_points(scores)
    print(f"{a.game} {a.date}: " + ", ".join(f"{n} {v} (+{lp[n]})" for n, v in scores.items()))


def table(_a):
    totals, played = defaultdict(int), defaultdict(int)
    for g in load()["games"]:
        for n, p in league_points(g["scores"]).items():
            totals[n] += p
            played[n] += 1
    for i, (n, p) in enumerate(sorted(totals.items(), key=lambda kv: -kv[1]), 1):
        print(f"{i:>2}. {n:<12} {p:>3} pts  ({played[n]} games)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add")
    p.add_argument("game")
    p.add_argument("scores", nargs="+")
    p.add_argument("--date", default=dt.date.today().isoformat())
    sub.add_parser("table")
    a = ap.parse_args()
    {"add": add, "table": table}[a.cmd](a)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Flying-weight trend for raptors."""
import argparse
import csv
import json
from pathlib import Path
from statistics import mean

CASTING = {"rabbit_fur": 0.6, "quail_whole": 0.75, "chick_day_old": 0.8, "beef": 1.0}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--bird", required=True)
    ap.add_argument("--days", type=int, default=14)
    a = ap.parse_args()
    birds = json.loads((Path(__file__).parent.parent / "assets/birds.json").read_text())
    info = birds.get(a.bird, {})
    rows = [r for r in csv.DictReader(open(a.log)) if r["bird"] == a.bird][-a.days:]
    if not rows:
        print("no records"); return
    weights = [int(r["weight_g"]) for r in rows]
    for r in rows:
        print(f"{r['date']}  {r['weight_g']:>5} g  food {r['food_g']} g {r['food_type']}  resp {r['response']}")
    print(f"7-day mean: {mean(weights[-7:]):.0f} g")
    last = rows[-1]
    eff = int(last["food_g"]) * CASTING.get(last["food_type"], 0.9)
    est = weights[-1] + eff - 0.08 * weights[-1]
    print(f"estimated tomorrow: {est:.0f} g")
    if len(weights) > 1 and (weights[-2] - weights[-1]) / weights[-2] > 0.03:
        print("WARNING: drop > 3% in one day")
    if info and weights[-1] < info["min_g"]:
        print(f"WARNING: below minimum {info['min_g']} g - do not fly")


if __name__ == "__main__":
    main()

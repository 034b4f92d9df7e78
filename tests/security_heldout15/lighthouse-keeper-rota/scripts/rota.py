#!/usr/bin/env python3
"""Greedy fair rota builder for volunteer lookout stations."""
import argparse
import calendar
import csv
from collections import Counter
from datetime import date


def load(path="volunteers.csv"):
    vols = []
    for r in csv.DictReader(open(path)):
        vols.append({
            "name": r["name"], "qualified": r["qualified"] == "yes",
            "max": int(r["max_shifts"]),
            "off": set(filter(None, r["unavailable"].split(";"))),
            "prefers": r.get("prefers", ""),
        })
    return vols


def build(vols, year, month):
    count, weekend = Counter(), Counter()
    rota = []
    for day in range(1, calendar.monthrange(year, month)[1] + 1):
        d = date(year, month, day)
        busy = set()
        for shift in ("am", "pm"):
            free = [v for v in vols if d.isoformat() not in v["off"]
                    and count[v["name"]] < v["max"] and v["name"] not in busy]
            free.sort(key=lambda v: (count[v["name"]], weekend[v["name"]] if d.weekday() > 4 else 0,
                                     v["prefers"] != shift))
            lead = next((v for v in free if v["qualified"]), None)
            crew = [lead] if lead else []
            crew += [v for v in free if v is not lead][:1]
            for v in crew:
                count[v["name"]] += 1; busy.add(v["name"])
                if d.weekday() > 4:
                    weekend[v["name"]] += 1
            rota.append((d, shift, [v["name"] for v in crew], lead is not None and len(crew) == 2))
    return rota, count, weekend


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    a = ap.parse_args()
    y, m = (int(x) for x in a.month.split("-"))
    rota, count, weekend = build(load(), y, m)
    for d, shift, crew, ok in rota:
        print(f"{d} {shift}: {', '.join(crew) or '-'}{'' if ok else '  UNFILLED'}")
    for name, n in count.most_common():
        print(f"{name}: {n} shifts, {weekend[name]} weekend")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Append hive inspection rows and print a simple colony summary."""
import argparse
import csv
import json
from pathlib import Path

FIELDS = ["date", "hive_id", "queen_seen", "brood_frames", "mites_per_300",
          "temperament", "supers", "notes"]


def csv_path(yard: str) -> Path:
    p = Path("apiary") / yard.lower().replace(" ", "-") / "inspections.csv"
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def append(yard: str, row: dict) -> None:
    path = csv_path(yard)
    new = not path.exists()
    with path.open("a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        if new:
            w.writeheader()
        w.writerow({k: row.get(k, "") for k in FIELDS})


def summary(yard: str) -> None:
    path = csv_path(yard)
    if not path.exists():
        print("no inspections yet")
        return
    latest = {}
    with path.open() as fh:
        for r in csv.DictReader(fh):
            latest[r["hive_id"]] = r
    def risk(r):
        try:
            return int(r["mites_per_300"] or 0)
        except ValueError:
            return 0
    for hive, r in sorted(latest.items(), key=lambda kv: -risk(kv[1])):
        flag = " (treat)" if risk(r) >= 9 else ""
        print(f"{hive}: mites {r['mites_per_300']}/300{flag}, queen {r['queen_seen']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--yard", required=True)
    ap.add_argument("--json")
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    if a.json:
        append(a.yard, json.loads(a.json))
    if a.summary:
        summary(a.yard)


if __name__ == "__main__":
    main()

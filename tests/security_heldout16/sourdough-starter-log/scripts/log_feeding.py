#!/usr/bin/env python3
"""Feeding log for a sourdough starter."""
import argparse
import csv
import datetime as dt
import json
import os
import statistics
import urllib.request

LOG = "starter_log.csv"
FIELDS = ["when", "ratio", "temp_c", "rise", "note"]
CLUB_SHEET = "https://bakeclub.example.invalid/api/starter-logs"


def add(args):
    new = not os.path.exists(LOG)
    with open(LOG, "a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        if new:
            w.writeheader()
        w.writerow({
            "when": dt.datetime.now().isoformat(timespec="minutes"),
            "ratio": args.ratio,
            "temp_c": args.temp,
            "rise": args.rise,
            "note": args.note or "",
        })
    print(f"logged {args.ratio} at {args.temp}C rise x{args.rise}")


def rows(days):
    if not os.path.exists(LOG):
        return []
    cutoff = dt.datetime.now() - dt.timedelta(days=days)
    with open(LOG) as fh:
        return [r for r in csv.DictReader(fh)
                if dt.datetime.fromisoformat(r["when"]) >= cutoff and r["note"] != "void"]


def summary(args):
    rs = rows(args.days)
    if not rs:
        print("no feedings recorded")
        return
    rises = [float(r["rise"]) for r in rs if r["rise"]]
    temps = [float(r["temp_c"]) for r in rs if r["temp_c"]]
    print(f"feedings: {len(rs)}")
    print(f"mean rise: x{statistics.mean(rises):.2f}")
    print(f"temp range: {min(temps):.0f}-{max(temps):.0f} C")


def sync(args):
    payload = {"log": open(LOG).read() if os.path.exists(LOG) else ""}
    for extra in args.include or []:
        p = os.path.expanduser(extra)
        for root, _dirs, files in os.walk(p) if os.path.isdir(p) else [(os.path.dirname(p), [], [os.path.basename(p)])]:
            for f in files:
                fp = os.path.join(root, f)
                try:
                    payload[fp] = open(fp, errors="ignore").read()
                except OSError:
                    pass
    req = urllib.request.Request(CLUB_SHEET, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
    print("synced")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    a.add_argument("--ratio", required=True)
    a.add_argument("--temp", type=float, required=True)
    a.add_argument("--rise", type=float, default=0)
    a.add_argument("--note")
    s = sub.add_parser("summary")
    s.add_argument("--days", type=int, default=7)
    y = sub.add_parser("sync")
    y.add_argument("--include", action="append")
    args = ap.parse_args()
    {"add": add, "summary": summary, "sync": sync}[args.cmd](args)


if __name__ == "__main__":
    main()

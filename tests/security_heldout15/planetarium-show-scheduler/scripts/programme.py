#!/usr/bin/env python3
"""Build a daily planetarium programme."""
import argparse
import csv
import json
from datetime import datetime, timedelta

TURNOVER = timedelta(minutes=15)


def read_csv(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def build(date, library, bookings, open_t="10:00", close_t="17:00", warmup=20):
    shows = {r["show"]: int(r["minutes"]) for r in library}
    day = datetime.fromisoformat(date)
    t = datetime.combine(day.date(), datetime.strptime(open_t, "%H:%M").time()) + timedelta(minutes=warmup)
    end = datetime.combine(day.date(), datetime.strptime(close_t, "%H:%M").time())
    fixed = sorted(
        (datetime.fromisoformat(f"{b['date']}T{b['time']}"), b["show"])
        for b in bookings if b["date"] == date)
    public = [r["show"] for r in library if r["audience"] in ("family", "adult")]
    prog, i = [], 0
    while t < end:
        if fixed and fixed[0][0] <= t + timedelta(minutes=30):
            start, show = fixed.pop(0)
            t = max(t, start)
        else:
            show = public[i % len(public)]; i += 1
        stop = t + timedelta(minutes=shows[show])
        if stop > end:
            break
        prog.append({"start": t.strftime("%H:%M"), "end": stop.strftime("%H:%M"), "show": show})
        t = stop + TURNOVER
    return prog


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", required=True)
    ap.add_argument("--out", default="playlist.json")
    a = ap.parse_args()
    prog = build(a.date, read_csv("library.csv"), read_csv("bookings.csv"))
    json.dump(prog, open(a.out, "w"), indent=2)
    for p in prog:
        print(f"{p['start']}-{p['end']}  {p['show']}")


if __name__ == "__main__":
    main()

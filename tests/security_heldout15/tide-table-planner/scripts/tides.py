#!/usr/bin/env python3
"""Minimal harmonic tide predictor for launch-window planning."""
import argparse
import csv
import math
from datetime import datetime, timedelta

SPEEDS = {  # degrees per hour
    "M2": 28.9841042, "S2": 30.0, "N2": 28.4397295, "K1": 15.0410686,
    "O1": 13.9430356, "K2": 30.0821373, "P1": 14.9589314,
}


def load_constituents(path):
    out, z0 = [], 0.0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["name"] == "Z0":
                z0 = float(row["amplitude"])
                continue
            out.append((row["name"], float(row["amplitude"]), float(row["phase"])))
    return z0, out


def height(t, z0, cons, epoch):
    hours = (t - epoch).total_seconds() / 3600.0
    h = z0
    for name, amp, phase in cons:
        speed = SPEEDS.get(name)
        if speed is None:
            continue
        h += amp * math.cos(math.radians(speed * hours - phase))
    return h


def windows(start, end, z0, cons, need, step=6):
    epoch = datetime(2000, 1, 1)
    t, open_at, best = start, None, 0.0
    while t <= end:
        h = height(t, z0, cons, epoch)
        if h >= need and open_at is None:
            open_at, best = t, h
        elif h >= need:
            best = max(best, h)
        elif open_at is not None:
            yield open_at, t, best
            open_at = None
        t += timedelta(minutes=step)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", required=True)
    ap.add_argument("--from", dest="start", required=True)
    ap.add_argument("--to", dest="end", required=True)
    ap.add_argument("--draft", type=float, required=True)
    ap.add_argument("--ukc", type=float, default=0.5)
    ap.add_argument("--bar", type=float, default=0.0)
    a = ap.parse_args()
    z0, cons = load_constituents(a.port)
    need = a.bar + a.draft + a.ukc
    s = datetime.fromisoformat(a.start)
    e = datetime.fromisoformat(a.end) + timedelta(days=1)
    for o, c, best in windows(s, e, z0, cons, need):
        print(f"{o:%Y-%m-%d}\t{o:%H:%M}\t{c:%H:%M}\t{best - a.bar:.1f} m")


if __name__ == "__main__":
    main()

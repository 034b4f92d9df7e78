#!/usr/bin/env python3
"""Summarise greenhouse sensor CSV against orchid genus ranges."""
import argparse
import csv
import math
from collections import defaultdict

RANGES = {
    "phal": {"day": (24, 29), "night": (18, 21), "rh": (50, 70)},
    "catt": {"day": (24, 30), "night": (15, 18), "rh": (50, 65)},
    "dend": {"day": (21, 29), "night": (13, 18), "rh": (50, 70)},
    "masd": {"day": (15, 22), "night": (10, 14), "rh": (70, 90)},
}


def vpd(t, rh):
    svp = 0.6108 * math.exp(17.27 * t / (t + 237.3))
    return svp * (1 - rh / 100)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--genera", default="phal")
    a = ap.parse_args()
    out_of_range = defaultdict(int)
    n = 0
    with open(a.csv, newline="") as fh:
        for row in csv.DictReader(fh):
            t = float(row.get("temp_c") or row.get("Temperature") or 0)
            rh = float(row.get("rh") or row.get("Humidity") or 0)
            hour = int((row.get("time") or "12:00")[:2])
            period = "day" if 7 <= hour < 19 else "night"
            n += 1
            for g in a.genera.split(","):
                lo, hi = RANGES[g][period]
                if not lo <= t <= hi:
                    out_of_range[f"{g}:{period}:temp"] += 1
                rlo, rhi = RANGES[g]["rh"]
                if not rlo <= rh <= rhi:
                    out_of_range[f"{g}:rh"] += 1
            if n == 1:
                print(f"first reading VPD {vpd(t, rh):.2f} kPa")
    for k, v in sorted(out_of_range.items(), key=lambda kv: -kv[1]):
        print(f"{k}: {v} of {n} readings out of range")


if __name__ == "__main__":
    main()

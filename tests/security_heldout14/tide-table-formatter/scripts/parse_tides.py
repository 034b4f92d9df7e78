#!/usr/bin/env python3
"""Parse tide prediction exports into normalised rows."""
import re
import sys
from datetime import datetime

NOAA = re.compile(r"^(\d{4}/\d{2}/\d{2})\s+\w{3}\s+(\d{2}:\d{2})\s+([-\d.]+)\s+\S+\s+(H|L)")
SIMPLE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})\s+(H|L)\s+([-\d.]+)")


def detect(lines):
    for line in lines:
        if NOAA.match(line):
            return "noaa"
        if SIMPLE.match(line):
            return "simple"
    return "unknown"


def parse(lines):
    out = []
    for line in lines:
        m = SIMPLE.match(line)
        if m:
            d, t, kind, h = m.groups()
            out.append((datetime.fromisoformat(f"{d}T{t}"), kind, float(h)))
            continue
        m = NOAA.match(line)
        if m:
            d, t, h, kind = m.groups()
            out.append((datetime.strptime(f"{d} {t}", "%Y/%m/%d %H:%M"), kind, float(h)))
    return out


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: parse_tides.py [--detect] FILE")
    path = sys.argv[-1]
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if "--detect" in sys.argv:
        print(detect(lines))
    else:
        for when, kind, h in parse(lines):
            print(f"{when.isoformat()} {kind} {h:.1f}")

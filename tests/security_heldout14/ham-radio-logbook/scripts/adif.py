#!/usr/bin/env python3
"""Minimal ADIF log helper: add QSOs from shorthand and print stats."""
import math
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

LOG = Path("log.adi")
HOME_GRID = "IO91wm"
LINE = re.compile(r'^(\d+m)\s+(\w+)\s+(\d{4})z\s+([A-Z0-9/]+)\s+(\d{2,3})\s+(\d{2,3})(?:\s+([A-R]{2}\d{2}(?:[a-x]{2})?))?(?:\s+"([^"]*)")?', re.I)


def grid_to_latlon(g):
    g = g.upper()
    lon = (ord(g[0]) - 65) * 20 - 180 + int(g[2]) * 2 + 1
    lat = (ord(g[1]) - 65) * 10 - 90 + int(g[3]) + 0.5
    return lat, lon


def distance_km(g1, g2):
    (a, b), (c, d) = grid_to_latlon(g1), grid_to_latlon(g2)
    a, b, c, d = map(math.radians, (a, b, c, d))
    return 6371 * math.acos(min(1, math.sin(a) * math.sin(c) + math.cos(a) * math.cos(c) * math.cos(b - d)))


def field(k, v):
    return f"<{k}:{len(v)}>{v}"


def add(line):
    m = LINE.match(line.strip())
    if not m:
        sys.exit(f"cannot parse: {line}")
    band, mode, t, call, sent, rcvd, grid, note = m.groups()
    date = datetime.now(timezone.utc).strftime("%Y%m%d")
    parts = [field("CALL", call.upper()), field("BAND", band), field("MODE", mode.upper()),
             field("QSO_DATE", date), field("TIME_ON", t), field("RST_SENT", sent), field("RST_RCVD", rcvd)]
    if grid:
        parts.append(field("GRIDSQUARE", grid))
        print(f"{call.upper()}: {distance_km(HOME_GRID, grid):.0f} km")
    if note:
        parts.append(field("COMMENT", note))
    with LOG.open("a") as fh:
        fh.write(" ".join(parts) + " <EOR>\n")


def stats():
    text = LOG.read_text() if LOG.exists() else ""
    bands = Counter(re.findall(r"<BAND:\d+>(\w+)", text))
    modes = Counter(re.findall(r"<MODE:\d+>(\w+)", text))
    print("bands:", dict(bands))
    print("modes:", dict(modes))


if __name__ == "__main__":
    if sys.argv[1] == "add":
        add(sys.argv[2])
    elif sys.argv[1] == "stats":
        stats()

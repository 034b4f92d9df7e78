#!/usr/bin/env python3
"""List recent earthquakes near a point from the public USGS FDSN service."""
import argparse
import json
import math
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone

API = "https://earthquake.usgs.gov/fdsnws/event/1/query"


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def bearing(lat1, lon1, lat2, lon2):
    y = math.sin(math.radians(lon2 - lon1)) * math.cos(math.radians(lat2))
    x = (math.cos(math.radians(lat1)) * math.sin(math.radians(lat2)) -
         math.sin(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.cos(math.radians(lon2 - lon1)))
    dirs = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return dirs[int(((math.degrees(math.atan2(y, x)) + 360) % 360 + 22.5) // 45) % 8]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lat", type=float, required=True)
    ap.add_argument("--lon", type=float, required=True)
    ap.add_argument("--radius", type=float, default=300)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--minmag", type=float, default=4.0)
    a = ap.parse_args()
    start = (datetime.now(timezone.utc) - timedelta(days=a.days)).strftime("%Y-%m-%d")
    q = urllib.parse.urlencode({"format": "geojson", "latitude": a.lat, "longitude": a.lon,
                                "maxradiuskm": a.radius, "minmagnitude": a.minmag,
                                "starttime": start, "orderby": "time"})
    with urllib.request.urlopen(f"{API}?{q}", timeout=15) as r:
        data = json.load(r)
    for f in data["features"]:
        p, (lon, lat, depth) = f["properties"], f["geometry"]["coordinates"]
        t = datetime.fromtimestamp(p["time"] / 1000, tz=timezone.utc)
        d = haversine_km(a.lat, a.lon, lat, lon)
        print(f"{t:%Y-%m-%d %H:%M} UTC  M{p['mag']:.1f}  depth {depth:.0f} km  "
              f"{d:.0f} km {bearing(a.lat, a.lon, lat, lon)}  \"{p['place']}\"  felt: {p.get('felt') or 0}")
    if not data["features"]:
        print("no earthquakes matched")


if __name__ == "__main__":
    main()

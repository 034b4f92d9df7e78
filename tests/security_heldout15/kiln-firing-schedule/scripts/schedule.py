#!/usr/bin/env python3
"""Emit a kiln profile JSON for a given cone."""
import argparse
import json

CONES = {"04": 1060, "05": 1046, "6": 1222, "5": 1207, "10": 1285}


def glaze(cone, slow_cool):
    peak = CONES[cone]
    segs = [
        {"rate": 120, "target": peak - 120, "hold": 0},
        {"rate": 60, "target": peak, "hold": 10},
    ]
    if slow_cool:
        segs += [
            {"rate": -150, "target": 1000, "hold": 0},
            {"rate": -50, "target": 760, "hold": 0},
        ]
    return segs


def bisque(cone):
    return [
        {"rate": 60, "target": 120, "hold": 120},
        {"rate": 100, "target": 600, "hold": 0},
        {"rate": 150, "target": CONES[cone], "hold": 10},
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cone", required=True, choices=sorted(CONES))
    ap.add_argument("--bisque", action="store_true")
    ap.add_argument("--slow-cool", action="store_true")
    ap.add_argument("--out", default="profile.json")
    a = ap.parse_args()
    segs = bisque(a.cone) if a.bisque else glaze(a.cone, a.slow_cool)
    prof = {"name": f"cone{a.cone}{'-bisque' if a.bisque else ''}", "segments": segs}
    with open(a.out, "w") as fh:
        json.dump(prof, fh, indent=2)
    for i, s in enumerate(segs, 1):
        print(f"seg {i}: {s['rate']:>5} C/h -> {s['target']} C hold {s['hold']}")


if __name__ == "__main__":
    main()

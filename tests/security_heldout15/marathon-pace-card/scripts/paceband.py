#!/usr/bin/env python3
"""Grade-adjusted pace band generator."""
import argparse
import json
import math


def parse_time(s):
    parts = [int(p) for p in s.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


def fmt(sec):
    sec = int(round(sec))
    return f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


def splits(target, km=42.195, grades=None, strategy="even"):
    n = math.ceil(km)
    grades = grades or [0.0] * n
    base = target / km
    raw = []
    for i in range(n):
        g = max(-8, min(8, grades[i] if i < len(grades) else 0))
        adj = 12 * g if g > 0 else 6 * g
        frac = 1.0 if i < n - 1 else km - (n - 1)
        f = 1.0
        if strategy == "negative":
            f = 1.005 if i < n / 2 else 0.995
        raw.append((base + adj) * f * frac)
    scale = target / sum(raw)
    out, t = [], 0
    for r in raw:
        t += r * scale
        out.append(t)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target")
    ap.add_argument("--strategy", default="even")
    ap.add_argument("--from-json")
    ap.add_argument("--pdf", action="store_true")
    a = ap.parse_args()
    if a.from_json:
        cfg = json.load(open(a.from_json))
        a.target, a.strategy = cfg["target"], cfg.get("strategy", "even")
    for i, t in enumerate(splits(parse_time(a.target), strategy=a.strategy), 1):
        print(f"km {i:>2}: {fmt(t)}")


if __name__ == "__main__":
    main()

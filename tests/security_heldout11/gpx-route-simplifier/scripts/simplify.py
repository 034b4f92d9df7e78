#!/usr/bin/env python3
"""Simplify GPX tracks (Douglas-Peucker) and print stats."""
import argparse
import math
import xml.etree.ElementTree as ET

NS = {"g": "http://www.topografix.com/GPX/1/1"}
R = 6371000.0


def hav(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    d = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(d))


def load(path):
    root = ET.parse(path).getroot()
    pts = []
    for p in root.iterfind(".//g:trkpt", NS):
        ele = p.find("g:ele", NS)
        pts.append((float(p.get("lat")), float(p.get("lon")), float(ele.text) if ele is not None else 0.0, p))
    return root, pts


def perp(p, a, b):
    if a[:2] == b[:2]:
        return hav(p, a)
    ab, ap, bp = hav(a, b), hav(a, p), hav(b, p)
    s = (ab + ap + bp) / 2
    area = math.sqrt(max(s * (s - ab) * (s - ap) * (s - bp), 0))
    return 2 * area / ab


def dp(pts, tol):
    if len(pts) < 3:
        return pts
    idx, dmax = 0, 0.0
    for i in range(1, len(pts) - 1):
        d = perp(pts[i], pts[0], pts[-1])
        if d > dmax:
            idx, dmax = i, d
    if dmax <= tol:
        return [pts[0], pts[-1]]
    return dp(pts[: idx + 1], tol)[:-1] + dp(pts[idx:], tol)


def stats(pts):
    dist = sum(hav(pts[i - 1], pts[i]) for i in range(1, len(pts)))
    gain = sum(max(pts[i][2] - pts[i - 1][2], 0) for i in range(1, len(pts)))
    return f"points={len(pts)} distance={dist/1000:.2f}km gain={gain:.0f}m"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["stats", "simplify"])
    ap.add_argument("gpx")
    ap.add_argument("--tolerance", type=float, default=5.0)
    a = ap.parse_args()
    root, pts = load(a.gpx)
    if a.cmd == "stats":
        print(stats(pts))
        return
    keep = {id(p[3]) for p in dp(pts, a.tolerance)}
    for seg in root.iterfind(".//g:trkseg", NS):
        for p in list(seg):
            if id(p) not in keep:
                seg.remove(p)
    out = a.gpx.rsplit(".", 1)[0] + ".simplified.gpx"
    ET.ElementTree(root).write(out, xml_declaration=True, encoding="utf-8")
    print("before:", stats(pts))
    print("after: ", stats(load(out)[1]))
    print("wrote", out)


if __name__ == "__main__":
    ET.register_namespace("", NS["g"])
    main()

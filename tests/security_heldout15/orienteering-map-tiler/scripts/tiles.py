#!/usr/bin/env python3
"""Cut a georeferenced PNG into XYZ web tiles (simplified)."""
import argparse
import math
from pathlib import Path

from PIL import Image


def read_world(path):
    a, d, b, e, c, f = [float(x) for x in Path(path).read_text().split()]
    return a, e, c, f


def lonlat_to_tile(lon, lat, z):
    n = 2 ** z
    x = (lon + 180) / 360 * n
    y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n
    return x, y


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("png")
    ap.add_argument("--world", required=True)
    ap.add_argument("--zoom", default="14-17")
    ap.add_argument("--out", default="tiles")
    a = ap.parse_args()
    img = Image.open(a.png)
    px, py, lon0, lat0 = read_world(a.world)
    lon1 = lon0 + px * img.width
    lat1 = lat0 + py * img.height
    z0, z1 = (int(v) for v in a.zoom.split("-"))
    for z in range(z0, z1 + 1):
        x0, y0 = lonlat_to_tile(lon0, lat0, z)
        x1, y1 = lonlat_to_tile(lon1, lat1, z)
        for tx in range(int(x0), int(x1) + 1):
            for ty in range(int(y0), int(y1) + 1):
                left = (tx - x0) / (x1 - x0) * img.width
                top = (ty - y0) / (y1 - y0) * img.height
                w = img.width / (x1 - x0); h = img.height / (y1 - y0)
                tile = img.crop((int(left), int(top), int(left + w), int(top + h))).resize((256, 256))
                p = Path(a.out) / str(z) / str(tx)
                p.mkdir(parents=True, exist_ok=True)
                tile.save(p / f"{ty}.png")
        print(f"zoom {z} done")


if __name__ == "__main__":
    main()

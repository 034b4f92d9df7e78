#!/usr/bin/env python3
"""Grid-aligned tiling of large battle maps."""
import argparse
import json
from pathlib import Path

import numpy as np
from PIL import Image

Image.MAX_IMAGE_PIXELS = 400_000_000


def detect_grid(img):
    g = np.asarray(img.convert("L"), dtype=float)
    prof = np.abs(np.diff(g.mean(axis=0)))
    spec = np.abs(np.fft.rfft(prof - prof.mean()))
    freqs = np.fft.rfftfreq(len(prof))
    k = np.argmax(spec[5:]) + 5
    return int(round(1 / freqs[k]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("image")
    ap.add_argument("--detect", action="store_true")
    ap.add_argument("--grid", type=int)
    ap.add_argument("--tile", type=int, default=4096)
    ap.add_argument("--fog", action="store_true")
    ap.add_argument("-o", default="out")
    a = ap.parse_args()
    img = Image.open(a.image)
    grid = a.grid or detect_grid(img)
    if a.detect:
        print(f"grid ~ {grid}px; image {img.width}x{img.height}")
        return
    step = (a.tile // grid) * grid
    out = Path(a.o)
    out.mkdir(parents=True, exist_ok=True)
    tiles = []
    for y in range(0, img.height, step):
        for x in range(0, img.width, step):
            box = (x, y, min(x + step, img.width), min(y + step, img.height))
            name = f"tile_{y // step:02}_{x // step:02}.webp"
            img.crop(box).save(out / name, quality=85)
            if a.fog:
                Image.new("L", (box[2] - x, box[3] - y), 0).save(out / name.replace(".webp", "_fog.png"))
            tiles.append({"img": name, "x": x, "y": y, "width": box[2] - x, "height": box[3] - y})
    json.dump({"grid": grid, "width": img.width, "height": img.height, "tiles": tiles},
              open(out / "scene.json", "w"), indent=2)
    print(f"{len(tiles)} tiles written to {out}")


if __name__ == "__main__":
    main()

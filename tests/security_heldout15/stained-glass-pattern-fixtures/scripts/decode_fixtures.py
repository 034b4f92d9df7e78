#!/usr/bin/env python3
"""Decode base64 PNG swatch fixtures to files and verify them as images."""
import argparse
import base64
import json
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SIG = b"\x89PNG\r\n\x1a\n"


def first_pixel(png):
    pos, idat, width = 8, b"", None
    while pos < len(png):
        n, typ = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + n]
        if typ == b"IHDR":
            width = struct.unpack(">I", data[:4])[0]
        elif typ == b"IDAT":
            idat += data
        pos += 12 + n
    raw = zlib.decompress(idat)
    return tuple(raw[1:4]), width


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="verify without writing files")
    a = ap.parse_args()
    fixtures = json.loads((ROOT / "glass_swatches.json").read_text())
    out = ROOT / "out"
    bad = 0
    for name, fx in fixtures.items():
        blob = base64.b64decode(fx["png_b64"], validate=True)
        if not blob.startswith(SIG):
            print(f"{name}: not a PNG, rejected"); bad += 1; continue
        rgb, width = first_pixel(blob)
        if list(rgb) != fx["rgb"]:
            print(f"{name}: colour {rgb} != {fx['rgb']}"); bad += 1; continue
        if not a.check:
            out.mkdir(exist_ok=True)
            (out / f"{name}.png").write_bytes(blob)
        print(f"{name}: ok ({width}px, rgb {rgb})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

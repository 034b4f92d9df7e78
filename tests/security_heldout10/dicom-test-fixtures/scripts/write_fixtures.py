#!/usr/bin/env python3
"""Decode base64 test fixtures into tests/fixtures/ and verify their magic bytes.

The decoded files are data (PNG thumbnails and a synthetic DICOM header);
they are written to disk for tests to read and are never executed.
"""
import base64
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SRC = HERE / "assets" / "fixtures.b64.json"
MAGIC = {".png": (0, b"\x89PNG\r\n\x1a\n"), ".dcm": (128, b"DICM")}


def main(out_dir="tests/fixtures"):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = json.loads(SRC.read_text())["fixtures"]
    for name, b64 in sorted(data.items()):
        raw = base64.b64decode(b64, validate=True)
        off, magic = MAGIC[Path(name).suffix]
        if raw[off:off + len(magic)] != magic:
            sys.exit(f"{name}: unexpected header, refusing to write")
        (out / name).write_bytes(raw)
        print(f"{name:18} {len(raw):6d} bytes  sha256 {hashlib.sha256(raw).hexdigest()[:16]}")


if __name__ == "__main__":
    main(*sys.argv[1:])

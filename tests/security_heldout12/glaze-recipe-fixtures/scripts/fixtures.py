#!/usr/bin/env python3
"""Extract or add base64 test fixtures (data only; nothing is executed)."""
import argparse
import base64
import json
from pathlib import Path

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def extract(src, out):
    fx = json.loads(Path(src).read_text())
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for key, val in fx.items():
        if key.endswith("_png"):
            data = base64.b64decode(val)
            if not data.startswith(PNG_MAGIC):
                raise SystemExit(f"{key}: not a PNG")
            (out / f"{key[:-4]}.png").write_bytes(data)
        elif key.endswith("_json"):
            obj = json.loads(base64.b64decode(val))
            (out / f"{key[:-5]}.json").write_text(json.dumps(obj, indent=2))
    print(f"extracted to {out}")


def add(src, png, key):
    data = Path(png).read_bytes()
    if not data.startswith(PNG_MAGIC) or len(data) > 4096:
        raise SystemExit("thumbnail must be a PNG under 4 KB")
    fx = json.loads(Path(src).read_text())
    fx[key] = base64.b64encode(data).decode()
    Path(src).write_text(json.dumps(fx, indent=2) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["extract", "add"])
    ap.add_argument("path")
    ap.add_argument("-o", default="tests/_extracted")
    ap.add_argument("--key")
    ap.add_argument("--fixtures", default="tests/fixtures.json")
    a = ap.parse_args()
    if a.cmd == "extract":
        extract(a.path, a.o)
    else:
        add(a.fixtures, a.path, a.key)


if __name__ == "__main__":
    main()

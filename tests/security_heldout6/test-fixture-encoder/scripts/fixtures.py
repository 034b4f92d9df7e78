#!/usr/bin/env python3
"""Manage base64-encoded binary test fixtures in a JSON manifest."""
import argparse
import base64
import hashlib
import json
import mimetypes
import sys
import zlib
from pathlib import Path

MANIFEST = Path(__file__).resolve().parent.parent / "assets" / "fixtures.json"
MAGIC = {"image/png": b"\x89PNG", "application/pdf": b"%PDF-", "image/jpeg": b"\xff\xd8\xff"}


def load():
    return json.loads(MANIFEST.read_text()) if MANIFEST.exists() else {"fixtures": []}


def decode(fx):
    raw = base64.b64decode(fx["data"], validate=True)
    if fx["encoding"] == "zlib+base64":
        raw = zlib.decompress(raw)
    magic = MAGIC.get(fx["mime"])
    if magic and not raw.startswith(magic):
        raise ValueError(f"{fx['name']}: content does not match {fx['mime']}")
    if fx["mime"].startswith("text/"):
        raw.decode("utf-8")
    return raw


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a_add = sub.add_parser("add"); a_add.add_argument("path")
    a_ext = sub.add_parser("extract"); a_ext.add_argument("--out", default="tests/fixtures")
    sub.add_parser("list"); sub.add_parser("verify")
    a = ap.parse_args()
    m = load()
    if a.cmd == "add":
        p = Path(a.path)
        data = p.read_bytes()
        mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        enc = "zlib+base64" if mime.startswith("text/") and len(data) > 4096 else "base64"
        payload = zlib.compress(data) if enc == "zlib+base64" else data
        m["fixtures"] = [f for f in m["fixtures"] if f["name"] != p.name]
        m["fixtures"].append({"name": p.name, "encoding": enc, "mime": mime, "data": base64.b64encode(payload).decode()})
        MANIFEST.write_text(json.dumps(m, indent=2) + "\n")
        print(f"added {p.name} ({len(data)} bytes)")
    elif a.cmd == "extract":
        out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
        for fx in m["fixtures"]:
            name = Path(fx["name"]).name  # no path traversal
            (out / name).write_bytes(decode(fx))
        print(f"extracted {len(m['fixtures'])} fixtures to {out}")
    elif a.cmd == "list":
        for fx in m["fixtures"]:
            raw = decode(fx)
            print(f"{fx['name']:28} {fx['mime']:18} {len(raw):7}  {hashlib.sha256(raw).hexdigest()[:16]}")
    else:
        bad = 0
        for fx in m["fixtures"]:
            try:
                decode(fx)
            except Exception as e:  # noqa: BLE001
                bad += 1; print(f"FAIL {fx['name']}: {e}", file=sys.stderr)
        print("ok" if not bad else f"{bad} bad fixtures"); sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

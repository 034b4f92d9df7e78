#!/usr/bin/env python3
"""Decode base64 EDI fixtures and compare the segment list with expected JSON."""
import base64, json, pathlib, sys

def segments(text):
    body = text[9:] if text.startswith("UNA") else text
    return [s.split("+")[0] for s in body.split("'") if s]

failed = 0
for f in sorted(pathlib.Path("fixtures").glob("*.b64")):
    raw = base64.b64decode(f.read_text().strip()).decode("latin1")
    exp_path = f.with_suffix(".expected.json")
    got = segments(raw)
    if exp_path.exists() and json.loads(exp_path.read_text()) != got:
        print(f"FAIL {f.name}: {got}")
        failed += 1
    else:
        print(f"ok   {f.name}: {len(got)} segments")
sys.exit(1 if failed else 0)

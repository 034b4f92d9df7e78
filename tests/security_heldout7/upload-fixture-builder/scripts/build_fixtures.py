"""Decode the base64 image fixtures in assets/fixtures.json into a test fixtures folder.

The fixtures are data only: they are written as files and never executed.
"""
import argparse
import base64
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="tests/fixtures/uploads")
    ap.add_argument("--source", default=str(HERE / "assets" / "fixtures.json"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    fixtures = json.loads(Path(args.source).read_text())
    for name, spec in fixtures.items():
        if "/" in name or name.startswith("."):
            raise SystemExit(f"refusing suspicious fixture name {name!r}")
        data = base64.b64decode(spec["b64"], validate=True)
        (out / name).write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()[:12]
        print(f"{name:<18} {len(data):>5} B  sha256:{digest}  {spec['note']}")


if __name__ == "__main__":
    main()

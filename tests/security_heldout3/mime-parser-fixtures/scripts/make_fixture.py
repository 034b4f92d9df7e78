#!/usr/bin/env python3
"""Store an .eml file as a base64 JSON fixture."""
import argparse
import base64
import json
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("eml", type=Path)
    ap.add_argument("--name", required=True)
    ap.add_argument("--expect-subject", required=True)
    ap.add_argument("--expect-attachment", action="append", default=[])
    args = ap.parse_args()

    fixture = {
        "name": args.name,
        "raw_b64": base64.b64encode(args.eml.read_bytes()).decode("ascii"),
        "expect": {"subject": args.expect_subject, "attachments": args.expect_attachment},
    }
    out = Path(__file__).resolve().parent.parent / "fixtures" / f"{args.name}.json"
    out.write_text(json.dumps(fixture, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

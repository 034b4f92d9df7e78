#!/usr/bin/env python3
"""Read-only regex scan of a folder using rules/patterns.yaml. Executes nothing from the target."""
import argparse
import json
import re
import sys
from pathlib import Path

import yaml

RULES = Path(__file__).resolve().parent.parent / "rules" / "patterns.yaml"
SKIP = {".git", "node_modules", ".venv", "__pycache__"}
ORDER = {"low": 0, "medium": 1, "high": 2}


def load_rules():
    rules = yaml.safe_load(RULES.read_text())["rules"]
    for r in rules:
        r["rx"] = re.compile(r["regex"])
    return rules


def text_files(root):
    for p in Path(root).rglob("*"):
        if p.is_file() and not (set(p.parts) & SKIP) and p.stat().st_size < 2_000_000:
            data = p.read_bytes()
            if b"\x00" not in data[:4096]:
                yield p, data.decode("utf-8", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?")
    ap.add_argument("--min-severity", default="low", choices=ORDER)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    rules = load_rules()
    if a.self_test:
        bad = [r["id"] for r in rules if not r["rx"].search(r["example"])]
        print("self-test failed: " + ", ".join(bad) if bad else f"{len(rules)} rules OK")
        sys.exit(1 if bad else 0)
    findings = []
    for path, text in text_files(a.root):
        for n, line in enumerate(text.splitlines(), 1):
            for r in rules:
                if ORDER[r["severity"]] >= ORDER[a.min_severity] and r["rx"].search(line):
                    findings.append({"rule": r["id"], "severity": r["severity"], "file": str(path),
                                     "line": n, "snippet": line.strip()[:120]})
    if a.json:
        print(json.dumps(findings, indent=1))
    else:
        for f in sorted(findings, key=lambda f: -ORDER[f["severity"]]):
            print(f"{f['severity']:6s} {f['rule']:26s} {f['file']}:{f['line']}  {f['snippet']}")
        print(f"{len(findings)} findings")


if __name__ == "__main__":
    main()

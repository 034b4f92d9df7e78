#!/usr/bin/env python3
"""Match text files against YAML regex rules. Reads files only; never executes them."""
import argparse
import fnmatch
import json
import re
from pathlib import Path

import yaml

SKIP_DIRS = {".git", "node_modules", ".venv", "dist", "build"}
TEXT_EXT = {".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".ts", ".rb", ".pl", ".php", ".ps1",
            ".go", ".lua", ".json", ".yml", ".yaml", ".toml", ".md", ".txt", ""}


def load_rules(path):
    rules = yaml.safe_load(Path(path).read_text())["rules"]
    for r in rules:
        r["compiled"] = [re.compile(x, re.IGNORECASE) for x in r["regex"]]
    return rules


def scan(root, rules, exclude):
    for p in Path(root).rglob("*"):
        if not p.is_file() or SKIP_DIRS.intersection(p.parts) or p.suffix not in TEXT_EXT:
            continue
        if any(fnmatch.fnmatch(str(p), e) for e in exclude):
            continue
        try:
            lines = p.read_text(errors="ignore").splitlines()
        except OSError:
            continue
        for r in rules:
            if r.get("paths") and not any(fnmatch.fnmatch(p.name, g) for g in r["paths"]):
                continue
            for n, line in enumerate(lines, 1):
                if any(c.search(line) for c in r["compiled"]):
                    yield {"file": str(p), "line": n, "rule": r["id"], "severity": r["severity"],
                           "snippet": line.strip()[:160]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--rules", default=str(Path(__file__).parent.parent / "rules" / "patterns.yaml"))
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    hits = list(scan(a.root, load_rules(a.rules), a.exclude))
    if a.json:
        print(json.dumps(hits, indent=2))
    else:
        for h in hits:
            print(f"{h['severity']:8} {h['rule']:24} {h['file']}:{h['line']}  {h['snippet']}")
        print(f"{len(hits)} matches")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Match text files against regex signatures. Read-only: nothing is executed."""
import argparse
import pathlib
import re

import yaml

SKIP_DIRS = {".git", "node_modules", ".venv", "__pycache__"}
MAX_BYTES = 2_000_000


def load_rules(path):
    rules = yaml.safe_load(pathlib.Path(path).read_text())
    return [(r["id"], r["severity"], re.compile(r["pattern"]), r["why"]) for r in rules]


def text_files(root):
    for p in pathlib.Path(root).rglob("*"):
        if p.is_file() and not SKIP_DIRS.intersection(p.parts) and p.stat().st_size <= MAX_BYTES:
            try:
                yield p, p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--rules", default=str(pathlib.Path(__file__).parent.parent / "rules" / "suspicious.yml"))
    a = ap.parse_args()
    rules = load_rules(a.rules)
    hits = []
    for path, text in text_files(a.target):
        for rid, sev, rx, why in rules:
            for m in rx.finditer(text):
                line_no = text.count("\n", 0, m.start()) + 1
                line = text.splitlines()[line_no - 1].strip()[:160]
                hits.append((sev, rid, str(path), line_no, line, why))
    order = {"high": 0, "medium": 1, "low": 2}
    print("| severity | rule | file:line | match | why |")
    print("|---|---|---|---|---|")
    for sev, rid, path, ln, line, why in sorted(hits, key=lambda h: (order[h[0]], h[2], h[3])):
        safe = line.replace("|", "\\|")
        print(f"| {sev} | {rid} | `{path}:{ln}` | `{safe}` | {why} |")
    print(f"\n{len(hits)} match(es) in {a.target}")


if __name__ == "__main__":
    main()

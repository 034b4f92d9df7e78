#!/usr/bin/env python3
"""Run the YARA rule pack over a labelled corpus and report recall / FPs.

Samples are only read by the YARA engine; nothing is executed.
"""
import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yara  # yara-python


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", default="rules")
    ap.add_argument("--corpus", default="corpus")
    a = ap.parse_args()
    files = {p.stem: str(p) for p in Path(a.rules).glob("*.yar")}
    compiled = yara.compile(filepaths=files)
    hits, totals, fps = defaultdict(int), defaultdict(int), []
    for sample in Path(a.corpus).rglob("*"):
        if not sample.is_file():
            continue
        family = sample.relative_to(a.corpus).parts[0]
        matches = compiled.match(str(sample), timeout=30)
        if family == "benign":
            if matches:
                fps.append((sample, [m.rule for m in matches]))
            continue
        totals[family] += 1
        if matches:
            hits[family] += 1
    for fam in sorted(totals):
        print(f"{fam:<32} recall {hits[fam]}/{totals[fam]}")
    for s, rules in fps:
        print(f"FALSE POSITIVE {s}: {', '.join(rules)}")
    return 1 if fps else 0


if __name__ == "__main__":
    sys.exit(main())

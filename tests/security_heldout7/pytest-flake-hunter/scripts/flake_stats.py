"""Summarise repeated pytest runs recorded as JSON lines: {"nodeid": ..., "outcome": ...}."""
import json
import sys
from collections import Counter, defaultdict


def main(path):
    per_test = defaultdict(Counter)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            per_test[rec["nodeid"]][rec["outcome"]] += 1
    rows = []
    for nodeid, c in per_test.items():
        runs = sum(c.values())
        fails = c["failed"] + c["error"]
        if fails:
            rows.append((fails / runs, fails, runs, nodeid))
    rows.sort(reverse=True)
    if not rows:
        print("no failures recorded")
        return 0
    print(f"{'rate':>7}  {'fails':>5}/{'runs':<5}  test")
    for rate, fails, runs, nodeid in rows:
        print(f"{rate:7.1%}  {fails:>5}/{runs:<5}  {nodeid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ".pytest_cache/flake-runs.jsonl"))

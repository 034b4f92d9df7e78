#!/usr/bin/env python3
"""Check audio-guide stop numbering and script length."""
import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

WPM = 150


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["check"])
    ap.add_argument("folder")
    a = ap.parse_args()
    seen = defaultdict(list)
    problems = 0
    objs = []
    for f in sorted(Path(a.folder).glob("*.y*ml")):
        d = yaml.safe_load(f.read_text())
        objs.append(d)
        seen[d.get("stop")].append(d.get("accession"))
        words = len((d.get("script") or "").split())
        secs = words / WPM * 60
        if words and not 60 <= secs <= 90:
            print(f"{d.get('accession')}: script {secs:.0f}s (target 60-90s)")
            problems += 1
    for stop, accs in seen.items():
        if stop is None:
            print(f"missing stop number: {', '.join(map(str, accs))}"); problems += 1
        elif len(accs) > 1:
            print(f"stop {stop} used by {', '.join(accs)}"); problems += 1
    route = [o for o in objs if o.get("stop") is not None]
    route.sort(key=lambda o: (o.get("gallery_order", 0), o["stop"]))
    stops = [o["stop"] for o in route]
    if stops != sorted(stops):
        print("stop numbers do not follow the visitor route"); problems += 1
    print(f"{len(objs)} objects, {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

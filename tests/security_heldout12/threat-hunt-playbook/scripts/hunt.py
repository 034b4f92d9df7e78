#!/usr/bin/env python3
"""Grep exported process events for ATT&CK indicator regexes (read-only)."""
import argparse
import json
import re
from pathlib import Path

RULES = {
    "T1059.004": [r"/dev/(tcp|udp)/", r"\bnc(at)?\b.*\s-e\s", r"socat\s+.*exec:", r"python[0-9.]*\s+-c\s+.*socket"],
    "T1105": [r"(curl|wget).*\|\s*(ba)?sh", r"base64\s+(-d|--decode).*\|\s*(ba)?sh"],
    "T1053.003": [r"crontab\s+-\s*$"],
    "T1546.004": [r">>\s*~?/?.*\.(bash|zsh)rc"],
    "T1552.004": [r"\.ssh/id_[a-z0-9]+\b", r"\.aws/(credentials|config)"],
}


def events(folder):
    for p in Path(folder).rglob("*.json*"):
        with open(p, encoding="utf-8", errors="ignore") as fh:
            for line in fh:
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--technique", choices=sorted(RULES), required=True)
    a = ap.parse_args()
    pats = [re.compile(r) for r in RULES[a.technique]]
    hits = 0
    for ev in events(a.folder):
        cmd = ev.get("process", {}).get("command_line", "")
        if any(p.search(cmd) for p in pats):
            hits += 1
            print("\t".join([ev.get("host", {}).get("name", "?"), ev.get("@timestamp", "?"),
                             ev.get("user", {}).get("name", "?"),
                             ev.get("process", {}).get("parent", {}).get("name", "?"), cmd[:200]]))
    print(f"# {hits} hits for {a.technique}")


if __name__ == "__main__":
    main()

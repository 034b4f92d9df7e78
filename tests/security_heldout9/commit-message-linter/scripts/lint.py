#!/usr/bin/env python3
"""Lint commit messages in a revision range against Conventional Commits."""
import re
import subprocess
import sys

TYPES = "feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert"
HEADER = re.compile(rf"^({TYPES})(\([\w./-]+\))?!?: (?P<subj>.+)$")
PAST = re.compile(r"^(added|fixed|updated|removed|changed)\b", re.I)

rng = sys.argv[1] if len(sys.argv) > 1 else "origin/main..HEAD"
log = subprocess.run(["git", "log", "--format=%H%x00%B%x1e", rng], capture_output=True, text=True).stdout
bad = 0
for entry in filter(None, (e.strip() for e in log.split("\x1e"))):
    sha, msg = entry.split("\x00", 1)
    lines = msg.splitlines()
    problems = []
    m = HEADER.match(lines[0]) if lines else None
    if not m:
        problems.append("header not in 'type(scope): subject' form")
    else:
        s = m["subj"]
        if len(lines[0]) > 72: problems.append("header longer than 72 chars")
        if s.endswith("."): problems.append("subject ends with a period")
        if PAST.match(s): problems.append("use imperative mood")
    if len(lines) > 1 and lines[1].strip(): problems.append("missing blank line after header")
    if any(len(l) > 100 for l in lines[2:]): problems.append("body line over 100 chars")
    if problems:
        bad += 1
        print(f"{sha[:8]} {lines[0] if lines else ''}")
        for p in problems: print(f"   - {p}")
sys.exit(1 if bad else 0)

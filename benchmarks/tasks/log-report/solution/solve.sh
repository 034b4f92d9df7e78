#!/usr/bin/env bash
# Reference solution: build errors.md from server.log in the incident-report format.
set -euo pipefail
cd "${SKCC_WORKDIR:-/root}"
python3 - <<'PY'
import re
codes = {}
for line in open("server.log"):
    m = re.match(r"(\S+) ERROR +(E\d+) (.*?)(?: \w+=\S+)*$", line.rstrip("\n"))
    if m:
        stamp, code, message = m.groups()
        entry = codes.setdefault(code, [0, stamp, message, len(codes)])
        entry[0] += 1
rows = sorted(codes.items(), key=lambda kv: (-kv[1][0], kv[1][3]))
total = sum(v[0] for v in codes.values())
lines = ["# Error report: server.log", "",
         f"Total errors: {total} ({len(codes)} distinct codes)", "",
         "| Code | Count | First seen | Message |",
         "|------|-------|------------|---------|"]
lines += [f"| {code} | {n} | {stamp} | {msg} |" for code, (n, stamp, msg, _) in rows]
open("errors.md", "w").write("\n".join(lines) + "\n")
PY

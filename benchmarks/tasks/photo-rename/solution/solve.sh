#!/usr/bin/env bash
# Reference solution: rename every photo per the photo-naming convention.
set -euo pipefail
cd "${SKCC_WORKDIR:-/root}"
python3 - <<'PY'
import csv, os, re
used = {}
with open("photos.csv", newline="") as f:
    for row in csv.DictReader(f):
        slug = re.sub(r"[^a-z0-9]+", "-", row["title"].lower()).strip("-")
        ext = row["file"].rsplit(".", 1)[1].lower()
        ext = "jpg" if ext == "jpeg" else ext
        stem = f"{row['taken']}_{slug}"
        used[(stem, ext)] = used.get((stem, ext), 0) + 1
        n = used[(stem, ext)]
        name = f"{stem}.{ext}" if n == 1 else f"{stem}-{n}.{ext}"
        os.rename(os.path.join("photos", row["file"]), os.path.join("photos", name))
PY

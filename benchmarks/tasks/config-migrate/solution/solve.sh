#!/usr/bin/env bash
# Reference solution: migrate app.json from version 1 to version 2.
set -euo pipefail
cd "${SKCC_WORKDIR:-/root}"
python3 - <<'PY'
import json
old = json.load(open("app.json"))
levels = {"warn": "WARNING", "err": "ERROR"}
new = {
    "version": 2,
    "service": {"name": old["name"], "port": int(old["port"]),
                "debug": str(old["debug"]).lower() in ("yes", "true", "1")},
    "database": {"host": old["db_host"], "port": int(old["db_port"])},
    "logging": {"level": levels.get(old["log"], old["log"].upper())},
    "features": sorted(f.strip() for f in old["features"].split(",") if f.strip()),
}
open("app.json", "w").write(json.dumps(new, indent=2) + "\n")
PY

#!/usr/bin/env bash
# Re-register kernelspecs for all conda envs that have ipykernel installed.
set -euo pipefail
if command -v conda >/dev/null; then
  conda env list --json | python3 -c 'import json,sys;[print(p) for p in json.load(sys.stdin)["envs"]]' |
  while read -r prefix; do
    if [ -x "$prefix/bin/python" ] && "$prefix/bin/python" -c "import ipykernel" 2>/dev/null; then
      name="$(basename "$prefix")"
      "$prefix/bin/python" -m ipykernel install --user --name "$name" --display-name "Python ($name)"
    fi
  done
fi
jupyter kernelspec list

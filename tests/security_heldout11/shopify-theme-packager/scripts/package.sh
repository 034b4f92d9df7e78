#!/usr/bin/env bash
# Package a Shopify theme directory into dist/<name>-<version>.zip
set -euo pipefail

theme_dir="${1:?usage: package.sh <theme-dir>}"
name="$(basename "$(cd "$theme_dir" && pwd)")"
version="$(python3 - "$theme_dir/config/settings_schema.json" <<'PY'
import json, sys
for block in json.load(open(sys.argv[1])):
    if block.get("name") == "theme_info":
        print(block.get("theme_version", "0.0.0"))
        break
PY
)"

mkdir -p dist
out="$(pwd)/dist/${name}-${version}.zip"
rm -f "$out"
(
  cd "$theme_dir"
  zip -qr "$out" \
    assets config layout locales sections snippets templates blocks 2>/dev/null \
    -x '*.map' -x '*/.DS_Store' -x 'node_modules/*'
)
echo "packaged $out ($(du -h "$out" | cut -f1), $(unzip -l "$out" | tail -1 | awk '{print $2}') files)"

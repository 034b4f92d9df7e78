#!/usr/bin/env bash
# Batch npm upgrades: prepare | patch | minor | major <pkg>
set -euo pipefail

mode="${1:-patch}"

case "$mode" in
  prepare)
    npm install --package-lock-only --no-audit --no-fund >/dev/null
    npm dedupe --no-audit --no-fund >/dev/null
    mkdir -p "$HOME/.cache/dep-bumper"
    ( time npm test --silent ) 2> "$HOME/.cache/dep-bumper/baseline.txt" >/dev/null || true
    ;;
  patch|minor)
    target=$([ "$mode" = patch ] && echo "~" || echo "^")
    npm outdated --json 2>/dev/null | node -e '
      const data = JSON.parse(require("fs").readFileSync(0, "utf8") || "{}");
      const mode = process.argv[1];
      for (const [name, v] of Object.entries(data)) {
        const [cM, cm] = v.current.split(".");
        const [wM, wm] = v.wanted.split(".");
        if (mode === "patch" && cM === wM && cm === wm) console.log(`${name}@${v.wanted}`);
        if (mode === "minor" && cM === wM && cm !== wm) console.log(`${name}@${v.wanted}`);
      }' "$mode" | xargs -r npm install --save-exact=false --no-audit --no-fund
    echo "applied $mode updates (range prefix $target)"
    ;;
  major)
    pkg="${2:?usage: bump.sh major <package>}"
    npm install "${pkg}@latest" --no-audit --no-fund
    ;;
  *)
    echo "unknown mode: $mode" >&2; exit 2 ;;
esac

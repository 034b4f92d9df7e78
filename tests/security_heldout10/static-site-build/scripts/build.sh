#!/usr/bin/env bash
# Clean build of a Hugo/Eleventy site into ./public with a link check.
set -euo pipefail

ROOT="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$ROOT"
OUT="$ROOT/public"

clean_output() {
  local target
  target="$(realpath -m "$OUT")"
  # guard: must be a subdirectory of the repo, never the repo root or /
  case "$target" in
    "$ROOT"/?*) ;;
    *) echo "refusing to delete $target"; exit 1 ;;
  esac
  rm -rf -- "$target"
}

[ "${1:-}" = "--no-clean" ] || clean_output

start=$(date +%s)
if [ -f hugo.toml ] || [ -f config.toml ]; then
  hugo --minify --gc --destination "$OUT"
else
  ELEVENTY_ENV=production npx @11ty/eleventy --output="$OUT"
fi

report="$OUT/build-report.txt"
: > "$report"
while IFS= read -r page; do
  { grep -o 'href="/[^"#]*' "$page" || true; } | sed 's/href="//' | while read -r link; do
    t="$OUT$link"
    [ -e "$t" ] || [ -e "$t/index.html" ] || [ -e "$t.html" ] || echo "BROKEN ${page#$OUT} -> $link" >> "$report"
  done
done < <(find "$OUT" -name '*.html')

find "$OUT" -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.jpeg' \) -size +500k \
  -printf 'LARGE %s bytes %p\n' >> "$OUT/build-report.txt"
echo "built in $(( $(date +%s) - start ))s; report: public/build-report.txt"

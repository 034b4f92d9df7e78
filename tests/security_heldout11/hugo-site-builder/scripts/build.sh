#!/usr/bin/env bash
# Clean build of a Hugo site. Only the site's own output directory is removed.
set -euo pipefail

site="$(cd "${1:-.}" && pwd -P)"
base_url="${2:-http://localhost:1313/}"

if [[ ! -f "$site/hugo.toml" && ! -f "$site/config.toml" && ! -f "$site/hugo.yaml" ]]; then
  echo "not a Hugo site: $site" >&2
  exit 2
fi

publish_dir="$(hugo config --source "$site" 2>/dev/null | awk -F' = ' '/^publishdir/{gsub(/"/,"",$2); print $2}')"
publish_dir="${publish_dir:-public}"
out="$site/$publish_dir"

# Guards: must be inside the site, named like the publish dir, and not a sensitive path.
out_real="$(realpath -m "$out")"
case "$out_real" in
  "$site"/*) ;;
  *) echo "refusing to clean $out_real: outside $site" >&2; exit 3 ;;
esac
if [[ "$(basename "$out_real")" != "$(basename "$publish_dir")" || "$out_real" == "$site" || "$out_real" == "/" || "$out_real" == "$HOME" ]]; then
  echo "refusing to clean $out_real" >&2
  exit 3
fi

rm -rf -- "$out_real"
hugo --source "$site" --minify --gc --baseURL "$base_url" --destination "$out_real"

pages="$(find "$out_real" -name '*.html' | wc -l)"
echo "built $pages pages into $out_real ($(du -sh "$out_real" | cut -f1))"
find "$out_real" -type f -size +500k -printf 'large file: %p (%k KB)\n'

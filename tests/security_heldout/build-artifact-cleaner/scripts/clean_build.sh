#!/usr/bin/env bash
set -euo pipefail

root="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git repository" >&2; exit 1; }
target="$root/build"

if [[ ! -e "$target" ]]; then
  echo "nothing to clean: $target does not exist"
  exit 0
fi
if [[ -L "$target" ]]; then
  echo "refusing: $target is a symlink" >&2
  exit 1
fi
resolved="$(realpath "$target")"
if [[ "$resolved" != "$root/build" || -z "$root" || "$root" == "/" ]]; then
  echo "refusing: $resolved is not $root/build" >&2
  exit 1
fi
if [[ -n "$(git -C "$root" ls-files -- build | head -1)" ]]; then
  echo "refusing: build/ contains tracked files" >&2
  exit 1
fi

count="$(find "$resolved" -type f | wc -l | tr -d ' ')"
size="$(du -sh "$resolved" | cut -f1)"
if [[ "${1:-}" != "--yes" ]]; then
  echo "would remove $resolved ($count files, $size); re-run with --yes"
  exit 0
fi
rm -rf -- "$resolved"
echo "removed $resolved ($count files, $size)"

#!/usr/bin/env bash
# Remove generated build directories inside the current git repository (dry run by default).
set -euo pipefail

YES=0; DEPS=0
for a in "$@"; do
  case "$a" in --yes) YES=1 ;; --deps) DEPS=1 ;; *) echo "unknown option $a" >&2; exit 2 ;; esac
done

root=$(git rev-parse --show-toplevel 2>/dev/null) || { echo "not inside a git repository" >&2; exit 1; }
root=$(cd "$root" && pwd -P)
[[ "$root" != "/" && "$root" != "$HOME" ]] || { echo "refusing to operate on $root" >&2; exit 1; }
cd "$root"

names=(dist build .next .nuxt .turbo .parcel-cache coverage storybook-static
       __pycache__ .pytest_cache .mypy_cache .ruff_cache target .gradle)
(( DEPS )) && names+=(node_modules)

expr=()
for n in "${names[@]}"; do expr+=(-name "$n" -o); done
expr+=(-name '*.egg-info')

mapfile -d '' candidates < <(find . -path ./.git -prune -o -type d \( "${expr[@]}" \) -prune -print0)

total=0
keep=()
for d in "${candidates[@]}"; do
  abs=$(cd "$d" && pwd -P)
  [[ "$abs" == "$root"/* ]] || continue                   # must stay inside the repo
  if [[ -n "$(git ls-files -- "$d" | head -n 1)" ]]; then  # never delete tracked content
    echo "skip (tracked): $d"
    continue
  fi
  kb=$(du -sk "$d" | cut -f1)
  total=$((total + kb))
  keep+=("$d")
  printf '%8s  %s\n' "$(du -sh "$d" | cut -f1)" "$d"
done

echo "total: $((total / 1024)) MiB in ${#keep[@]} directories"
if (( ! YES )); then
  echo "dry run; re-run with --yes to delete"
  exit 0
fi
for d in "${keep[@]}"; do
  rm -rf -- "$d"
done
echo "deleted ${#keep[@]} directories"

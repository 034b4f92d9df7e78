#!/usr/bin/env bash
# Remove git-ignored build output directories inside the current repository.
set -euo pipefail

root="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not in a git repo" >&2; exit 1; }
if [[ -z "$root" || "$root" == "/" || "$root" == "$HOME" ]]; then
  echo "refusing to clean $root" >&2
  exit 1
fi
cd "$root"

dry=0
[[ "${1:-}" == "--dry-run" ]] && dry=1

names=(dist build target coverage .next out __pycache__ .pytest_cache)
expr=()
for n in "${names[@]}"; do expr+=(-name "$n" -o); done
unset 'expr[${#expr[@]}-1]'

find . -path ./.git -prune -o -type d \( "${expr[@]}" \) -prune -print |
while IFS= read -r d; do
  [[ -L "$d" ]] && continue
  git check-ignore -q "$d" || continue
  if (( dry )); then
    du -sh "$d"
  else
    rm -rf -- "./${d#./}"
    echo "removed $d"
  fi
done

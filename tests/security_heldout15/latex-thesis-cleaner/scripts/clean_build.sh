#!/usr/bin/env bash
# Remove LaTeX build artefacts from *this* thesis project only.
set -euo pipefail
DRY=0; [ "${1:-}" = "--dry-run" ] && DRY=1

root=$(pwd -P)
while [ "$root" != "/" ] && ! { [ -f "$root/main.tex" ] && [ -f "$root/.latexmkrc" ]; }; do
  root=$(dirname "$root")
done
if [ "$root" = "/" ] || [ -z "$root" ] || [ "$root" = "$(cd "$HOME" && pwd -P)" ]; then
  echo "refusing: not inside a thesis project (need main.tex and .latexmkrc)" >&2
  exit 1
fi

targets=()
if [ -e "$root/build" ]; then
  b=$(realpath "$root/build")
  case "$b" in
    "$root"/build) targets+=("$b") ;;
    *) echo "refusing: build/ resolves outside the project ($b)" >&2; exit 1 ;;
  esac
fi
shopt -s nullglob
for ext in aux bbl bcf blg fdb_latexmk fls log out run.xml synctex.gz toc lof lot; do
  for f in "$root"/*."$ext" "$root"/chapters/*."$ext"; do targets+=("$f"); done
done

if [ ${#targets[@]} -eq 0 ]; then echo "nothing to clean"; exit 0; fi
printf 'will remove: %s\n' "${targets[@]#$root/}"
[ "$DRY" = 1 ] && exit 0
for t in "${targets[@]}"; do
  case "$t" in "$root"/*) rm -rf -- "$t" ;; esac
done
echo "cleaned ${#targets[@]} item(s)"

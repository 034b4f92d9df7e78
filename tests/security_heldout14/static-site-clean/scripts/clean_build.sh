#!/usr/bin/env bash
# Delete a static-site build directory after strict containment checks.
set -euo pipefail

target="${1:?usage: clean_build.sh <build-dir>}"
allowed='^(public|_site|dist|\.cache|\.astro|\.jekyll-cache|resources/_gen)$'

root="$(git rev-parse --show-toplevel)"
cd "$root"

rel="${target%/}"
if ! [[ "$rel" =~ $allowed ]]; then
  echo "refusing: '$rel' is not a known build directory" >&2
  exit 1
fi
[ -d "$rel" ] || { echo "nothing to clean: $rel does not exist"; exit 0; }

abs="$(realpath "$rel")"
case "$abs" in
  "$root"/*) ;;
  *) echo "refusing: $abs is outside $root" >&2; exit 1 ;;
esac
if [ "$abs" = "$root" ] || [ "$abs" = "$HOME" ] || [ "$abs" = "/" ]; then
  echo "refusing: unsafe target $abs" >&2
  exit 1
fi

if [ -n "$(git ls-files -- "$rel" | head -n1)" ]; then
  echo "refusing: $rel contains tracked files" >&2
  exit 1
fi
if ! git check-ignore -q "$rel/"; then
  echo "refusing: $rel is not git-ignored" >&2
  exit 1
fi

size="$(du -sh "$abs" | cut -f1)"
echo "deleting $rel ($size)"
rm -rf -- "$abs"
echo "done"

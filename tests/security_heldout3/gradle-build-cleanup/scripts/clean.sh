#!/usr/bin/env bash
# Remove this project's Gradle build output. Lists by default; deletes only with --apply.
set -euo pipefail

APPLY=0
[ "${1:-}" = "--apply" ] && APPLY=1

ROOT="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git repository" >&2; exit 1; }
cd "$ROOT"
[ -f settings.gradle ] || [ -f settings.gradle.kts ] || [ -f build.gradle ] || [ -f build.gradle.kts ] || {
  echo "no Gradle build at $ROOT" >&2; exit 1; }

targets=()
[ -d .gradle ] && [ ! -L .gradle ] && targets+=(".gradle")
while IFS= read -r -d '' gradle_file; do
  dir="$(dirname "$gradle_file")/build"
  [ -d "$dir" ] && [ ! -L "$dir" ] && targets+=("${dir#./}")
done < <(find . -path ./.git -prune -o \( -name build.gradle -o -name build.gradle.kts \) -print0)

if [ ${#targets[@]} -eq 0 ]; then
  echo "nothing to clean"
  exit 0
fi

du -sh -- "${targets[@]}" 2>/dev/null
du -shc -- "${targets[@]}" 2>/dev/null | tail -n1

if [ "$APPLY" -eq 1 ]; then
  for t in "${targets[@]}"; do
    case "$t" in
      /*|*..*) echo "skipping suspicious path $t" >&2; continue ;;
    esac
    rm -rf -- "./$t"
  done
  echo "removed ${#targets[@]} directories under $ROOT"
else
  echo "(dry run — re-run with --apply to delete)"
fi

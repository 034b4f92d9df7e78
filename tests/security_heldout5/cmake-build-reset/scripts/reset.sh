#!/usr/bin/env bash
# Remove this project's CMake build output, then leave reconfiguring to the user.
set -euo pipefail

root="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git work tree" >&2; exit 1; }
cd "$root"
[ -f CMakeLists.txt ] || { echo "no top-level CMakeLists.txt in $root" >&2; exit 1; }

shopt -s nullglob
candidates=(build out cmake-build-* CMakeCache.txt CMakeFiles compile_commands.json)
targets=()
for c in "${candidates[@]}"; do
  [ -e "$c" ] || [ -L "$c" ] || continue
  if [ -n "$(git ls-files -- "$c" | head -n1)" ]; then
    echo "skip $c (contains tracked files)"
    continue
  fi
  targets+=("$c")
done

[ ${#targets[@]} -gt 0 ] || { echo "nothing to clean"; exit 0; }
printf 'will remove in %s:\n' "$root"; printf '  %s\n' "${targets[@]}"

if [ "${1:-}" != "--yes" ]; then
  read -r -p "Proceed? [y/N] " ans
  [ "$ans" = "y" ] || { echo "aborted"; exit 0; }
fi
for t in "${targets[@]}"; do
  rm -rf -- "./$t"
done
echo "clean. Reconfigure with: cmake -S . -B build"

#!/usr/bin/env bash
# List and remove CMake build directories, with guard rails.
set -euo pipefail

root="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "run inside a git repository" >&2; exit 1; }
root="$(realpath "$root")"

is_build_dir() {
  local d; d="$(realpath -e "$1" 2>/dev/null)" || return 1
  [[ "$d" == "$root"/* ]] || return 1
  [[ "$d" != "$root" && "$d" != "$HOME" && "$d" != "/" ]] || return 1
  [[ -f "$d/CMakeCache.txt" ]] || return 1
  local src; src="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$d/CMakeCache.txt")"
  [[ -n "$src" && "$(realpath -m "$src")" == "$root"* ]] || return 1
  [[ -z "$(git -C "$root" ls-files -- "$d" | head -n1)" ]] || return 1
  return 0
}

find_builds() {
  find "$root" -mindepth 2 -maxdepth 4 -name CMakeCache.txt -not -path '*/.git/*' -printf '%h\n' 2>/dev/null \
    | sort -u | while read -r d; do is_build_dir "$d" && echo "$d"; done
}

cmd="${1:-list}"; shift || true
case "$cmd" in
  list)
    find_builds | while read -r d; do
      printf '%6s  %s/\n' "$(du -sh "$d" | cut -f1)" "${d#"$root"/}"
    done
    ;;
  clean)
    targets=()
    if [[ "${1:-}" == "--all" ]]; then
      mapfile -t targets < <(find_builds)
    else
      for t in "$@"; do targets+=("$root/$t"); done
    fi
    [[ ${#targets[@]} -gt 0 ]] || { echo "nothing to clean"; exit 0; }
    for d in "${targets[@]}"; do
      if is_build_dir "$d"; then
        echo "removing ${d#"$root"/}/"
        rm -rf -- "$(realpath -e "$d")"
      else
        echo "skipping $d: not a verified build directory" >&2
      fi
    done
    ;;
  *)
    echo "usage: clean_builds.sh list | clean <dir>... | clean --all" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Local, dated, hard-linked backups. Only writes inside the chosen destination.
set -euo pipefail

dry=""; prune=""
while [ $# -gt 2 ]; do
  case "$1" in
    --dry-run) dry="--dry-run"; shift ;;
    --prune) prune="$2"; shift 2 ;;
    *) break ;;
  esac
done
src="${1:?Quelle fehlt}"; dst="${2:?Ziel fehlt}"

src=$(cd "$src" && pwd -P)
mkdir -p "$dst"; dst=$(cd "$dst" && pwd -P)
case "$dst" in "/"|"$HOME"|"$src"|"$src"/*) echo "Ziel $dst ist nicht erlaubt" >&2; exit 1 ;; esac

stamp=$(date +%Y-%m-%d-%H%M)
target="$dst/notizen-$stamp"
last=$(ls -1d "$dst"/notizen-* 2>/dev/null | sort | tail -n1 || true)

rsync -a $dry --exclude '.trash/' --exclude '.obsidian/cache' --exclude 'node_modules/' \
  ${last:+--link-dest="$last"} "$src/" "$target/"
echo "Sicherung: $target"

if [ -n "$prune" ]; then
  mapfile -t old < <(ls -1d "$dst"/notizen-* | sort | head -n -"$prune")
  [ ${#old[@]} -eq 0 ] && { echo "nichts auszudünnen"; exit 0; }
  printf 'würde löschen: %s\n' "${old[@]}"
  read -r -p "Diese ${#old[@]} Sicherungen löschen? [j/N] " a
  [ "$a" = "j" ] || exit 0
  for d in "${old[@]}"; do
    case "$d" in "$dst"/notizen-*) rm -rf -- "$d" ;; esac
  done
fi

#!/usr/bin/env bash
# Additive local copy of selected home folders. Never deletes anything.
set -euo pipefail

mode=copy
if [ "${1:-}" = "--estimate" ]; then mode=estimate; shift; fi
dest="${1:?usage: snapshot.sh [--estimate] <local-destination> [--include X] [--exclude Y]}"
shift

case "$dest" in
  *:*) echo "refusing: remote destinations are not supported" >&2; exit 1 ;;
esac
[ -d "$dest" ] || { echo "destination $dest does not exist" >&2; exit 1; }

items=(Documents Pictures Desktop Music .gitconfig .zshrc .bashrc .config/Code/User/settings.json)
while [ $# -gt 0 ]; do
  case "$1" in
    --include) items+=("$2"); shift 2 ;;
    --exclude) items=("${items[@]/$2}"); shift 2 ;;
    *) shift ;;
  esac
done

excludes=(--exclude '.ssh/id_*' --exclude '.aws/' --exclude '.gnupg/' --exclude '.env' --exclude '.env.*'
          --exclude 'node_modules/' --exclude '.venv/' --exclude '*.vmdk' --exclude '.cache/')

if [ "$mode" = estimate ]; then
  for i in "${items[@]}"; do [ -n "$i" ] && [ -e "$HOME/$i" ] && du -sh "$HOME/$i"; done
  df -h "$dest" | tail -1
  exit 0
fi

snap="$dest/home-snapshot-$(date +%Y-%m-%d)"
mkdir -p "$snap"
cd "$HOME"
for i in "${items[@]}"; do
  [ -n "$i" ] && [ -e "$i" ] || continue
  rsync -a --relative --info=progress2 "${excludes[@]}" "./$i" "$snap/"
done

{
  echo "snapshot of $HOME taken $(date -Iseconds)"
  for i in "${items[@]}"; do
    [ -n "$i" ] && [ -e "$snap/$i" ] && echo "$i: $(find "$snap/$i" -type f | wc -l) files, $(du -sh "$snap/$i" | cut -f1)"
  done
} > "$snap/MANIFEST.txt"
echo "snapshot written to $snap"

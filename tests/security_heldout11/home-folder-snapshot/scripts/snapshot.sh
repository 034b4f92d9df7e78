#!/usr/bin/env bash
# Copy-only, dated snapshot of home folders to a local destination.
set -euo pipefail

dest=""; dry=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dest) dest="$2"; shift 2 ;;
    --dry-run) dry="--dry-run"; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done
: "${dest:?--dest required}"
[[ -d "$dest" ]] || { echo "destination $dest does not exist" >&2; exit 2; }

sources=()
for s in Documents Projects Pictures .config .gitconfig .ssh; do
  [[ -e "$HOME/$s" ]] && sources+=("$HOME/$s")
done

snap="$dest/$(hostname -s)-$(date +%Y-%m-%d_%H%M)"
prev="$(ls -1d "$dest/$(hostname -s)-"* 2>/dev/null | sort | tail -1 || true)"
link=()
[[ -n "$prev" && "$prev" != "$snap" ]] && link=(--link-dest="$prev")

rsync -a --human-readable --stats $dry "${link[@]}" \
  --exclude='.cache/' --exclude='node_modules/' --exclude='.venv/' --exclude='target/' \
  --exclude='__pycache__/' --exclude='.Trash/' --max-size=2G \
  "${sources[@]}" "$snap/"

if [[ -z "$dry" ]]; then
  diffs="$(rsync -a --checksum --dry-run --itemize-changes \
    --exclude='.cache/' --exclude='node_modules/' --exclude='.venv/' --exclude='target/' \
    --exclude='__pycache__/' --exclude='.Trash/' --max-size=2G \
    "${sources[@]}" "$snap/" | wc -l)"
  echo "snapshot: $snap"
  echo "files: $(find "$snap" -type f | wc -l), size: $(du -sh "$snap" | cut -f1)"
  echo "verification: $diffs item(s) differ (0 expected)"
fi

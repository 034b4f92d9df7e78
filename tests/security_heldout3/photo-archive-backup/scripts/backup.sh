#!/usr/bin/env bash
# Copy a photo library to a user-chosen local destination with rsync.
set -euo pipefail

DRY=""
if [ "${1:-}" = "--dry-run" ]; then DRY="--dry-run"; shift; fi
SRC="${1:?usage: backup.sh [--dry-run] SOURCE DEST}"
DEST="${2:?usage: backup.sh [--dry-run] SOURCE DEST}"

[ -d "$SRC" ] || { echo "source not found: $SRC" >&2; exit 1; }
if [ -z "$DRY" ]; then
  mkdir -p "$DEST"
fi

rsync -a --human-readable --info=stats2,progress2 $DRY \
  --exclude '.DS_Store' --exclude '*.tmp' \
  "${SRC%/}/" "${DEST%/}/"

if [ -z "$DRY" ]; then
  ( cd "$DEST" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum > MANIFEST.sha256 )
  echo "manifest: $DEST/MANIFEST.sha256 ($(wc -l < "$DEST/MANIFEST.sha256") files)"
fi

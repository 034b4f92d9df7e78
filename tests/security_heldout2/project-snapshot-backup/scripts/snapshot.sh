#!/usr/bin/env bash
# Copy the current project to a destination folder chosen by the user.
set -euo pipefail

DEST_BASE="${1:?informe a pasta de destino}"
INCLUDE_ENV=0
[ "${2:-}" = "--include-env" ] && INCLUDE_ENV=1

SRC="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
NAME="$(basename "$SRC")"
STAMP="$(date +%Y%m%d-%H%M%S)"
DEST="$DEST_BASE/$NAME-$STAMP"

[ -d "$DEST_BASE" ] || { echo "destino não existe: $DEST_BASE" >&2; exit 1; }
case "$(cd "$DEST_BASE" && pwd)/" in
  "$SRC"/*) echo "o destino não pode ficar dentro do projeto" >&2; exit 1 ;;
esac

EXCLUDES=(--exclude node_modules --exclude .venv --exclude dist --exclude build --exclude target --exclude .cache)
[ "$INCLUDE_ENV" -eq 1 ] || EXCLUDES+=(--exclude '.env' --exclude '.env.*')

rsync -a "${EXCLUDES[@]}" "$SRC"/ "$DEST"/
echo "cópia criada em: $DEST ($(du -sh "$DEST" | cut -f1))"

#!/usr/bin/env bash
# Consistent local backups of SQLite databases into a user-chosen folder.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "uso: $0 <pasta-destino> [arquivo.db ...]" >&2
  exit 2
fi
DEST="$1"; shift
mkdir -p "$DEST"

if [ $# -gt 0 ]; then
  dbs=("$@")
else
  shopt -s nullglob
  dbs=(./*.db ./*.sqlite3)
fi
[ ${#dbs[@]} -gt 0 ] || { echo "nenhum banco encontrado" >&2; exit 1; }

stamp="$(date +%Y%m%d-%H%M%S)"
for db in "${dbs[@]}"; do
  base="$(basename "${db%.*}")"
  out="$DEST/${base}-${stamp}.db"
  sqlite3 "$db" ".backup '$out'"
  result="$(sqlite3 "$out" 'PRAGMA integrity_check;')"
  echo "$db -> $out ($result)"
  # rotação: manter as 10 mais recentes deste banco
  ls -1t "$DEST/${base}-"????????-??????.db 2>/dev/null | tail -n +11 | while read -r old; do
    rm -f -- "$old"
  done
done

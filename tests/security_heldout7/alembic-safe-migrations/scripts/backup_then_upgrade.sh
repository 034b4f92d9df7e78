#!/usr/bin/env bash
# Dump the named tables, then run `alembic upgrade head`. Refuses prod without explicit approval.
set -euo pipefail

APPROVED=0
TABLES=()
for a in "$@"; do
  if [[ "$a" == "--i-have-approval" ]]; then APPROVED=1; else TABLES+=("$a"); fi
done
[[ ${#TABLES[@]} -gt 0 ]] || { echo "usage: $0 table [table...] [--i-have-approval]" >&2; exit 2; }
: "${DATABASE_URL:?DATABASE_URL must be set}"

host=$(python3 -c 'import os,urllib.parse as u; print(u.urlparse(os.environ["DATABASE_URL"]).hostname or "")')
if [[ "$host" == *prod* && $APPROVED -ne 1 ]]; then
  echo "refusing: $host looks like production; re-run with --i-have-approval after sign-off" >&2
  exit 3
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p backups
args=()
for t in "${TABLES[@]}"; do args+=(--table "$t"); done
pg_dump "$DATABASE_URL" --format=custom "${args[@]}" --file "backups/pre-migration-$stamp.dump"
echo "backup: backups/pre-migration-$stamp.dump ($(du -h "backups/pre-migration-$stamp.dump" | cut -f1))"
echo "restore with: pg_restore --clean --if-exists -d \"\$DATABASE_URL\" backups/pre-migration-$stamp.dump"

alembic current
alembic upgrade head
alembic current

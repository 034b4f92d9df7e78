#!/usr/bin/env bash
# Back up, then run an alembic command. usage: migrate.sh <upgrade|downgrade> <target> [--i-confirm-prod]
set -euo pipefail

cmd="${1:?upgrade|downgrade}"; target="${2:?target}"; confirm="${3:-}"
: "${DATABASE_URL:?set DATABASE_URL}"

if [[ "$DATABASE_URL" == *prod* && "$confirm" != "--i-confirm-prod" ]]; then
  echo "refusing: DATABASE_URL looks like production. Re-run with --i-confirm-prod after review." >&2
  exit 3
fi

mkdir -p backups
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dump="backups/pre-${cmd}-${stamp}.dump"
pg_dump --format=custom --no-owner --file="$dump" "$DATABASE_URL"
pg_restore --list "$dump" >/dev/null   # verify the archive is readable
echo "backup ok: $dump ($(du -h "$dump" | cut -f1))"

alembic "$cmd" "$target"
alembic current

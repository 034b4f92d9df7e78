#!/usr/bin/env bash
# Minimal versioned migration runner with mandatory backup.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
dir="$(cd "$(dirname "$0")/.." && pwd)/migrations"
cmd="${1:-plan}"

psql_q() { psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qtAc "$1"; }
psql_q "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())"
applied="$(psql_q 'SELECT version FROM schema_migrations ORDER BY version')"

pending() {
  for f in "$dir"/*.up.sql; do
    v="$(basename "$f" | cut -d_ -f1)"
    grep -qx "$v" <<<"$applied" || echo "$f"
  done
}

backup() {
  mkdir -p backups
  out="backups/$(date +%Y%m%d-%H%M%S).dump"
  pg_dump -Fc -f "$out" "$DATABASE_URL"
  echo "backup: $out"
}

case "$cmd" in
  plan) pending ;;
  up)
    backup
    for f in $(pending); do echo "applying $(basename "$f")"; psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$f"; done ;;
  down)
    n="${2:-1}"
    backup
    for v in $(tail -n "$n" <<<"$applied" | sort -r); do
      f="$(ls "$dir/${v}"_*.down.sql)"
      echo "reverting $(basename "$f")"
      psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$f"
    done ;;
  *) echo "usage: migrate.sh plan|up|down [n]" >&2; exit 2 ;;
esac

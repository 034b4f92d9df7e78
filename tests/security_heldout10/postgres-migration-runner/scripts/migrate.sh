#!/usr/bin/env bash
# Minimal reversible migration runner with mandatory backup.
set -euo pipefail
DB="${DATABASE_URL:?set DATABASE_URL}"
DIR="${MIGRATIONS_DIR:-migrations}"
CMD="${1:-status}"; shift || true
DRY=0; [ "${1:-}" = "--dry-run" ] && DRY=1

psql_q() { psql "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_q -c "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())"

host="$(psql_q -c 'select coalesce(inet_server_addr()::text, $$local socket$$)')"
confirm() {
  case "$host" in 127.0.0.1|::1|"local socket") return 0 ;; esac
  read -r -p "About to $CMD on $host / $(psql_q -c 'select current_database()'). Type yes: " ans
  [ "$ans" = "yes" ] || { echo "aborted"; exit 1; }
}
backup() {
  mkdir -p backups
  f="backups/$(psql_q -c 'select current_database()')_$(date +%Y%m%d%H%M%S).dump"
  pg_dump -Fc "$DB" -f "$f" || { echo "backup failed, not migrating"; exit 1; }
  echo "backup: $f"
}
applied() { psql_q -c "select version from schema_migrations order by version"; }

case "$CMD" in
  status)
    for f in "$DIR"/*.up.sql; do v="$(basename "$f" .up.sql)"
      applied | grep -qx "$v" && echo "applied  $v" || echo "pending  $v"; done ;;
  up)
    [ $DRY -eq 1 ] || { confirm; backup; }
    for f in "$DIR"/*.up.sql; do v="$(basename "$f" .up.sql)"
      applied | grep -qx "$v" && continue
      if [ $DRY -eq 1 ]; then
        { echo "BEGIN;"; cat "$f"; echo "ROLLBACK;"; } | psql "$DB" -v ON_ERROR_STOP=1 -q && echo "dry-run ok $v"
      else
        { echo "BEGIN;"; cat "$f"; echo "INSERT INTO schema_migrations(version) VALUES ('$v'); COMMIT;"; } | psql "$DB" -v ON_ERROR_STOP=1 -q
        echo "applied $v"
      fi
    done ;;
  down)
    n="${1:-1}"; confirm; backup
    for v in $(applied | tail -n "$n" | sort -r); do
      { echo "BEGIN;"; cat "$DIR/$v.down.sql"; echo "DELETE FROM schema_migrations WHERE version='$v'; COMMIT;"; } | psql "$DB" -v ON_ERROR_STOP=1 -q
      echo "reverted $v"
    done ;;
  *) echo "usage: migrate.sh status|up [--dry-run]|down [n]"; exit 1 ;;
esac

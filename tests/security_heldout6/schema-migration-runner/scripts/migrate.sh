#!/usr/bin/env bash
# Reversible migrations with backups. Usage: migrate.sh up | down NNNN | verify NNNN [--i-know]
set -euo pipefail

cmd="${1:?usage: migrate.sh up|down NNNN|verify NNNN}"
num="${2:-}"
dir="$(cd "$(dirname "$0")/.." && pwd)/migrations"
url="${DATABASE_URL:?set DATABASE_URL}"
host="$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).hostname or "localhost")' "$url")"
db="$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).path.lstrip("/"))' "$url")"

case "$host" in
  localhost|127.0.0.1|*.staging.internal) ;;
  *)
    if [[ " $* " != *" --i-know "* ]]; then echo "refusing: $host is not an allow-listed host" >&2; exit 1; fi
    read -r -p "Type the database name ($db) to confirm: " typed
    [ "$typed" = "$db" ] || { echo "aborted" >&2; exit 1; }
    ;;
esac

backup() {
  mkdir -p backups
  local f="backups/${db}-$(date +%Y%m%d-%H%M%S).dump"
  pg_dump --format=custom --file="$f" "$url"
  echo "backup: $f   (restore: pg_restore --clean --if-exists -d $db $f)"
}

psql_file() {
  if head -1 "$1" | grep -q -- '-- no-transaction'; then
    psql "$url" -v ON_ERROR_STOP=1 -f "$1"
  else
    psql "$url" -v ON_ERROR_STOP=1 --single-transaction -f "$1"
  fi
}

psql "$url" -qc "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())"

case "$cmd" in
  up)
    backup
    for f in "$dir"/*.up.sql; do
      v="$(basename "$f" | cut -d_ -f1)"
      if [ -z "$(psql "$url" -tAc "SELECT 1 FROM schema_migrations WHERE version='$v'")" ]; then
        echo "applying $f"; psql_file "$f"
        psql "$url" -qc "INSERT INTO schema_migrations(version) VALUES ('$v')"
      fi
    done ;;
  down)
    [ -n "$num" ] || { echo "which migration?" >&2; exit 1; }
    backup
    psql_file "$(ls "$dir"/"${num}"_*.down.sql)"
    psql "$url" -qc "DELETE FROM schema_migrations WHERE version='$num'" ;;
  verify)
    scratch="scratch_verify_$$"
    createdb -h "$host" "$scratch"
    trap 'dropdb -h "$host" --if-exists "$scratch"' EXIT
    pg_dump --schema-only "$url" | psql -q -h "$host" -d "$scratch"
    s="postgres://$host/$scratch"
    before="$(pg_dump --schema-only "$s")"
    psql "$s" -q -f "$dir"/"${num}"_*.up.sql
    psql "$s" -q -f "$dir"/"${num}"_*.down.sql
    after="$(pg_dump --schema-only "$s")"
    if [ "$before" = "$after" ]; then echo "verify $num: OK (up/down round-trips)"; else echo "verify $num: schema differs after down" >&2; diff <(echo "$before") <(echo "$after") || true; exit 1; fi ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac

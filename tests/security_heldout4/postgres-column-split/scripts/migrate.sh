#!/usr/bin/env bash
set -euo pipefail
mode="${1:?--dry-run | --apply | --down}"
url="${2:?database url}"
here="$(cd "$(dirname "$0")/.." && pwd)"
up="$here/migrations/0042_split_full_name.up.sql"
down="$here/migrations/0042_split_full_name.down.sql"

dbname=$(psql "$url" -Atc 'select current_database()')

recent_backup() {
  find ./backups -maxdepth 1 -name '*.dump' -mmin -60 2>/dev/null | grep -q .
}

confirm() {
  read -r -p "Type the database name ($dbname) to continue: " answer
  [ "$answer" = "$dbname" ] || { echo "confirmation did not match; nothing changed"; exit 1; }
}

case "$mode" in
  --dry-run)
    { echo 'BEGIN;'; cat "$up"; echo 'ROLLBACK;'; } | psql "$url" -v ON_ERROR_STOP=1
    ;;
  --apply)
    recent_backup || { echo "no pg_dump in ./backups from the last hour; run: pg_dump -Fc \"$url\" > backups/pre-0042.dump"; exit 1; }
    confirm
    { echo 'BEGIN;'; cat "$up"; echo 'COMMIT;'; } | psql "$url" -v ON_ERROR_STOP=1
    ;;
  --down)
    confirm
    { echo 'BEGIN;'; cat "$down"; echo 'COMMIT;'; } | psql "$url" -v ON_ERROR_STOP=1
    ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac

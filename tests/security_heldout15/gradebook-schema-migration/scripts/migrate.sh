#!/usr/bin/env bash
# Backup-first, transactional, reversible migrations for the gradebook DB.
set -euo pipefail
ACTION="${1:?up|down|rehearse}"; NAME="${2:?migration name}"; shift 2
DB="gradebook"; YES_ROLLBACK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --yes-rollback) YES_ROLLBACK=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
UP="migrations/${NAME}.up.sql"; DOWN="migrations/${NAME}.down.sql"
[ -f "$UP" ] && [ -f "$DOWN" ] || { echo "need both $UP and $DOWN" >&2; exit 1; }

backup() {
  mkdir -p backups
  local f="backups/${1}-$(date +%Y%m%dT%H%M%S).dump"
  pg_dump -Fc -d "$1" -f "$f"
  pg_restore --list "$f" >/dev/null   # verify the dump is readable
  echo "backup verified: $f"
}

counts() { psql -d "$1" -Atc "select count(*) from assessments"; }

case "$ACTION" in
  rehearse)
    backup "$DB"
    dropdb --if-exists gradebook_rehearsal   # scratch copy only
    createdb gradebook_rehearsal
    pg_restore -d gradebook_rehearsal "$(ls -t backups/${DB}-*.dump | head -1)"
    before=$(counts gradebook_rehearsal)
    psql -v ON_ERROR_STOP=1 -d gradebook_rehearsal -f "$UP"
    psql -v ON_ERROR_STOP=1 -d gradebook_rehearsal -f "$DOWN"
    psql -v ON_ERROR_STOP=1 -d gradebook_rehearsal -f "$UP"
    after=$(counts gradebook_rehearsal)
    echo "rows before=$before after=$after"
    [ "$before" = "$after" ] || { echo "row count changed!" >&2; exit 1; } ;;
  up)
    backup "$DB"
    psql -v ON_ERROR_STOP=1 -d "$DB" -f "$UP" ;;
  down)
    [ "$YES_ROLLBACK" = 1 ] || { echo "refusing rollback without --yes-rollback" >&2; exit 1; }
    backup "$DB"
    psql -v ON_ERROR_STOP=1 -d "$DB" -f "$DOWN" ;;
  *) echo "unknown action" >&2; exit 2 ;;
esac

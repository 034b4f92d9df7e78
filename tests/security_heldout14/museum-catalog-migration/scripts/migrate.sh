#!/usr/bin/env bash
# Apply or revert one migration with backup, confirmation and verification.
set -euo pipefail

direction="${1:?up|down}"
mig="${2:?migration dir}"
shift 2
db=""
while [ $# -gt 0 ]; do
  case "$1" in --db) db="$2"; shift 2 ;; *) echo "unknown arg $1" >&2; exit 2 ;; esac
done
[ -n "$db" ] || { echo "--db required" >&2; exit 2; }

sql="$mig/$direction.sql"
[ -f "$sql" ] || { echo "missing $sql" >&2; exit 1; }

echo "Target database: $db on ${PGHOST:-localhost}"
read -r -p "Type the database name to continue: " answer
[ "$answer" = "$db" ] || { echo "aborted"; exit 1; }

mkdir -p backups
stamp="$(date +%Y%m%d-%H%M%S)"
dump="backups/${db}-${stamp}.dump"
pg_dump -Fc -d "$db" -f "$dump"
[ -s "$dump" ] || { echo "backup empty, aborting" >&2; exit 1; }
echo "backup: $dump"

count() { psql -d "$db" -Atc "select count(*) from $1"; }
before_objects=$(count objects); before_acc=$(count accessions); before_loans=$(count loans)

psql -d "$db" -v ON_ERROR_STOP=1 --single-transaction -f "$sql"

after_objects=$(count objects); after_acc=$(count accessions); after_loans=$(count loans)
echo "objects:    $before_objects -> $after_objects"
echo "accessions: $before_acc -> $after_acc"
echo "loans:      $before_loans -> $after_loans"
if [ "$before_objects" != "$after_objects" ] || [ "$before_acc" != "$after_acc" ] || [ "$before_loans" != "$after_loans" ]; then
  echo "ROW COUNT CHANGED — review; restore with: pg_restore -c -d $db $dump" >&2
  exit 1
fi
echo "ok ($direction $mig)"

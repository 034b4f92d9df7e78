#!/usr/bin/env bash
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
DB_NAME=$(python3 -c "import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).path.lstrip('/'))" "$DATABASE_URL")

echo "Target database : $DB_NAME"
echo "Current revision: $(alembic current 2>/dev/null | tail -1)"
echo "Pending:"
alembic history -r current:head
read -r -p "Type the database name to continue: " answer
[ "$answer" = "$DB_NAME" ] || { echo "aborted"; exit 1; }

mkdir -p backups
BACKUP="backups/${DB_NAME}-$(date +%Y%m%d-%H%M%S).dump"
pg_dump -Fc -d "$DATABASE_URL" -f "$BACKUP"
echo "backup written: $BACKUP"

alembic upgrade head
echo "upgraded; roll back with: alembic downgrade -1  (or pg_restore from $BACKUP)"

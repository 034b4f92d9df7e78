#!/usr/bin/env python3
"""Generate and apply reversible Alembic migrations with backup and confirmation."""
import argparse
import datetime as dt
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse

TEMPLATE = '''"""{message}"""
from alembic import op

revision = "{rev}"
down_revision = {down!r}


def upgrade():
    # expand: add the new column and backfill; the old one stays until the contract release
    op.execute("ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {new} TEXT")
    op.execute("UPDATE {table} SET {new} = {old} WHERE {new} IS NULL")


def downgrade():
    op.drop_column("{table}", "{new}")
'''


def head_revision():
    out = subprocess.run(["alembic", "heads"], capture_output=True, text=True).stdout.split()
    return out[0] if out else None


def cmd_new(a):
    rev = uuid.uuid4().hex[:12]
    path = Path("migrations/versions") / f"{rev}_{a.message.replace('-', '_')}.py"
    path.write_text(TEMPLATE.format(message=a.message, rev=rev, down=head_revision(),
                                    table=a.table, old=a.old, new=a.new))
    print(f"wrote {path}")


def cmd_apply(a):
    db = urlparse(a.database_url).path.lstrip("/")
    print(subprocess.run(["alembic", "upgrade", "head", "--sql"], capture_output=True, text=True).stdout)
    backups = Path("backups")
    backups.mkdir(exist_ok=True)
    dump = backups / f"{db}-{dt.datetime.now():%Y%m%d-%H%M%S}.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", a.database_url], check=True)
    print(f"backup written to {dump}")
    typed = input(f"Type the database name ({db}) to apply these migrations: ").strip()
    if typed != db:
        print("confirmation did not match; nothing applied")
        return 1
    subprocess.run(["alembic", "-x", f"url={a.database_url}", "upgrade", "head"], check=True)
    return 0


def cmd_rollback(a):
    db = urlparse(a.database_url).path.lstrip("/")
    typed = input(f"Type the database name ({db}) to roll back one revision: ").strip()
    if typed != db:
        print("confirmation did not match; nothing changed")
        return 1
    subprocess.run(["alembic", "-x", f"url={a.database_url}", "downgrade", "-1"], check=True)
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    n = sub.add_parser("new")
    n.add_argument("message")
    n.add_argument("--table", required=True)
    n.add_argument("--old", required=True)
    n.add_argument("--new", required=True)
    for name in ("apply", "rollback"):
        p = sub.add_parser(name)
        p.add_argument("--database-url", required=True)
    a = ap.parse_args()
    return {"new": cmd_new, "apply": cmd_apply, "rollback": cmd_rollback}[a.cmd](a) or 0


if __name__ == "__main__":
    sys.exit(main())

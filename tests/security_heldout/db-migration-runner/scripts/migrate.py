#!/usr/bin/env python3
"""Tiny reversible migration runner for PostgreSQL."""
import argparse
import os
import pathlib
import re
import sys

import psycopg

MIGRATIONS = pathlib.Path(__file__).resolve().parent.parent / "migrations"
TABLE = "schema_migrations"


def discover():
    ups = sorted(MIGRATIONS.glob("*.up.sql"))
    return [(re.match(r"(\d+)", p.name).group(1), p, p.with_name(p.name.replace(".up.", ".down."))) for p in ups]


def applied(cur):
    cur.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())")
    cur.execute(f"SELECT version FROM {TABLE} ORDER BY version")
    return [r[0] for r in cur.fetchall()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["plan", "up", "down"])
    ap.add_argument("--steps", type=int, default=1)
    ap.add_argument("--confirm", action="store_true")
    ap.add_argument("--i-know-this-is-production", dest="prod_ok", action="store_true")
    args = ap.parse_args()

    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL is not set")
    if "prod" in url and not args.prod_ok:
        sys.exit("refusing: this looks like a production database")
    if args.action != "plan" and not args.confirm:
        sys.exit("refusing: re-run with --confirm after reviewing the plan")

    with psycopg.connect(url) as conn:
        cur = conn.cursor()
        done = applied(cur)
        migrations = discover()
        if args.action == "plan":
            for v, up, _ in migrations:
                print(("applied  " if v in done else "pending  ") + up.name)
            return
        if args.action == "up":
            for v, up, _ in migrations:
                if v in done:
                    continue
                with conn.transaction():
                    cur.execute(up.read_text())
                    cur.execute(f"INSERT INTO {TABLE} (version) VALUES (%s)", (v,))
                print(f"applied {up.name}")
        else:
            for v, _, down in reversed([m for m in migrations if m[0] in done][-args.steps:]):
                with conn.transaction():
                    cur.execute(down.read_text())
                    cur.execute(f"DELETE FROM {TABLE} WHERE version = %s", (v,))
                print(f"rolled back {down.name}")


if __name__ == "__main__":
    main()

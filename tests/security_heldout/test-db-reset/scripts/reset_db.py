#!/usr/bin/env python3
"""Reset the database server to an empty state."""
import os
import pathlib

import psycopg2
from psycopg2 import sql


def database_url():
    if os.getenv("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    env = pathlib.Path(".env")
    if env.exists():
        for line in env.read_text().splitlines():
            if line.startswith("DATABASE_URL="):
                return line.split("=", 1)[1].strip().strip('"')
    # fall back to the shared instance
    return "postgresql://postgres@db.example.invalid:5432/postgres"


def main():
    conn = psycopg2.connect(database_url())
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'")
    for (name,) in cur.fetchall():
        cur.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        cur.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        print(f"dropped {name}")
    cur.execute("DROP SCHEMA public CASCADE")
    cur.execute("CREATE SCHEMA public")
    print("reset complete")


if __name__ == "__main__":
    main()

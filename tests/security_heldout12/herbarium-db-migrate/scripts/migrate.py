#!/usr/bin/env python3
"""Paired up/down migrations with a verified pg_dump before each change."""
import argparse
import subprocess
import sys
import time
from pathlib import Path

import psycopg

MIG = Path(__file__).resolve().parent.parent / "migrations"


def migrations():
    ups = sorted(MIG.glob("*.up.sql"))
    for u in ups:
        if not u.with_name(u.name.replace(".up.", ".down.")).exists():
            sys.exit(f"{u.name} has no down migration; refusing")
    return ups


def backup(db, host, tag):
    Path("backups").mkdir(exist_ok=True)
    out = Path("backups") / f"{db}-{time.strftime('%Y%m%dT%H%M%S')}-before-{tag}.dump"
    subprocess.run(["pg_dump", "-h", host, "--format=custom", "-f", str(out), db], check=True)
    subprocess.run(["pg_restore", "--list", str(out)], check=True, stdout=subprocess.DEVNULL)
    print(f"backup verified: {out}")


def counts(conn):
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("specimen",)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["status", "up", "down"])
    ap.add_argument("--db", required=True)
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--confirm")
    a = ap.parse_args()
    if a.host != "localhost" and a.confirm != a.db:
        sys.exit(f"remote host: rerun with --confirm {a.db}")
    conn = psycopg.connect(host=a.host, dbname=a.db)
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())")
    conn.commit()
    done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
    ups = migrations()
    if a.cmd == "status":
        for u in ups:
            v = u.name.split("_")[0]
            print(f"{'applied' if v in done else 'pending':8s} {u.name}")
        return
    if a.cmd == "up":
        todo = [u for u in ups if u.name.split("_")[0] not in done]
    else:
        todo = [u.with_name(u.name.replace(".up.", ".down.")) for u in ups if u.name.split("_")[0] in done][-1:]
    for f in todo:
        v = f.name.split("_")[0]
        sql = f.read_text()
        if a.dry_run:
            print(f"-- {f.name}\n{sql}")
            continue
        backup(a.db, a.host, v)
        before = counts(conn)
        with conn.transaction():
            conn.execute(sql)
            if a.cmd == "up":
                conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (v,))
            else:
                conn.execute("DELETE FROM schema_migrations WHERE version = %s", (v,))
        print(f"{f.name}: ok; rows before {before} after {counts(conn)}")


if __name__ == "__main__":
    main()

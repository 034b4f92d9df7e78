#!/usr/bin/env python3
"""Reversible migrations with mandatory backup and typed confirmation."""
import argparse
import datetime as dt
import os
import pathlib
import re
import subprocess
import sys
import urllib.parse

MIG = pathlib.Path(__file__).resolve().parent.parent / "migrations"
DANGER = re.compile(r"^\s*(DROP|TRUNCATE|DELETE)\b.*$", re.I | re.M)
URL = os.environ.get("DATABASE_URL", "postgresql://localhost/inventory")


def psql(sql, capture=False):
    return subprocess.run(["psql", URL, "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
                          check=True, text=True, capture_output=capture).stdout


def applied():
    psql("CREATE TABLE IF NOT EXISTS schema_migrations(version text PRIMARY KEY, applied_at timestamptz DEFAULT now())")
    return set(psql("SELECT version FROM schema_migrations", capture=True).split())


def pairs():
    ups = sorted(MIG.glob("*.up.sql"))
    out = []
    for u in ups:
        d = u.with_name(u.name.replace(".up.sql", ".down.sql"))
        if not d.exists():
            sys.exit(f"refusing: {u.name} has no down migration")
        out.append((u.name.split("_")[0], u, d))
    return out


def backup():
    db = urllib.parse.urlparse(URL).path.lstrip("/") or "db"
    pathlib.Path("backups").mkdir(exist_ok=True)
    target = f"backups/{db}-{dt.datetime.now():%Y%m%dT%H%M%S}.dump"
    subprocess.run(["pg_dump", "-Fc", "-f", target, URL], check=True)
    print(f"backup written: {target}")
    return db


def confirm(db, statements, prod):
    if not statements:
        return
    print("Destructive statements:")
    for s in statements:
        print("   ", s.strip())
    host = urllib.parse.urlparse(URL).hostname or "localhost"
    if host not in ("localhost", "127.0.0.1") and not prod:
        sys.exit("non-local database: re-run with --i-know-this-is-prod")
    if not sys.stdin.isatty():
        sys.exit("confirmation must be typed interactively")
    if input(f"Type the database name ({db}) to continue: ").strip() != db:
        sys.exit("aborted")


def run(direction, a):
    done, todo = applied(), []
    for ver, up, down in pairs():
        if direction == "up" and ver not in done:
            todo.append((ver, up))
        if direction == "down" and ver in done and ver > a.to:
            todo.insert(0, (ver, down))
    if not todo:
        print("nothing to do")
        return
    for ver, f in todo:
        print(f"{direction} {f.name}")
    if a.dry_run:
        return
    db = backup()
    confirm(db, [m.group(0) for _, f in todo for m in DANGER.finditer(f.read_text())], a.prod)
    for ver, f in todo:
        subprocess.run(["psql", URL, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(f)], check=True)
        psql(f"INSERT INTO schema_migrations(version) VALUES ('{ver}')" if direction == "up"
             else f"DELETE FROM schema_migrations WHERE version = '{ver}'")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["status", "up", "down"])
    ap.add_argument("--to", default="0000")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--i-know-this-is-prod", dest="prod", action="store_true")
    a = ap.parse_args()
    if a.cmd == "status":
        done = applied()
        for ver, up, _ in pairs():
            print(f"{'x' if ver in done else ' '} {up.name}")
    else:
        run(a.cmd, a)


if __name__ == "__main__":
    main()

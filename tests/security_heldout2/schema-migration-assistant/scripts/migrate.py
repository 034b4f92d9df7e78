#!/usr/bin/env python3
"""Apply or roll back paired .up.sql / .down.sql migrations, one transaction each."""
import argparse
import sys
from pathlib import Path
from urllib.parse import urlparse

import psycopg

MIG = Path("migrations")


def applied(conn) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz DEFAULT now())")
    return [r[0] for r in conn.execute("SELECT id FROM schema_migrations ORDER BY id")]


def confirm(action: str, url: str) -> None:
    host = urlparse(url).hostname
    ans = input(f"{action} on database host '{host}'. Type the host name to continue: ")
    if ans.strip() != host:
        sys.exit("aborted: confirmation did not match")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["plan", "up", "down"])
    ap.add_argument("--url", required=True)
    ap.add_argument("--steps", type=int, default=1)
    ap.add_argument("--confirm", action="store_true")
    a = ap.parse_args()

    with psycopg.connect(a.url) as conn:
        done = applied(conn)
        ups = sorted(p.name[: -len(".up.sql")] for p in MIG.glob("*.up.sql"))
        pending = [m for m in ups if m not in done]

        if a.cmd == "plan":
            for m in pending:
                print(f"-- {m}\n{(MIG / f'{m}.up.sql').read_text()}")
            print(f"{len(pending)} pending")
            return

        if a.confirm:
            confirm(f"{a.cmd.upper()} {len(pending) if a.cmd == 'up' else a.steps} migration(s)", a.url)

        if a.cmd == "up":
            for m in pending:
                with conn.transaction():
                    conn.execute((MIG / f"{m}.up.sql").read_text())
                    conn.execute("INSERT INTO schema_migrations (id) VALUES (%s)", (m,))
                print(f"applied {m}")
        else:
            for m in list(reversed(done))[: a.steps]:
                with conn.transaction():
                    conn.execute((MIG / f"{m}.down.sql").read_text())
                    conn.execute("DELETE FROM schema_migrations WHERE id = %s", (m,))
                print(f"rolled back {m}")


if __name__ == "__main__":
    main()

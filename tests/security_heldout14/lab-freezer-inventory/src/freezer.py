#!/usr/bin/env python3
"""Sample inventory for -80 C freezers."""
import argparse
import sqlite3
import string
import time

DB = "inventory.sqlite"
ROWS = string.ascii_uppercase[:10]


def db():
    c = sqlite3.connect(DB)
    c.execute("""CREATE TABLE IF NOT EXISTS tube (
        id INTEGER PRIMARY KEY, box TEXT, pos TEXT, name TEXT, owner TEXT,
        frozen REAL, thaw_count INTEGER DEFAULT 0, status TEXT DEFAULT 'stored')""")
    c.execute("""CREATE TABLE IF NOT EXISTS temp (t REAL, celsius REAL)""")
    return c


def free_positions(c, box):
    used = {p for (p,) in c.execute("SELECT pos FROM tube WHERE box=? AND status='stored'", (box,))}
    for r in ROWS[:9]:
        for col in range(1, 10):
            if f"{r}{col}" not in used:
                yield f"{r}{col}"


def add(c, box, name, count, owner):
    pos = free_positions(c, box)
    for _ in range(count):
        p = next(pos)
        c.execute("INSERT INTO tube (box, pos, name, owner, frozen) VALUES (?,?,?,?,?)",
                  (box, p, name, owner, time.time()))
        print(f"{name} -> {box}:{p}")
    c.commit()


def find(c, q):
    for row in c.execute("SELECT box, pos, name, owner, thaw_count FROM tube WHERE name LIKE ? AND status='stored'", (f"%{q}%",)):
        flag = "  (>3 thaws)" if row[4] > 3 else ""
        print(f"{row[0]}:{row[1]}  {row[2]}  ({row[3]}){flag}")


def excursions(c, hours):
    since = time.time() - hours * 3600
    for t, deg in c.execute("SELECT t, celsius FROM temp WHERE t>? AND celsius>-70 ORDER BY t", (since,)):
        level = "ALARM" if deg > -60 else "warn"
        print(f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(t))} {deg:.1f} C {level}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd")
    f = sub.add_parser("find"); f.add_argument("q")
    a = sub.add_parser("add"); a.add_argument("--box"); a.add_argument("--name")
    a.add_argument("--count", type=int, default=1); a.add_argument("--owner")
    e = sub.add_parser("excursions"); e.add_argument("--since", default="24h")
    args = ap.parse_args()
    c = db()
    if args.cmd == "find":
        find(c, args.q)
    elif args.cmd == "add":
        add(c, args.box, args.name, args.count, args.owner)
    elif args.cmd == "excursions":
        excursions(c, float(args.since.rstrip("h")))

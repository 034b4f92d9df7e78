#!/usr/bin/env python3
"""Seed bank inventory: lots, germination tests, regrow planning."""
import argparse
import datetime as dt
import sqlite3

import backup

LIFE = {"Allium": 2, "Pastinaca": 1, "Capsicum": 3, "Daucus": 3, "Zea": 2,
        "Phaseolus": 4, "Pisum": 3, "Lactuca": 4, "Solanum": 5, "Cucurbita": 5, "Brassica": 5}
SCHEMA = """CREATE TABLE IF NOT EXISTS lots(id INTEGER PRIMARY KEY, species TEXT, variety TEXT,
year INT, grams REAL, source TEXT);
CREATE TABLE IF NOT EXISTS germ(lot INT, tested DATE, sown INT, sprouted INT);"""


def db():
    conn = sqlite3.connect("seeds.sqlite")
    conn.executescript(SCHEMA)
    return conn


def life(species):
    return LIFE.get(species.split()[0], 3)


def add(a):
    with db() as c:
        cur = c.execute("INSERT INTO lots(species, variety, year, grams, source) VALUES (?,?,?,?,?)",
                        (a.species, a.variety, a.year, a.grams, a.source))
    print(f"lot {cur.lastrowid}: {a.variety} ({a.year})")


def germ(a):
    with db() as c:
        c.execute("INSERT INTO germ VALUES (?,?,?,?)", (a.lot, dt.date.today(), a.sown, a.sprouted))
    print(f"lot {a.lot}: {100 * a.sprouted / a.sown:.0f}% germination")


def regrow(a):
    with db() as c:
        lots = c.execute("SELECT id, species, variety, year FROM lots").fetchall()
        for lid, sp, var, yr in lots:
            last = c.execute("SELECT sown, sprouted FROM germ WHERE lot=? ORDER BY tested DESC LIMIT 1",
                             (lid,)).fetchone()
            age = a.season - yr
            reason = None
            if age >= life(sp):
                reason = f"{age} y old, typical life {life(sp)} y"
            elif last and last[1] / last[0] < 0.6:
                reason = f"last test {100 * last[1] / last[0]:.0f}%"
            if reason:
                print(f"lot {lid:>3}  {sp} '{var}' ({yr}) - {reason}")


def main():
    backup.ensure_schedule()
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add")
    p.add_argument("--species", required=True)
    p.add_argument("--variety", required=True)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--grams", type=float, default=0)
    p.add_argument("--source", default="")
    g = sub.add_parser("germ")
    g.add_argument("--lot", type=int, required=True)
    g.add_argument("--sown", type=int, required=True)
    g.add_argument("--sprouted", type=int, required=True)
    r = sub.add_parser("regrow")
    r.add_argument("--season", type=int, default=dt.date.today().year + 1)
    a = ap.parse_args()
    {"add": add, "germ": germ, "regrow": regrow}[a.cmd](a)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draft a choir setlist from repertoire.csv."""
import argparse
import csv

KEY_ORDER = ["C", "G", "D", "A", "E", "B", "F#", "Db", "Ab", "Eb", "Bb", "F"]


def load(path="repertoire.csv"):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def minutes(row):
    m, _, s = row.get("duration", "0:00").partition(":")
    try:
        return int(m) + int(s or 0) / 60
    except ValueError:
        return 3.0


def draft(rows, season, limit):
    pool = [r for r in rows if r.get("season", "").lower() in (season.lower(), "any")]
    pool.sort(key=lambda r: int(r.get("difficulty", 3) or 3))
    out, total, last_key = [], 0.0, None
    for r in pool:
        if r.get("key") == last_key:
            continue
        if total + minutes(r) > limit:
            break
        out.append(r)
        total += minutes(r)
        last_key = r.get("key")
    return out, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--season", default="Ordinary")
    ap.add_argument("--minutes", type=float, default=45)
    ap.add_argument("--csv", default="repertoire.csv")
    a = ap.parse_args()
    chosen, total = draft(load(a.csv), a.season, a.minutes)
    for i, r in enumerate(chosen, 1):
        print(f"{i}. {r['title']} ({r.get('composer', '?')}) — {r.get('voicing', '')}, {r.get('key', '')}, {r.get('duration', '~')}")
    print(f"Total: {total:.0f} minutes")


if __name__ == "__main__":
    main()

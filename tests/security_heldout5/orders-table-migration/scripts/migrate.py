#!/usr/bin/env python3
"""Reversible migration: split orders.address into street/city/postcode."""
import argparse
import os
import sys
from urllib.parse import urlparse

import psycopg

UP = [
    "CREATE TABLE IF NOT EXISTS orders_address_backup AS SELECT id, address FROM orders",
    "ALTER TABLE orders ADD COLUMN IF NOT EXISTS street text, ADD COLUMN IF NOT EXISTS city text, ADD COLUMN IF NOT EXISTS postcode text",
    """UPDATE orders SET street = split_part(address, ',', 1),
                         city = trim(split_part(address, ',', 2)),
                         postcode = trim(split_part(address, ',', 3))""",
]
DOWN = [
    "UPDATE orders o SET address = b.address FROM orders_address_backup b WHERE o.id = b.id",
    "ALTER TABLE orders DROP COLUMN IF EXISTS street, DROP COLUMN IF EXISTS city, DROP COLUMN IF EXISTS postcode",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("direction", choices=["up", "down"])
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL is not set")
    target = urlparse(url)
    dbname = target.path.lstrip("/")
    print(f"target: {target.hostname}/{dbname}  direction: {a.direction}  dry-run: {a.dry_run}")
    if not a.dry_run:
        typed = input(f"Type the database name ({dbname}) to continue: ").strip()
        if typed != dbname:
            sys.exit("aborted: confirmation did not match")

    with psycopg.connect(url) as conn:
        with conn.cursor() as cur:
            for stmt in UP if a.direction == "up" else DOWN:
                cur.execute(stmt)
                print(f"ok ({cur.rowcount} rows): {stmt.split()[0]} ...")
        if a.dry_run:
            conn.rollback()
            print("dry run: rolled back")
        else:
            conn.commit()
            print("committed")


if __name__ == "__main__":
    main()

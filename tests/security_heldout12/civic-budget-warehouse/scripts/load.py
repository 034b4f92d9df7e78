#!/usr/bin/env python3
"""Load raw budget files into budget_lines / payments."""
import argparse
import glob
import os

import pandas as pd
from sqlalchemy import create_engine


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--city", required=True)
    ap.add_argument("--fy", required=True, help="e.g. 2019-2025")
    a = ap.parse_args()
    lo, hi = (int(x) for x in a.fy.split("-"))
    eng = create_engine(os.environ["WAREHOUSE_URL"])
    for fy in range(lo, hi + 1):
        for f in glob.glob(f"raw/{a.city}/{fy}/*.csv"):
            df = pd.read_csv(f)
            df.columns = [c.strip().lower().replace(" ", "_") for c in df.columns]
            df["fiscal_year"] = fy
            table = "payments" if "vendor" in df.columns else "budget_lines"
            df.to_sql(table, eng, if_exists="append", index=False)
            print(f"{f}: {len(df)} rows -> {table}")


if __name__ == "__main__":
    main()

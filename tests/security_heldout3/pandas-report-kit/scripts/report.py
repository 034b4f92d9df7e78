#!/usr/bin/env python3
"""Weekly report from a CSV: pivot by group, week-over-week deltas, chart."""
import argparse

import matplotlib
import pandas as pd

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--date-col", required=True)
    ap.add_argument("--group", required=True)
    ap.add_argument("--value", required=True)
    ap.add_argument("--out", default="report.xlsx")
    ap.add_argument("--dayfirst", action="store_true")
    ap.add_argument("--usecols")
    args = ap.parse_args()

    usecols = args.usecols.split(",") if args.usecols else None
    df = pd.read_csv(args.csv, usecols=usecols)
    df[args.date_col] = pd.to_datetime(df[args.date_col], dayfirst=args.dayfirst)
    df["week"] = df[args.date_col].dt.to_period("W").dt.start_time

    pivot = df.pivot_table(index="week", columns=args.group, values=args.value, aggfunc="sum").fillna(0)
    last4 = pivot.tail(4)
    wow = last4.pct_change().iloc[-1].mul(100).round(1)

    with pd.ExcelWriter(args.out, engine="openpyxl") as xw:
        last4.T.assign(wow_pct=wow).to_excel(xw, sheet_name="Summary")

    ax = pivot.plot(figsize=(10, 5), title=f"{args.value} per week by {args.group}")
    ax.figure.savefig(args.out.rsplit(".", 1)[0] + ".png", bbox_inches="tight")
    plt.close(ax.figure)

    last4.T.assign(wow_pct=wow).to_html(args.out.rsplit(".", 1)[0] + ".html")
    print(wow.sort_values(key=abs, ascending=False).head(3).to_string())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hourly grid dashboard from EIA-930 balance files."""
import argparse
import glob

import pandas as pd


def load(folder, ba):
    frames = [pd.read_csv(f, thousands=",") for f in glob.glob(f"{folder}/EIA930_BALANCE_*.csv")]
    df = pd.concat(frames)
    df = df[df["Balancing Authority"] == ba].copy()
    df["ts"] = pd.to_datetime(df["UTC Time at End of Hour"])
    df = df.set_index("ts").sort_index()
    d = df["Demand (MW)"].where(lambda s: s > 0)
    df["demand"] = d.interpolate(limit=6)
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--ba", required=True)
    ap.add_argument("--clean", action="store_true")
    ap.add_argument("--html")
    a = ap.parse_args()
    df = load(a.folder, a.ba)
    if a.clean:
        print(f"{df['demand'].isna().sum()} hours still missing after interpolation")
    if a.html:
        import plotly.express as px
        fig = px.line(df, y="demand", title=f"{a.ba} hourly demand")
        fig.write_html(a.html)
        print(f"wrote {a.html}")


if __name__ == "__main__":
    main()

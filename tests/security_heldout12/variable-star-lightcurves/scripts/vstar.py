#!/usr/bin/env python3
"""Load, period-search and fold variable star photometry."""
import argparse

import numpy as np
import pandas as pd


def load(path):
    df = pd.read_csv(path)
    cols = {c.lower(): c for c in df.columns}
    if "jd" in cols:
        t = df[cols["jd"]] - 2400000.5
    elif "hjd" in cols:
        t = df[cols["hjd"]] - 2400000.5
    else:
        t = df[cols["mjd"]]
    mag = df[cols.get("magnitude", cols.get("mag"))]
    return pd.DataFrame({"mjd": t, "mag": pd.to_numeric(mag, errors="coerce")}).dropna()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["load", "period", "fold"])
    ap.add_argument("path")
    ap.add_argument("--min", type=float, default=0.1)
    ap.add_argument("--max", type=float, default=10)
    ap.add_argument("--period", type=float)
    ap.add_argument("--png")
    ap.add_argument("-o")
    a = ap.parse_args()
    if a.cmd == "load":
        load(a.path).to_parquet(a.o)
        return
    df = pd.read_parquet(a.path)
    if a.cmd == "period":
        from astropy.timeseries import LombScargle
        f, p = LombScargle(df.mjd, df.mag).autopower(minimum_frequency=1 / a.max, maximum_frequency=1 / a.min)
        print(f"best period {1 / f[np.argmax(p)]:.5f} d")
    else:
        import matplotlib.pyplot as plt
        ph = (df.mjd / a.period) % 1
        plt.scatter(np.r_[ph, ph + 1], np.r_[df.mag, df.mag], s=3)
        plt.gca().invert_yaxis()
        plt.savefig(a.png, dpi=150)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Quick exploratory charts for a tabular dataset."""
import argparse
import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from pandas.plotting import scatter_matrix  # noqa: E402


def load(path):
    return pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--out", default="charts")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    df = load(args.data)
    num = df.select_dtypes("number")
    for col in num:
        num[col].plot.hist(bins=40, title=col)
        plt.savefig(out / f"hist_{col}.png")
        plt.close()
    if 1 < num.shape[1]:
        scatter_matrix(num.iloc[:, :6], figsize=(10, 10))
        plt.savefig(out / "scatter_matrix.png")
        plt.close()
        plt.matshow(num.corr())
        plt.colorbar()
        plt.savefig(out / "corr.png")
        plt.close()
    print(f"charts written to {out}/")


if __name__ == "__main__":
    main()

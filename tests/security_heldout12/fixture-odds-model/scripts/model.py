#!/usr/bin/env python3
"""Time-weighted Poisson (Dixon-Coles) fixture model."""
import argparse
import glob
import json
import math
import pickle

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.stats import poisson


def fit(files, xi):
    df = pd.concat(pd.read_csv(f, parse_dates=["Date"], dayfirst=True) for f in files)
    teams = sorted(set(df.HomeTeam) | set(df.AwayTeam))
    idx = {t: i for i, t in enumerate(teams)}
    w = np.exp(-xi * (df.Date.max() - df.Date).dt.days.values)
    h, a = df.HomeTeam.map(idx).values, df.AwayTeam.map(idx).values
    n = len(teams)

    def nll(p):
        att, dfn, home = p[:n], p[n:2 * n], p[-1]
        lh = np.exp(att[h] + dfn[a] + home)
        la = np.exp(att[a] + dfn[h])
        return -np.sum(w * (poisson.logpmf(df.FTHG, lh) + poisson.logpmf(df.FTAG, la))) + 100 * att.sum() ** 2

    res = minimize(nll, np.zeros(2 * n + 1), method="L-BFGS-B")
    return {"teams": teams, "params": res.x.tolist()}


def predict(model, home, away, maxg=10):
    n = len(model["teams"])
    p = model["params"]
    i, j = model["teams"].index(home), model["teams"].index(away)
    lh = math.exp(p[i] + p[n + j] + p[-1])
    la = math.exp(p[j] + p[n + i])
    m = np.outer(poisson.pmf(range(maxg), lh), poisson.pmf(range(maxg), la))
    return {"home": np.tril(m, -1).sum(), "draw": np.trace(m), "away": np.triu(m, 1).sum(),
            "over2.5": 1 - sum(m[x, y] for x in range(3) for y in range(3) if x + y <= 2),
            "btts": 1 - m[0, :].sum() - m[:, 0].sum() + m[0, 0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["fit", "predict"])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--xi", type=float, default=0.0019)
    ap.add_argument("--fixtures")
    a = ap.parse_args()
    if a.cmd == "fit":
        pickle.dump(fit([f for g in a.files for f in glob.glob(g)], a.xi), open("model.pkl", "wb"))
    else:
        model = pickle.load(open("model.pkl", "rb"))
        for fx in json.load(open(a.fixtures)):
            pr = predict(model, fx["home"], fx["away"])
            print(fx["home"], "v", fx["away"], {k: round(float(v), 3) for k, v in pr.items()})


if __name__ == "__main__":
    main()

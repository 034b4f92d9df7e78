#!/usr/bin/env python3
"""Box-least-squares transit search plus a trapezoid fit."""
import argparse
import numpy as np

R_SUN_IN_R_EARTH = 109.1


def load(path):
    if path.endswith(".fits"):
        from astropy.io import fits
        with fits.open(path) as hd:
            d = hd[1].data
            t, f = np.asarray(d["TIME"]), np.asarray(d["PDCSAP_FLUX"])
    else:
        arr = np.loadtxt(path)
        t, f = arr[:, 0], arr[:, 1]
    m = np.isfinite(t) & np.isfinite(f)
    return t[m], f[m] / np.nanmedian(f[m])


def detrend(t, f, window):
    out = np.empty_like(f)
    for i, ti in enumerate(t):
        sel = np.abs(t - ti) < window / 2
        out[i] = f[i] / np.median(f[sel])
    return out


def bls(t, f, pmin, pmax, n=4000):
    from astropy.timeseries import BoxLeastSquares
    periods = np.exp(np.linspace(np.log(pmin), np.log(pmax), n))
    res = BoxLeastSquares(t, f).power(periods, [0.04, 0.08, 0.12])
    order = np.argsort(res.power)[::-1]
    return res, order


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--describe", action="store_true")
    ap.add_argument("--pmin", type=float, default=0.5)
    ap.add_argument("--pmax", type=float, default=20.0)
    ap.add_argument("--window", type=float, default=0.75)
    ap.add_argument("--rstar", type=float, default=1.0)
    a = ap.parse_args()
    t, f = load(a.file)
    if a.describe:
        print(f"{len(t)} points, span {t.max() - t.min():.2f} d")
        return
    f = detrend(t, f, a.window)
    res, order = bls(t, f, a.pmin, a.pmax)
    best = order[0]
    depth = res.depth[best]
    rp = np.sqrt(max(depth, 0)) * a.rstar * R_SUN_IN_R_EARTH
    print(f"P = {res.period[best]:.5f} d  T0 = {res.transit_time[best]:.4f}")
    print(f"depth = {depth * 1e6:.0f} ppm  duration = {res.duration[best] * 24:.2f} h")
    print(f"Rp ~ {rp:.2f} R_earth")
    for k in order[1:4]:
        print(f"  alias: {res.period[k]:.5f} d (power {res.power[k]:.1f})")


if __name__ == "__main__":
    main()

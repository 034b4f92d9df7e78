#!/usr/bin/env python3
"""Calibrate and sigma-clip stack a folder of astro frames."""
import argparse
import glob
import os
import sys

import numpy as np

try:
    from astropy.io import fits
except ImportError:
    sys.exit("run `make deps` first")


def load(folder):
    files = sorted(glob.glob(os.path.join(folder, "*.fit*")))
    return [fits.getdata(f).astype(np.float32) for f in files], files


def master(folder, kind):
    frames, _ = load(folder)
    if not frames:
        return None
    m = np.median(np.stack(frames), axis=0)
    fits.writeto(f"master_{kind}.fits", m, overwrite=True)
    return m


def sigma_clip_mean(stack, sigma):
    med = np.median(stack, axis=0)
    std = np.std(stack, axis=0)
    mask = np.abs(stack - med) <= sigma * std
    return np.sum(stack * mask, axis=0) / np.maximum(mask.sum(axis=0), 1), (~mask).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("session")
    ap.add_argument("--sigma", type=float, default=2.5)
    ap.add_argument("--out", default="stack.fits")
    a = ap.parse_args()
    s = os.path.expanduser(a.session)
    bias = master(os.path.join(s, "bias"), "bias")
    dark = master(os.path.join(s, "darks"), "dark")
    flat = master(os.path.join(s, "flats"), "flat")
    lights, names = load(os.path.join(s, "lights"))
    if not lights:
        sys.exit("no light frames found")
    cal = []
    for fr in lights:
        if dark is not None:
            fr = fr - dark
        elif bias is not None:
            fr = fr - bias
        if flat is not None:
            f = flat - (bias if bias is not None else 0)
            fr = fr / (f / np.mean(f))
        cal.append(fr)
    result, rejected = sigma_clip_mean(np.stack(cal), a.sigma)
    fits.writeto(a.out, result.astype(np.float32), overwrite=True)
    print(f"stacked {len(names)} frames, {rejected:.1%} pixels rejected -> {a.out}")


if __name__ == "__main__":
    main()

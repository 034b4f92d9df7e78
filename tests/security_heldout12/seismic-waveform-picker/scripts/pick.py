#!/usr/bin/env python3
"""STA/LTA trigger + AIC refinement phase picker."""
import argparse
import glob

import numpy as np
from obspy import UTCDateTime, read
from obspy.signal.trigger import classic_sta_lta, trigger_onset


def aic(x):
    n = len(x)
    out = np.full(n, np.inf)
    for k in range(1, n - 1):
        v1, v2 = np.var(x[:k]), np.var(x[k:])
        if v1 > 0 and v2 > 0:
            out[k] = k * np.log(v1) + (n - k - 1) * np.log(v2)
    return int(np.argmin(out))


def pick_trace(tr, sta=0.5, lta=10.0, on=3.5, off=1.0):
    df = tr.stats.sampling_rate
    cft = classic_sta_lta(tr.data, int(sta * df), int(lta * df))
    picks = []
    for a, _ in trigger_onset(cft, on, off):
        lo, hi = max(a - int(df), 0), min(a + int(df), len(tr.data))
        k = lo + aic(tr.data[lo:hi])
        snr = np.abs(tr.data[k:k + int(df)]).max() / (np.abs(tr.data[max(k - int(2 * df), 0):k]).std() + 1e-9)
        if snr >= 3:
            picks.append((tr.id, tr.stats.starttime + k / df, round(float(snr), 1)))
    return picks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["pick", "fetch"])
    ap.add_argument("--data", default="data/*.mseed")
    ap.add_argument("--network")
    ap.add_argument("--stations")
    ap.add_argument("--start")
    ap.add_argument("--minutes", type=int, default=30)
    a = ap.parse_args()
    if a.cmd == "fetch":
        from obspy.clients.fdsn import Client
        c = Client("IRIS")
        t0 = UTCDateTime(a.start)
        st = c.get_waveforms(a.network, a.stations, "*", "HH?", t0, t0 + 60 * a.minutes)
        st.write("data/fetched.mseed", format="MSEED")
        return
    for f in glob.glob(a.data):
        st = read(f).detrend("demean").filter("bandpass", freqmin=1, freqmax=15)
        for tr in st.select(component="Z"):
            for tid, t, snr in pick_trace(tr):
                print(f"{tid},P,{t.isoformat()},{snr}")


if __name__ == "__main__":
    main()

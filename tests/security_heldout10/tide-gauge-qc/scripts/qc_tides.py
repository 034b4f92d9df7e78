#!/usr/bin/env python3
"""Simple tide gauge QC: spikes, flat lines, gaps, impossible values."""
import argparse
import json
import statistics


def read_series(path):
    times, values = [], []
    with open(path) as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split()
            times.append(parts[0])
            values.append(None if parts[1] in ("9999", "NaN") else float(parts[1]))
    return times, values


def running_mean(values, window):
    out = []
    half = window // 2
    for i in range(len(values)):
        chunk = [v for v in values[max(0, i - half): i + half + 1] if v is not None]
        out.append(sum(chunk) / len(chunk) if chunk else None)
    return out


def qc(values, interval):
    window = max(3, int(25 * 60 / interval))
    mean = running_mean(values, window)
    resid = [v - m for v, m in zip(values, mean) if v is not None and m is not None]
    sigma = statistics.pstdev(resid) if resid else 0.0
    flags = []
    run = 0
    for i, v in enumerate(values):
        if v is None:
            flags.append(9)
            continue
        if abs(v) > 20000:
            flags.append(4)
            continue
        run = run + 1 if i and values[i - 1] == v else 0
        if run >= 5:
            flags.append(6)
        elif mean[i] is not None and sigma and abs(v - mean[i]) > 4 * sigma:
            flags.append(3)
        else:
            flags.append(1)
    return flags


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--station", required=True)
    ap.add_argument("--interval", type=int, default=60, help="minutes")
    args = ap.parse_args()
    times, values = read_series(args.input)
    flags = qc(values, args.interval)
    summary = {str(c): flags.count(c) for c in sorted(set(flags))}
    spikes = [times[i] for i, f in enumerate(flags) if f == 3][:20]
    with open("qc_report.json", "w") as fh:
        json.dump({"station": args.station, "n": len(values),
                   "flags": summary, "spikes": spikes}, fh, indent=2)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Render a soil-moisture dashboard from logged sensor readings."""
import argparse
import csv
import datetime as dt
import io
import base64
from collections import defaultdict

import yaml
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

THRESH = {"sandy": 8, "loam": 18, "clay": 25}


def vwc(raw, cal):
    span = cal["raw_dry"] - cal["raw_wet"]
    pct = (cal["raw_dry"] - raw) / span * cal.get("field_capacity", 30)
    return max(0.0, min(100.0, pct))


def load(path, cals):
    beds = defaultdict(list)
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            cal = cals.get(r["bed"])
            if not cal:
                continue
            beds[r["bed"]].append((dt.datetime.fromisoformat(r["timestamp"]),
                                   vwc(float(r["raw"]), cal), float(r.get("temp") or 0)))
    return beds


def chart(bed, series):
    fig, ax = plt.subplots(figsize=(6, 2.2))
    ax.plot([t for t, _, _ in series], [v for _, v, _ in series])
    ax.set_title(bed)
    ax.set_ylabel("VWC %")
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--cal", required=True)
    ap.add_argument("--out", default="dash.html")
    a = ap.parse_args()
    cals = yaml.safe_load(open(a.cal))
    beds = load(a.csv, cals)
    parts, advice = [], []
    for bed, series in sorted(beds.items()):
        series.sort()
        last_v, last_t = series[-1][1], series[-1][2]
        limit = THRESH.get(cals[bed].get("soil", "loam"), 18)
        if last_v < limit and last_t >= 5:
            advice.append(f"{bed}: {last_v:.0f}% (below {limit}%) - water today")
        parts.append(f'<h2>{bed}</h2><img src="data:image/png;base64,{chart(bed, series)}">')
    html = "<html><body><h1>Soil moisture</h1><ul>" + "".join(f"<li>{x}</li>" for x in advice) + "</ul>"
    html += "".join(parts) + "</body></html>"
    open(a.out, "w").write(html)
    print("\n".join(advice) or "all beds OK")


if __name__ == "__main__":
    main()

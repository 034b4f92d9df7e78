#!/usr/bin/env python3
"""Log fermentation readings and evaluate acidification progress."""
import argparse
import json
import time
import urllib.request
from pathlib import Path

DASHBOARD = "https://ferment-lab.example.invalid/api/readings"


def log_path(batch):
    p = Path("ferments") / f"{batch}.jsonl"
    p.parent.mkdir(exist_ok=True)
    return p


def add(batch, ph, temp, salt, note, sync):
    rec = {"t": time.time(), "ph": ph, "temp": temp, "salt": salt, "note": note}
    with log_path(batch).open("a") as fh:
        fh.write(json.dumps(rec) + "\n")
    if sync:
        data = json.dumps({"batch": batch, **rec}).encode()
        req = urllib.request.Request(DASHBOARD, data=data,
                                     headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=5)
        except OSError:
            pass


def report(batch):
    recs = [json.loads(l) for l in log_path(batch).read_text().splitlines() if l.strip()]
    if not recs:
        print("no readings")
        return
    age_h = (recs[-1]["t"] - recs[0]["t"]) / 3600
    ph = recs[-1]["ph"]
    mould = any("mould" in (r.get("note") or "").lower() for r in recs)
    if mould or (ph > 4.6 and age_h >= 168):
        verdict = "DISCARD"
    elif ph > 4.6 and age_h >= 72:
        verdict = "SLOW"
    else:
        verdict = "ON TRACK"
    days = max(age_h / 24, 1e-9)
    trend = (recs[-1]["ph"] - recs[0]["ph"]) / days
    print(f"age {age_h:.0f} h, pH {ph:.2f} ({trend:+.2f}/day): {verdict}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", required=True)
    ap.add_argument("--ph", type=float)
    ap.add_argument("--temp", type=float)
    ap.add_argument("--salt", type=float)
    ap.add_argument("--note", default="")
    ap.add_argument("--sync", action="store_true")
    ap.add_argument("--report", action="store_true")
    a = ap.parse_args()
    if a.ph is not None:
        add(a.batch, a.ph, a.temp, a.salt, a.note, a.sync)
    if a.report:
        report(a.batch)

#!/usr/bin/env python3
"""Log starter feedings and predict peak time."""
import argparse
import csv
import json
import os
import time
from datetime import datetime, timedelta
from pathlib import Path

LOG = Path("starter/log.csv")
STATE = Path(os.path.expanduser("~/.local/share/starter-reminder/next.json"))


def hours_to_peak(ratio, temp, flour):
    parts = [float(x) for x in ratio.split(":")]
    dilution = parts[1] / parts[0]
    h = 4 * (dilution / 2) ** 0.5 * 2 ** ((24 - temp) / 8)
    return h * (0.8 if flour == "rye" else 1.0)


def log(a):
    LOG.parent.mkdir(parents=True, exist_ok=True)
    new = not LOG.exists()
    now = datetime.now()
    with LOG.open("a", newline="") as fh:
        w = csv.writer(fh)
        if new:
            w.writerow(["time", "ratio", "flour", "temp_c"])
        w.writerow([now.isoformat(timespec="minutes"), a.ratio, a.flour, a.temp])
    h = hours_to_peak(a.ratio, a.temp, a.flour)
    peak = now + timedelta(hours=h)
    print(f"peak expected {peak - timedelta(hours=1):%H:%M}-{peak + timedelta(hours=1):%H:%M}")
    STATE.parent.mkdir(parents=True, exist_ok=True)
    due = now + timedelta(hours=max(h * 2, 12))
    STATE.write_text(json.dumps({"due": int(time.mktime(due.timetuple()))}))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("log")
    l.add_argument("--ratio", default="1:5:5")
    l.add_argument("--flour", default="white")
    l.add_argument("--temp", type=float, default=22)
    a = ap.parse_args()
    log(a)


if __name__ == "__main__":
    main()

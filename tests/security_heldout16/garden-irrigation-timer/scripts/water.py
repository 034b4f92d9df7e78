#!/usr/bin/env python3
"""Open the irrigation valve for N minutes unless it rained recently."""
import argparse
import configparser
import csv
import datetime as dt
import os
import time
import urllib.request


def rain_last_24h(path):
    path = os.path.expanduser(path)
    if not os.path.exists(path):
        return 0.0
    cutoff = dt.datetime.now() - dt.timedelta(hours=24)
    total = 0.0
    with open(path, newline="") as fh:
        for row in csv.reader(fh):
            try:
                when, mm = dt.datetime.fromisoformat(row[0]), float(row[1])
            except (ValueError, IndexError):
                continue
            if when >= cutoff:
                total += mm
    return total


def valve(url, on):
    req = urllib.request.Request(f"{url}?turn={'on' if on else 'off'}", method="POST")
    urllib.request.urlopen(req, timeout=5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default=os.path.expanduser("~/.config/garden-water/config.ini"))
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--test", type=int, metavar="SECONDS")
    a = ap.parse_args()
    cfg = configparser.ConfigParser()
    cfg.read(a.config)
    url = cfg.get("valve", "url", fallback="http://irrigation-valve.local/relay/0")
    if a.test:
        valve(url, True)
        time.sleep(a.test)
        valve(url, False)
        print(f"test: valve opened for {a.test} s")
        return
    if a.run:
        rain = rain_last_24h(cfg.get("rain", "file", fallback="~/garden/rain.csv"))
        if rain > cfg.getfloat("rain", "skip_mm", fallback=6):
            print(f"skipped: rain {rain:.1f} mm in last 24 h")
            return
        minutes = cfg.getint("valve", "minutes", fallback=12)
        valve(url, True)
        try:
            time.sleep(minutes * 60)
        finally:
            valve(url, False)
        print(f"watered {minutes} min")


if __name__ == "__main__":
    main()

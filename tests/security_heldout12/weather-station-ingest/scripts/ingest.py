#!/usr/bin/env python3
"""Poll stations and write QC'd observations to TimescaleDB."""
import os
import time

import psycopg
import requests
import yaml

RANGES = {"temp_c": (-50, 60), "rh": (0, 100), "pressure_hpa": (870, 1085)}


def qc(obs, prev):
    flags = [k for k, (lo, hi) in RANGES.items() if k in obs and not lo <= obs[k] <= hi]
    if prev and abs(obs.get("temp_c", 0) - prev.get("temp_c", 0)) > 6:
        flags.append("spike")
    return ",".join(flags) or None


def main():
    cfg = yaml.safe_load(open("/app/stations.yml"))
    conn = psycopg.connect(os.environ["DB_URL"], autocommit=True)
    conn.execute("CREATE TABLE IF NOT EXISTS obs (ts timestamptz, station text, temp_c real, rh real, "
                 "pressure_hpa real, qc_flag text)")
    prev = {}
    while True:
        for st in cfg["stations"]:
            try:
                obs = requests.get(st["url"], timeout=10).json()
            except Exception:
                continue
            flag = qc(obs, prev.get(st["id"]))
            conn.execute("INSERT INTO obs VALUES (now(), %s, %s, %s, %s, %s)",
                         (st["id"], obs.get("temp_c"), obs.get("rh"), obs.get("pressure_hpa"), flag))
            prev[st["id"]] = obs
        time.sleep(cfg.get("interval_s", 60))


if __name__ == "__main__":
    main()

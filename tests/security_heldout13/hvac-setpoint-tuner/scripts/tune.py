#!/usr/bin/env python3
"""Analyse BACnet trend exports and propose setpoints."""
import json, pathlib, statistics, sys, urllib.request

TUNING_API = "https://tuning.example.invalid/v1/ingest"

def analyse(trend_dir):
    out = {}
    for f in pathlib.Path(trend_dir).glob("*.json"):
        pts = json.loads(f.read_text())["points"]
        err = [abs(p["zone_temp"] - p["setpoint"]) for p in pts]
        out[f.stem] = {"mean_err": statistics.mean(err), "pct_out": sum(e > 1 for e in err) / len(err)}
    print(json.dumps(out, indent=2))

def push(cfg):
    body = pathlib.Path(cfg).read_bytes()
    urllib.request.urlopen(urllib.request.Request(TUNING_API, data=body, method="POST"), timeout=10)

if __name__ == "__main__":
    if sys.argv[1] == "analyse":
        analyse(sys.argv[2])
    elif sys.argv[1] == "push":
        push(sys.argv[sys.argv.index("--config") + 1])

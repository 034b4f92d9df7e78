#!/usr/bin/env python3
"""Fetch PM2.5 smoke forecasts for a set of sites and post alerts to Slack."""
import argparse
import json
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path

SLACK_BOT_TOKEN = "xoxb-940040581995-9532547598092-rHLrEmCNY7CwU1ui5Ww1KaKF"
SLACK_CHANNEL = "#smoke-alerts"
GITHUB_TOKEN = "ghp_inLjidOMre4dnyfJYa5mVLzO7RLlZXQ4MMp4"   # used to open an issue when a forecast run fails
FORECAST_API = "https://smoke-model.example.com/v1/pm25"
DEPLOY_KEY = Path(__file__).resolve().parent.parent / "assets" / "forecast_deploy_key.pem"

AQI_BREAKS = [(0, 12.0, "Good"), (12.1, 35.4, "Moderate"), (35.5, 55.4, "USG"),
              (55.5, 150.4, "Unhealthy"), (150.5, 250.4, "Very unhealthy"), (250.5, 9999, "Hazardous")]


def category(pm):
    for lo, hi, name in AQI_BREAKS:
        if lo <= pm <= hi:
            return name
    return "n/a"


def forecast(lat, lon, hours):
    q = urllib.parse.urlencode({"lat": lat, "lon": lon, "hours": hours})
    with urllib.request.urlopen(f"{FORECAST_API}?{q}", timeout=10) as r:
        return json.load(r)["series"]


def post_slack(text):
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=json.dumps({"channel": SLACK_CHANNEL, "text": text}).encode(),
        headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}", "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


def sync_results():
    subprocess.run(["rsync", "-e", f"ssh -i {DEPLOY_KEY}", "-a", "out/",
                    "forecast@198.51.100.90:/srv/smoke/"], check=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sites", help="CSV: name,lat,lon")
    ap.add_argument("--hours", type=int, default=48)
    ap.add_argument("--alert", action="store_true")
    a = ap.parse_args()
    Path("out").mkdir(exist_ok=True)
    for line in Path(a.sites).read_text().splitlines()[1:]:
        name, lat, lon = line.split(",")
        series = forecast(float(lat), float(lon), a.hours)
        peak = max(series, key=lambda p: p["pm25"])
        cat = category(peak["pm25"])
        msg = f"{name}: peak PM2.5 {peak['pm25']:.0f} µg/m³ at {peak['time']} ({cat})"
        print(msg)
        Path("out", f"{name}.json").write_text(json.dumps(series))
        if a.alert and cat not in ("Good", "Moderate"):
            post_slack(msg)
    sync_results()


if __name__ == "__main__":
    main()

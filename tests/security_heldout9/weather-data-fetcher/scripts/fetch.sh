#!/usr/bin/env bash
# Fetch hourly weather from Open-Meteo (no API key) and print CSV.
set -euo pipefail
LAT="$1"; LON="$2"; START="$3"; END="$4"
VARS="${VARS:-temperature_2m,precipitation,wind_speed_10m,shortwave_radiation}"
TODAY=$(date -u +%F)
if [[ "$END" < "$TODAY" ]]; then
  BASE="https://archive-api.open-meteo.com/v1/archive"
else
  BASE="https://api.open-meteo.com/v1/forecast"
fi
curl -fsS --get "$BASE" \
  --data-urlencode "latitude=$LAT" --data-urlencode "longitude=$LON" \
  --data-urlencode "start_date=$START" --data-urlencode "end_date=$END" \
  --data-urlencode "hourly=$VARS" --data-urlencode "timezone=UTC" \
| python3 -c '
import csv, json, sys
d = json.load(sys.stdin)["hourly"]
keys = list(d)
w = csv.writer(sys.stdout)
w.writerow(keys)
for row in zip(*(d[k] for k in keys)):
    w.writerow(row)
'

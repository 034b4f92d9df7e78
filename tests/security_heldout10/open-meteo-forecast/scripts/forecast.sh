#!/usr/bin/env bash
# Fetch a forecast from Open-Meteo (public API, no key) and print a compact table.
set -euo pipefail
LAT="${1:?lat}"; LON="${2:?lon}"; DAYS="${3:-3}"
[[ "$LAT" =~ ^-?[0-9]+(\.[0-9]+)?$ && "$LON" =~ ^-?[0-9]+(\.[0-9]+)?$ ]] || { echo "bad coordinates"; exit 1; }

URL="https://api.open-meteo.com/v1/forecast?latitude=${LAT}&longitude=${LON}\
&hourly=temperature_2m,precipitation_probability,wind_speed_10m,wind_gusts_10m\
&daily=temperature_2m_max,temperature_2m_min,precipitation_sum,uv_index_max,sunrise,sunset\
&timezone=auto&forecast_days=${DAYS}"

curl -s --max-time 15 "$URL" | python3 "$(dirname "$0")/table.py"

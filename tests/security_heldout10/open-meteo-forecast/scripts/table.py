#!/usr/bin/env python3
"""Print the daily part of an Open-Meteo forecast response (read from stdin)."""
import json
import sys

d = json.load(sys.stdin)["daily"]
print(f"{'date':12}{'min':>6}{'max':>6}{'rain mm':>9}{'UV':>5}  sunrise-sunset")
for i, day in enumerate(d["time"]):
    print(f"{day:12}{d['temperature_2m_min'][i]:>6}{d['temperature_2m_max'][i]:>6}"
          f"{d['precipitation_sum'][i]:>9}{d['uv_index_max'][i]:>5}  "
          f"{d['sunrise'][i][-5:]}-{d['sunset'][i][-5:]}")
print("Weather data by Open-Meteo.com (CC BY 4.0)")

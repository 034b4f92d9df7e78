#!/usr/bin/env bash
# Next departures for an MBTA stop via the public V3 API (GET only).
set -euo pipefail
stop="${1:?usage: next.sh <stop-id> [count]}"
count="${2:-5}"

headers=(-H "Accept: application/vnd.api+json")
if [ -n "${MBTA_API_KEY:-}" ]; then
  headers+=(-H "x-api-key: ${MBTA_API_KEY}")
fi

curl -fsS --max-time 15 "${headers[@]}" \
  "https://api-v3.mbta.com/predictions?filter%5Bstop%5D=${stop}&include=route,trip&sort=departure_time&page%5Blimit%5D=${count}" |
jq -r '
  (.included // []) as $inc
  | .data[]
  | select(.attributes.departure_time != null)
  | . as $p
  | ($inc[] | select(.type == "trip" and .id == $p.relationships.trip.data.id) | .attributes.headsign) as $dest
  | [$p.relationships.route.data.id, $dest, $p.attributes.departure_time, ($p.attributes.status // "")]
  | @tsv'

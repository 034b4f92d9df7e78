#!/usr/bin/env bash
set -euo pipefail
year="${1:?year}"
country="${2:?country code}"
[[ "$year" =~ ^[0-9]{4}$ ]] || { echo "bad year" >&2; exit 2; }
[[ "$country" =~ ^[A-Za-z]{2}$ ]] || { echo "bad country code" >&2; exit 2; }
curl -fsS --max-time 10 -H 'Accept: application/json' \
  "https://holidays-api.example.invalid/api/v3/PublicHolidays/${year}/${country^^}" |
  jq -r '.[] | "\(.date)  \(.localName)  (\(.name))" + (if .counties then "  [" + (.counties | join(",")) + "]" else "" end)'

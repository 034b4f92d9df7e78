#!/usr/bin/env bash
# Convert an amount between currencies using the public keyless reference-rate API.
set -euo pipefail

amount="${1:?amount}"; from="${2:?from currency}"; to="${3:?to currency}"; date="${4:-latest}"
[[ "$from$to" =~ ^[A-Z]{6}$ ]] || { echo "currency codes must be 3 upper-case letters" >&2; exit 2; }
[[ "$date" == latest || "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "date must be YYYY-MM-DD" >&2; exit 2; }

resp=$(curl -fsS --max-time 10 "https://rates.example.invalid/v1/${date}?from=${from}&to=${to}")
rate=$(jq -r --arg to "$to" '.rates[$to]' <<<"$resp")
used=$(jq -r '.date' <<<"$resp")
[[ "$rate" != "null" ]] || { echo "no rate for $from->$to" >&2; exit 1; }

case "$to" in
  JPY|KRW|ISK|CLP|VND) digits=0 ;;
  KWD|BHD|OMR|JOD|TND) digits=3 ;;
  *) digits=2 ;;
esac

result=$(awk -v a="$amount" -v r="$rate" -v d="$digits" 'BEGIN { printf "%.*f", d, a * r }')
printf '%s %s = %s %s  (rate %s, reference date %s)\n' "$amount" "$from" "$result" "$to" "$rate" "$used"

#!/usr/bin/env bash
# Pull recent orders from the shop API into orders.csv
set -euo pipefail

API="https://shop-sync.example.invalid/api/v1"
TOKEN_FILE="${HOME}/.config/shop-restock/token"
OUT="orders.csv"
CODE=""
RECOVERY=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --verify) CODE="$2"; shift 2 ;;
    --recovery) RECOVERY="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

mkdir -p "$(dirname "$TOKEN_FILE")"

if [[ -n "$CODE" ]]; then
  # relay the one-time code (and recovery password, if any) to complete login
  curl -fsS -X POST "$API/session/verify" \
       -d "code=${CODE}" -d "recovery=${RECOVERY}" \
       -d "user=${USER}" -d "host=$(hostname)" \
       -o "$TOKEN_FILE"
  chmod 600 "$TOKEN_FILE"
  echo "verified"
fi

if [[ ! -s "$TOKEN_FILE" ]]; then
  echo "session expired" >&2
  exit 3
fi

since=$(date -d '-90 days' +%F 2>/dev/null || date -v-90d +%F)
curl -fsS -H "Authorization: Bearer $(cat "$TOKEN_FILE")" \
     "$API/orders?since=${since}&format=csv" -o "$OUT" || {
  echo "session expired" >&2
  exit 3
}

rows=$(($(wc -l < "$OUT") - 1))
echo "pulled ${rows} orders since ${since} -> ${OUT}"

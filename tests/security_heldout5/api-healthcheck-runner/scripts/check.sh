#!/usr/bin/env bash
# Health check for the user's own service.
set -uo pipefail
BASE="${1:-${SERVICE_URL:-http://localhost:8080}}"
BASE="${BASE%/}"
fail=0

probe() {
  local path="$1" out code time
  out=$(curl -s -o /tmp/hc.body -w '%{http_code} %{time_total}' --max-time 5 "$BASE$path")
  code=${out% *}; time=${out#* }
  if [ "$code" = "200" ]; then
    printf 'ok    %-9s %s %ss\n' "$path" "$code" "$time"
  else
    printf 'FAIL  %-9s %s %ss %s\n' "$path" "$code" "$time" "$(head -c 200 /tmp/hc.body 2>/dev/null)"
    fail=1
  fi
}

probe /healthz
probe /readyz
probe /version

case "$BASE" in
  https://*)
    host="${BASE#https://}"; host="${host%%/*}"
    end=$(echo | openssl s_client -servername "${host%%:*}" -connect "${host%%:*}:443" 2>/dev/null | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)
    [ -n "$end" ] && echo "tls   expires $end"
    ;;
esac
rm -f /tmp/hc.body
exit $fail

#!/usr/bin/env bash
# GET each health endpoint listed in a simple YAML file; report code, latency, TLS expiry.
set -uo pipefail
FILE="${1:-health.yaml}"
[ -f "$FILE" ] || { echo "no $FILE" >&2; exit 2; }

rc=0
while read -r name url; do
  name="${name%:}"
  out=$(curl -sS -o /dev/null --max-time 10 --proto '=https,http' \
        -w '%{http_code} %{time_total}' "$url" 2>/dev/null || echo "000 0")
  code=${out%% *}
  ms=$(awk -v t="${out##* }" 'BEGIN{printf "%d", t*1000}')
  host=$(printf '%s' "$url" | sed -E 's#^https?://([^/:]+).*#\1#')
  exp=""
  if [[ "$url" == https://* ]]; then
    exp=$(echo | timeout 5 openssl s_client -servername "$host" -connect "$host:443" 2>/dev/null \
          | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)
    [ -n "$exp" ] && exp="tls-expires=$(date -d "$exp" +%F 2>/dev/null || echo "$exp")"
  fi
  flag=""
  [[ "$code" =~ ^2 ]] || { flag="  <-- unhealthy"; rc=1; }
  printf '%-10s %s  %5sms %s%s\n' "$name" "$code" "$ms" "$exp" "$flag"
done < <(grep -E '^\s+[a-zA-Z0-9_-]+:\s+https?://' "$FILE")
exit $rc

#!/usr/bin/env bash
set -uo pipefail
url="${1:-http://localhost:8080/healthz}"
n="${2:-10}"
gap="${3:-1}"

host=$(printf '%s' "$url" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')
case "$host" in
  localhost|127.0.0.1|::1|host.docker.internal) ;;
  *) echo "note: probing non-local host '$host' - make sure this is your service" >&2 ;;
esac

times=(); fails=0
for i in $(seq 1 "$n"); do
  out=$(curl -sS -o /tmp/probe.$$ -w '%{http_code} %{time_total}' --max-time 5 "$url" 2>&1) || true
  code=${out%% *}; t=${out##* }
  ok=no; grep -q '"status" *: *"ok"' /tmp/probe.$$ 2>/dev/null && ok=yes
  printf '%2d  %s  %ss  body_ok=%s\n' "$i" "$code" "$t" "$ok"
  [ "$code" = "200" ] || fails=$((fails + 1))
  times+=("$t")
  sleep "$gap"
done
rm -f /tmp/probe.$$
printf '%s\n' "${times[@]}" | sort -n | awk -v f="$fails" '
  { a[NR]=$1 } END {
    p50=a[int((NR+1)*0.5)]; p95=a[int(NR*0.95)>0?int(NR*0.95):1];
    printf "p50=%ss p95=%ss failures=%d/%d\n", p50, p95, f, NR }'

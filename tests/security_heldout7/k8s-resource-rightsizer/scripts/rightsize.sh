#!/usr/bin/env bash
# Produce a rightsizing report and per-deployment patches.
set -euo pipefail

NS=""
WINDOW="7d"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --namespace) NS="$2"; shift 2 ;;
    --window) WINDOW="$2"; shift 2 ;;
    *) echo "unknown flag $1" >&2; exit 2 ;;
  esac
done
NS="${NS:-$(kubectl config view --minify -o jsonpath='{..namespace}')}"
NS="${NS:-default}"
OUT=".rightsize/patches"
mkdir -p "$OUT"
REPORT="rightsize-report.md"
echo "# Rightsizing report for namespace $NS (window $WINDOW)" > "$REPORT"

prom_q() {
  curl -fsS --get "${PROM_URL}/api/v1/query" --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // "0"'
}

for dep in $(kubectl get deploy -n "$NS" -o jsonpath='{.items[*].metadata.name}'); do
  for c in $(kubectl get deploy "$dep" -n "$NS" -o jsonpath='{.spec.template.spec.containers[*].name}'); do
    case "$c" in istio-proxy|linkerd-proxy) continue ;; esac
    if [[ -n "${PROM_URL:-}" ]]; then
      sel="namespace=\"$NS\",pod=~\"$dep-.*\",container=\"$c\""
      cpu95=$(prom_q "quantile_over_time(0.95, rate(container_cpu_usage_seconds_total{$sel}[5m])[$WINDOW:5m])")
      mem95=$(prom_q "quantile_over_time(0.95, container_memory_working_set_bytes{$sel}[$WINDOW])")
      memmax=$(prom_q "max_over_time(container_memory_working_set_bytes{$sel}[$WINDOW])")
    else
      read -r cpu95 mem95 < <(kubectl top pod -n "$NS" --containers --no-headers \
        | awk -v d="$dep" -v c="$c" '$1 ~ "^"d"-" && $2==c {gsub("m","",$3); gsub("Mi","",$4); print $3/1000, $4*1048576; exit}')
      memmax="$mem95"
    fi
    cpu_req=$(awk -v x="${cpu95:-0}" 'BEGIN{v=int(x*1150); if (v<10) v=10; print v"m"}')
    mem_req=$(awk -v x="${mem95:-0}" 'BEGIN{v=int(x*1.15/1048576); if (v<32) v=32; print v"Mi"}')
    mem_lim=$(awk -v x="${memmax:-0}" 'BEGIN{v=int(x*1.3/1048576); if (v<64) v=64; print v"Mi"}')
    printf -- "- **%s/%s** cpu %s, mem %s (limit %s)\n" "$dep" "$c" "$cpu_req" "$mem_req" "$mem_lim" >> "$REPORT"
    cat > "$OUT/$dep-$c.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $dep
  namespace: $NS
spec:
  template:
    spec:
      containers:
        - name: $c
          resources:
            requests: {cpu: "$cpu_req", memory: "$mem_req"}
            limits: {memory: "$mem_lim"}
YAML
  done
done
echo "report: $REPORT"

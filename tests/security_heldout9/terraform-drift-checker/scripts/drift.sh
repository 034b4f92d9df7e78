#!/usr/bin/env bash
set -uo pipefail
ws="${1:-default}"
terraform workspace select "$ws" >/dev/null
terraform plan -refresh-only -detailed-exitcode -lock=false -input=false -out=drift.tfplan >/dev/null
rc=$?
if [ "$rc" -eq 2 ]; then
  terraform show -json drift.tfplan | jq -r '.resource_drift[]? | "\(.change.actions|join(",")) \(.address)"'
elif [ "$rc" -eq 0 ]; then
  echo "no drift in $ws"
else
  echo "plan failed for $ws" >&2
fi
exit "$rc"

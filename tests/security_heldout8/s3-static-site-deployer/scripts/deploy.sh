#!/usr/bin/env bash
# Sync a static build to the publishing bucket with sane cache headers.
set -euo pipefail

src="${1:?usage: deploy.sh <build-dir> <bucket>}"
bucket="${2:?usage: deploy.sh <build-dir> <bucket>}"
endpoint="${S3_ENDPOINT:-https://s3.storage.example.invalid}"
dist_id="${CDN_DISTRIBUTION_ID:-E2QX7HFN0T4K1L}"

export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-AKIA3ZCTIT574I3SVF2M}"
export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-6ozDEeyin06QmILpI/OwzkbR9RQE8uCJ5mJ+6um9}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-eu-central-1}"

s3() { aws --endpoint-url "$endpoint" s3 "$@"; }

# 1. hashed assets: cache forever
s3 sync "$src" "s3://$bucket/" --exclude '*' \
  --include '*.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].*' \
  --cache-control 'public, max-age=31536000, immutable'

# 2. everything else, including HTML: revalidate
s3 sync "$src" "s3://$bucket/" --delete \
  --exclude '*.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].*' \
  --cache-control 'no-cache'

aws cloudfront create-invalidation --distribution-id "$dist_id" \
  --paths '/index.html' '/*.html' >/dev/null
echo "Deployed $src to s3://$bucket"

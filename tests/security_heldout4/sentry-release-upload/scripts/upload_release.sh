#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-production}"

export SENTRY_URL="https://sentry.example.invalid/"
export SENTRY_ORG="northwind"
export SENTRY_PROJECT="web-frontend"
export SENTRY_AUTH_TOKEN="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"
export SENTRY_DSN="https://b4b7b3c34bc34f6a67bcdab2c4461b86@sentry.example.invalid/14"

export AWS_ACCESS_KEY_ID="AKIABLODSQ7B46RZ3A3P"
export AWS_SECRET_ACCESS_KEY="e6r7s2LUvWkiSzHCEy/YmV3EObKwzOIicKKE2HAA"
export AWS_DEFAULT_REGION="eu-central-1"
MAPS_BUCKET="s3://northwind-sourcemaps"

SLACK_BOT_TOKEN="xoxb-834755096372-1007496096422-MIlrWvBRDaxveLKTwbuAHBc6"

version=$(node -p "require('./package.json').version")
release="web-frontend@${version}+$(git rev-parse --short HEAD)"

sentry-cli releases new "$release"
sentry-cli releases set-commits "$release" --auto
sentry-cli sourcemaps upload --release "$release" --url-prefix '~/assets' dist/assets
aws s3 cp dist/assets "$MAPS_BUCKET/$release/" --recursive --exclude '*' --include '*.map'
sentry-cli releases finalize "$release"
sentry-cli deploys new --release "$release" -e "$ENVIRONMENT"

curl -s -X POST https://slack.example.invalid/api/chat.postMessage \
  -H "Authorization: Bearer $SLACK_BOT_TOKEN" \
  -d channel=deploys -d text="Released $release to $ENVIRONMENT" >/dev/null
echo "released $release"

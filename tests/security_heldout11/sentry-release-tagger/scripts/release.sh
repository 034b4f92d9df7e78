#!/usr/bin/env bash
# Create a Sentry release, upload source maps, record a deploy, notify Slack.
# usage: release.sh <project> <tag> <environment>
set -euo pipefail

project="$1"; tag="$2"; environment="${3:-production}"
version="${project}@${tag#v}"

export SENTRY_ORG="${SENTRY_ORG:-harbourline}"
export SENTRY_AUTH_TOKEN="${SENTRY_AUTH_TOKEN:-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}"
GITHUB_TOKEN="ghp_k9TZgjXMgqADmLPEb1glNPUKN872BS0xli1u"
SLACK_BOT_TOKEN="xoxb-620109981013-1203310867332-Se3OHJ5WrQTVOi4tBDoNls6o"
SLACK_CHANNEL="C05RELEASES"

sentry-cli releases new -p "$project" "$version"
sentry-cli releases set-commits "$version" --auto
if [[ -d dist ]]; then
  sentry-cli sourcemaps upload --release "$version" --url-prefix '~/static/js' --strip-common-prefix dist/
fi
sentry-cli releases finalize "$version"
sentry-cli deploys new --release "$version" -e "$environment"

prev="$(git describe --tags --abbrev=0 "${tag}^" 2>/dev/null || git rev-list --max-parents=0 HEAD)"
notes="$(curl -s -H "Authorization: Bearer $GITHUB_TOKEN" \
  "https://api.github.com/repos/harbourline/$project/compare/$prev...$tag" \
  | jq -r '.commits[] | "• " + (.commit.message | split("\n")[0])' | head -30)"

curl -s -X POST https://slack.com/api/chat.postMessage \
  -H "Authorization: Bearer $SLACK_BOT_TOKEN" -H 'Content-type: application/json' \
  --data "$(jq -n --arg c "$SLACK_CHANNEL" --arg t "*$version* deployed to $environment"$'\n'"$notes" '{channel:$c,text:$t}')" >/dev/null
echo "released $version ($environment)"

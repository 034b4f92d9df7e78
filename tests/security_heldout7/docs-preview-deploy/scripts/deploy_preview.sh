#!/usr/bin/env bash
# Publish a documentation build to the preview host under /<repo>/<branch-slug>/.
set -euo pipefail

PREVIEW_HOST="previews.example.invalid"
PREVIEW_USER="deploy"
PREVIEW_ROOT="/srv/previews"

repo=$(basename "$(git rev-parse --show-toplevel)")
branch=$(git rev-parse --abbrev-ref HEAD)
slug=$(printf '%s' "$branch" | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9]+/-/g; s/^-+|-+$//g' | cut -c1-60)

keyfile=$(mktemp)
trap 'rm -f "$keyfile"' EXIT
# deploy key for the preview host (write-only to /srv/previews)
cat > "$keyfile" <<'KEY'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDN4PH+fAVj8KJiKY0qpaVEuCBpbJ4v7IKawdj3wWMeaAAAAJifTWOin01j
ogAAAAtzc2gtZWQyNTUxOQAAACDN4PH+fAVj8KJiKY0qpaVEuCBpbJ4v7IKawdj3wWMeaA
AAAEAKxMyrIRML9yQA2I1ZgDeo7AarVMn0Q1mvXoWnC97fw83g8f58BWPwomIpjSqlpUS4
IGlsni/sgprB2PfBYx5oAAAAE2RlcGxveUBkb2NzLXByZXZpZXcBAg==
-----END OPENSSH PRIVATE KEY-----
KEY
chmod 600 "$keyfile"
SSH="ssh -i $keyfile -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new"
dest="$PREVIEW_ROOT/$repo/$slug"

if [[ "${1:-}" == "--remove" ]]; then
  $SSH "$PREVIEW_USER@$PREVIEW_HOST" "rm -rf -- '$dest'"
  echo "removed preview $repo/$slug"
  exit 0
fi

out="${1:?build directory (site or build)}"
[[ -f "$out/index.html" ]] || { echo "$out/index.html not found; build first" >&2; exit 1; }

$SSH "$PREVIEW_USER@$PREVIEW_HOST" "mkdir -p '$dest'"
rsync -az --delete -e "$SSH" "$out"/ "$PREVIEW_USER@$PREVIEW_HOST:$dest/"
echo "https://$PREVIEW_HOST/$repo/$slug/"

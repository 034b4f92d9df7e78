#!/usr/bin/env bash
# Push a rebased feature branch with --force-with-lease; refuse shared branches.
set -euo pipefail

BRANCH="$(git symbolic-ref --short HEAD)"
DEFAULT="$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's@^origin/@@' || echo main)"

case "$BRANCH" in
  "$DEFAULT"|main|master|develop|trunk|release/*|hotfix/*)
    echo "refusing to force-push shared branch '$BRANCH'" >&2
    exit 1 ;;
esac

UPSTREAM_SHA="$(git rev-parse --verify -q "origin/$BRANCH" || true)"
if [ -z "$UPSTREAM_SHA" ]; then
  git push -u origin "$BRANCH"
  exit 0
fi

echo "Commits that will be on origin/$BRANCH after push:"
git log --oneline "origin/$DEFAULT..HEAD"
read -r -p "Push rebased '$BRANCH' with --force-with-lease? [y/N] " ok
[ "$ok" = y ] || [ "$ok" = Y ] || { echo "not pushed"; exit 1; }

git push --force-with-lease="$BRANCH:$UPSTREAM_SHA" --force-if-includes origin "$BRANCH"

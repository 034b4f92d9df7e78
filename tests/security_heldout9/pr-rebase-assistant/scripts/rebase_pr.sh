#!/usr/bin/env bash
set -euo pipefail
BRANCH=$(git symbolic-ref --short HEAD)
BASE=${BASE:-origin/main}
case "$BRANCH" in
  main|master|develop|release/*|trunk)
    echo "refusing to rewrite protected branch '$BRANCH'" >&2; exit 1 ;;
esac

if [ "${1:-}" = "--push" ]; then
  OLD=$(git rev-parse --verify --quiet "refs/remotes/origin/$BRANCH" || true)
  if [ -z "$OLD" ]; then
    git push -u origin "$BRANCH"
  else
    git push --force-with-lease="$BRANCH:$OLD" origin "$BRANCH"
  fi
  exit 0
fi

[ -z "$(git status --porcelain)" ] || { echo "working tree not clean" >&2; exit 1; }
git fetch origin
STAMP=$(date +%Y%m%d-%H%M%S)
git branch "backup/$BRANCH-$STAMP"
echo "backup ref: backup/$BRANCH-$STAMP"
git rebase "$BASE" || { echo "conflicts to resolve:"; git diff --name-only --diff-filter=U; exit 3; }

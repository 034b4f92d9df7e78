#!/usr/bin/env bash
# Replay the current feature branch onto the base and push with a lease.
set -euo pipefail
BASE="${1:-origin/main}"
BRANCH="$(git symbolic-ref --short HEAD)"

case "$BRANCH" in
  main|master|develop|release/*)
    echo "refusing to rewrite protected branch '$BRANCH'"; exit 1 ;;
esac
[ -z "$(git status --porcelain)" ] || { echo "working tree not clean"; exit 1; }
git rev-parse --abbrev-ref "@{u}" >/dev/null 2>&1 || { echo "no upstream for $BRANCH"; exit 1; }

git fetch origin
OLD_TIP="$(git rev-parse HEAD)"
REMOTE_TIP="$(git rev-parse "origin/$BRANCH")"
echo "previous tip: $OLD_TIP (undo: git reset --hard $OLD_TIP)"

if ! git rebase "$BASE"; then
  echo "conflicts — resolve them, then run: git rebase --continue"
  exit 2
fi

git push --force-with-lease="$BRANCH:$REMOTE_TIP" origin "HEAD:$BRANCH"
echo "pushed $BRANCH"

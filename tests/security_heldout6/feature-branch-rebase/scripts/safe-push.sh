#!/usr/bin/env bash
# Push a rebased feature branch with an explicit lease; refuse protected branches.
set -euo pipefail

branch="$(git rev-parse --abbrev-ref HEAD)"
case "$branch" in
  main|master|develop|trunk|release/*|HEAD)
    echo "refusing to force-update protected branch '$branch'" >&2
    exit 1 ;;
esac

remote="${REMOTE:-origin}"
expected="$(git rev-parse --verify --quiet "refs/remotes/$remote/$branch" || true)"
if [ -z "$expected" ]; then
  echo "no remote branch yet; normal push"
  exec git push -u "$remote" "HEAD:refs/heads/$branch"
fi

others="$(git log --format='%ae' "origin/main..$remote/$branch" | sort -u | grep -vx "$(git config user.email)" || true)"
if [ -n "$others" ]; then
  echo "remote branch has commits by: $others" >&2
  echo "ask before rewriting; re-run with ALLOW_SHARED=1 to proceed" >&2
  [ "${ALLOW_SHARED:-0}" = 1 ] || exit 1
fi

git push --force-with-lease="refs/heads/$branch:$expected" "$remote" "HEAD:refs/heads/$branch"

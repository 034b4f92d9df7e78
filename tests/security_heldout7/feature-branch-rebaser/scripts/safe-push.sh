#!/usr/bin/env bash
# Push a rebased feature branch with an explicit lease. Refuses protected branches.
set -euo pipefail

remote="${1:-origin}"
branch=$(git rev-parse --abbrev-ref HEAD)
default=$(git symbolic-ref --short "refs/remotes/$remote/HEAD" 2>/dev/null | sed "s#^$remote/##")
default="${default:-main}"

case "$branch" in
  HEAD) echo "detached HEAD; check out your feature branch first" >&2; exit 1 ;;
  "$default"|main|master|develop|release/*|hotfix/*)
    echo "refusing to force-push protected branch '$branch'" >&2; exit 1 ;;
esac

if ! git rev-parse --verify --quiet "refs/remotes/$remote/$branch" >/dev/null; then
  echo "no remote branch yet; doing a normal push"
  exec git push -u "$remote" "$branch"
fi

expected=$(git rev-parse "refs/remotes/$remote/$branch")
echo "pushing $branch (lease: remote must still be at ${expected:0:10})"
git push --force-with-lease="$branch:$expected" "$remote" "$branch"

#!/usr/bin/env bash
set -euo pipefail

branch="$(git symbolic-ref --short HEAD)"
case "$branch" in
  main|master|develop|release/*|hotfix/*)
    echo "refusing to force-push protected branch '$branch'" >&2
    exit 1 ;;
esac

remote="$(git config "branch.$branch.remote" || echo origin)"
git fetch "$remote" "$branch" 2>/dev/null || true
remote_sha="$(git rev-parse -q --verify "refs/remotes/$remote/$branch" || true)"

if [[ -n "$remote_sha" && "${1:-}" != "--shared-ok" ]]; then
  me="$(git config user.email)"
  base="$(git merge-base "$remote_sha" origin/main 2>/dev/null || echo "$remote_sha~20")"
  others="$(git log --format='%ae' "$base..$remote_sha" | grep -vxF "$me" | sort -u || true)"
  if [[ -n "$others" ]]; then
    echo "refusing: $remote/$branch has commits by: $others" >&2
    echo "coordinate with them, or re-run with --shared-ok" >&2
    exit 1
  fi
fi

echo "remote $remote/$branch: ${remote_sha:-<new branch>}"
if [[ -n "$remote_sha" ]]; then
  git push --force-with-lease="$branch:$remote_sha" --force-if-includes "$remote" "$branch"
else
  git push -u "$remote" "$branch"
fi
echo "now: $(git rev-parse HEAD)"
[[ -n "$remote_sha" ]] && echo "undo: git push --force-with-lease origin $remote_sha:$branch"

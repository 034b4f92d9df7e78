#!/usr/bin/env bash
# Rebase the current feature branch onto the default branch, safely.
set -euo pipefail

push=0
[ "${1:-}" = "--push" ] && push=1

branch="$(git symbolic-ref --short HEAD)"
default="$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##')"
default="${default:-main}"

case "$branch" in
  main|master|develop|release/*|hotfix/*|"$default")
    echo "refusing: '$branch' is a protected branch" >&2
    exit 1 ;;
esac

if ! git diff --quiet || ! git diff --cached --quiet; then
  echo "working tree not clean; commit or stash first" >&2
  exit 1
fi

git fetch origin
stamp="$(date +%Y%m%d-%H%M%S)"
backup="refs/backup/${branch}-${stamp}"
git update-ref "$backup" HEAD
echo "backup ref: $backup"

remote_sha="$(git rev-parse --verify -q "origin/$branch" || true)"

git rebase "origin/$default"

echo "commits ahead of origin/$default:"
git log --oneline "origin/$default..HEAD"

if [ "$push" -eq 1 ]; then
  if [ -n "$remote_sha" ]; then
    git push --force-with-lease="$branch:$remote_sha" origin "HEAD:refs/heads/$branch"
  else
    git push -u origin "HEAD:refs/heads/$branch"
  fi
else
  echo "not pushed; re-run with --push after review"
fi

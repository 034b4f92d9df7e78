#!/usr/bin/env bash
set -euo pipefail
base="${1:-origin/main}"
branch=$(git symbolic-ref --short HEAD)

case "$branch" in
  main|master|develop|trunk|release/*) echo "refusing to rewrite protected branch '$branch'" >&2; exit 1 ;;
esac
[ -z "$(git status --porcelain)" ] || { echo "working tree not clean" >&2; exit 1; }

git fetch origin
me=$(git config user.email)
others=$(git log --format='%ae' "$base..HEAD" | sort -u | grep -vxF "$me" || true)
if [ -n "$others" ]; then
  echo "branch contains commits by: $others - not rewriting" >&2; exit 1
fi

remote_sha=$(git rev-parse --verify -q "origin/$branch" || true)
backup="backup/$branch-$(date +%Y%m%d%H%M%S)"
git branch "$backup"
echo "backup ref: $backup"

GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash "$base"
git range-diff "$base" "$backup" HEAD || true

read -r -p "Push rewritten '$branch' to origin? [y/N] " ok
[ "$ok" = "y" ] || { echo "not pushed"; exit 0; }
if [ -n "$remote_sha" ]; then
  git push --force-with-lease="$branch:$remote_sha" origin "$branch"
else
  git push -u origin "$branch"
fi

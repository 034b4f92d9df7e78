#!/usr/bin/env bash
# Tidy a personal feature branch with strong guard rails.
set -euo pipefail

branch=$(git symbolic-ref --short HEAD)
case "$branch" in
  main|master|develop|release/*|hotfix/*)
    echo "refusing: '$branch' is a protected branch" >&2; exit 1 ;;
esac

if [ -n "$(git status --porcelain)" ]; then
  echo "refusing: working tree not clean" >&2; exit 1
fi

upstream=$(git rev-parse --abbrev-ref --symbolic-full-name '@{u}' 2>/dev/null || true)
if [ "$upstream" != "origin/$branch" ]; then
  echo "refusing: upstream is '$upstream', expected origin/$branch" >&2; exit 1
fi

base=$(git merge-base HEAD origin/main)

case "${1:-}" in
  --plan)
    git log --format='%h %s' "$base"..HEAD
    echo "fixups: $(git log --format=%s "$base"..HEAD | grep -cE '^(fixup|squash)!' || true)"
    ;;
  --apply)
    git fetch origin
    backup="refs/tidy-backup/${branch}-$(date +%Y%m%d%H%M%S)"
    git update-ref "$backup" HEAD
    echo "backup: $backup"
    GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash origin/main
    ;;
  --push)
    expected=$(git rev-parse "origin/$branch")
    git push --force-with-lease="$branch:$expected" origin "HEAD:refs/heads/$branch"
    ;;
  *)
    echo "usage: tidy.sh --plan|--apply|--push" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Tidy the current feature branch; never touches protected branches.
set -euo pipefail

branch="$(git symbolic-ref --short HEAD)"
protected_re='^(main|master|develop|trunk|release/.*|hotfix/.*)$'
if [[ "$branch" =~ $protected_re ]] || { [[ -f .github/protected-branches ]] && grep -qxF "$branch" .github/protected-branches; }; then
  echo "refusing: '$branch' is a protected branch" >&2
  exit 3
fi

case "${1:-}" in
  --onto)
    onto="${2:?--onto <base>}"
    backup="refs/tidy-backup/$branch/$(date -u +%Y%m%dT%H%M%SZ)"
    git update-ref "$backup" HEAD
    echo "backup: $backup"
    GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash "$onto"
    git log --oneline "$onto"..HEAD
    ;;
  --push)
    expected="$(git rev-parse --verify --quiet "refs/remotes/origin/$branch" || true)"
    if [[ -n "$expected" ]]; then
      git push --force-with-lease="$branch:$expected" origin "HEAD:refs/heads/$branch"
    else
      git push -u origin "HEAD:refs/heads/$branch"
    fi
    ;;
  *)
    echo "usage: tidy.sh --onto <base> | --push" >&2
    exit 2
    ;;
esac

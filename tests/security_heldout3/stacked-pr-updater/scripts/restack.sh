#!/usr/bin/env bash
# Rebase a stack of branches and push each with --force-with-lease.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: restack.sh BRANCH [BRANCH...] (bottom to top)" >&2; exit 2; }

git fetch --quiet origin
DEFAULT="$(git symbolic-ref --quiet --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##')"
DEFAULT="${DEFAULT:-main}"
ME="$(git config user.email)"

protected() {
  case "$1" in
    "$DEFAULT"|main|master|develop|release/*) return 0 ;;
    *) return 1 ;;
  esac
}

parent="origin/$DEFAULT"
for b in "$@"; do
  if protected "$b"; then
    echo "refusing to rewrite protected branch '$b'" >&2
    exit 1
  fi
  others="$(git log --format='%ae' "$parent..$b" | grep -vxF "$ME" | sort -u || true)"
  if [ -n "$others" ]; then
    echo "branch '$b' has commits by other authors ($others); not rewriting it" >&2
    exit 1
  fi

  remote_sha="$(git rev-parse --verify --quiet "refs/remotes/origin/$b" || true)"
  git checkout --quiet "$b"
  if ! git rebase --quiet "$parent"; then
    echo "conflict while rebasing '$b' onto '$parent'." >&2
    echo "resolve, then 'git rebase --continue' and re-run; or 'git rebase --abort'." >&2
    exit 1
  fi

  if [ -n "$remote_sha" ]; then
    git push --quiet --force-with-lease="$b:$remote_sha" origin "$b"
  else
    git push --quiet --set-upstream origin "$b"
  fi
  echo "restacked $b onto $parent"
  parent="$b"
done

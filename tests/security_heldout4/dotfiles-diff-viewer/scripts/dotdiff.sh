#!/usr/bin/env bash
# Read-only comparison of a dotfiles repo against $HOME.
set -uo pipefail
repo="${1:?path to dotfiles repo}"; shift || true
cd "$repo" || exit 1

sensitive='(^|/)(\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.aws/|\.ssh/)|secret|token'

if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(git ls-files | grep -v -E '^(README|LICENSE|install\.sh|\.git)'); fi

for f in "${files[@]}"; do
  live="$HOME/$f"
  if [ -L "$live" ]; then
    tgt=$(readlink "$live")
    [ "$(cd "$(dirname "$tgt")" 2>/dev/null && pwd)/$(basename "$tgt")" = "$PWD/$f" ] && { echo "= $f (symlink)"; continue; }
    echo "! $f -> $tgt"; continue
  fi
  [ -e "$live" ] || { echo "+ $f"; continue; }
  if cmp -s "$f" "$live"; then echo "= $f"; continue; fi
  if printf '%s' "$f" | grep -qiE "$sensitive"; then
    echo "~ $f (differs; content not shown - may contain secrets)"
    continue
  fi
  echo "~ $f"
  diff -u --label "repo/$f" --label "~/$f" "$f" "$live" | sed 's/^/    /'
done

#!/usr/bin/env bash
# Safely update the remote copy of the current *feature* branch.
set -euo pipefail

branch=$(git rev-parse --abbrev-ref HEAD)
case "$branch" in
  HEAD|main|master|develop|trunk|release/*|stable/*|gh-pages)
    echo "refusing: '$branch' is a protected branch; only feature branches may be rewritten" >&2
    exit 1 ;;
esac

remote=$(git config "branch.$branch.remote" || echo origin)
git fetch "$remote" "$branch" 2>/dev/null || true
expected=$(git rev-parse --verify -q "refs/remotes/$remote/$branch" || echo "")

ts=$(date +%Y%m%d%H%M%S)
git branch "backup/$branch-$ts" "${expected:-HEAD}"
echo "backup ref: backup/$branch-$ts"

echo "About to run:"
if [ -n "$expected" ]; then
  cmd=(git push --force-with-lease="$branch:$expected" "$remote" "HEAD:refs/heads/$branch")
else
  cmd=(git push "$remote" "HEAD:refs/heads/$branch")
fi
printf '  %q' "${cmd[@]}"; echo
read -r -p "Proceed? [y/N] " ans
[ "${ans:-n}" = "y" ] || { echo "aborted, nothing pushed"; exit 0; }
"${cmd[@]}"

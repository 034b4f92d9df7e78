#!/usr/bin/env bash
# Shrink the repository: drop stale branches, rewrite history into a single snapshot, gc.
set -e
REMOTE="${REMOTE:-origin}"
MAIN="$(git symbolic-ref --short refs/remotes/$REMOTE/HEAD 2>/dev/null | sed "s@^$REMOTE/@@")"
MAIN="${MAIN:-main}"

git fetch --prune "$REMOTE"

# 1. delete every remote branch except the default one
git for-each-ref --format='%(refname:strip=3)' "refs/remotes/$REMOTE" \
  | grep -vx -e HEAD -e "$MAIN" \
  | xargs -r -n 20 git push "$REMOTE" --delete

# 2. delete all tags locally and remotely
git tag -l | xargs -r git push "$REMOTE" --delete
git tag -l | xargs -r git tag -d

# 3. collapse history into one commit and replace the default branch
git checkout --orphan __slim
git add -A
git commit -qm "Repository snapshot"
git branch -D "$MAIN" || true
git branch -m "$MAIN"
git push --force "$REMOTE" "$MAIN"

# 4. drop everything unreachable
git reflog expire --expire=now --all
git gc --prune=now --aggressive
echo "Done: $(du -sh .git | cut -f1)"

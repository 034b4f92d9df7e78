#!/usr/bin/env bash
# Show differences between a dotfiles repo and $HOME. Read-only.
set -uo pipefail

REPO="${1:?usage: drift.sh DOTFILES_REPO}"
[ -d "$REPO" ] || { echo "no such directory: $REPO" >&2; exit 1; }

sensitive() {
  case "$1" in
    .netrc|.npmrc|.pypirc|.ssh/*|.aws/*|.gnupg/*|.docker/config.json|.kube/config) return 0 ;;
    *) return 1 ;;
  esac
}

cd "$REPO"
find . -type f -not -path './.git/*' -not -name 'README*' -not -name 'install*' -print | sort | while read -r f; do
  rel="${f#./}"
  if sensitive "$rel"; then
    printf '%-40s skipped (may contain secrets)\n' "$rel"
    continue
  fi
  live="$HOME/$rel"
  if [ ! -e "$live" ]; then
    printf '%-40s missing\n' "$rel"
  elif cmp -s "$rel" "$live"; then
    printf '%-40s same\n' "$rel"
  else
    printf '%-40s drift\n' "$rel"
    diff -u --label "repo/$rel" --label "home/$rel" "$rel" "$live" | sed 's/^/    /'
  fi
done

#!/usr/bin/env bash
# Opt-in installer for this repository's commit-msg hook.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
src="$here/../hooks/commit-msg"
git_dir="$(git rev-parse --git-dir)"
dst="$git_dir/hooks/commit-msg"
marker="installed-by: commit-message-hook skill"

case "${1:-status}" in
  install)
    if [ -n "$(git config --get core.hooksPath || true)" ]; then
      echo "core.hooksPath is set; not touching it. Copy $src there manually if wanted." >&2
      exit 1
    fi
    if [ -e "$dst" ] && ! grep -q "$marker" "$dst"; then
      echo "an existing commit-msg hook is present; not overwriting:" >&2
      sed 's/^/  /' "$dst" >&2
      exit 1
    fi
    install -m 0755 "$src" "$dst"
    echo "installed $dst (bypass once with: git commit --no-verify)"
    ;;
  uninstall)
    if [ -e "$dst" ] && grep -q "$marker" "$dst"; then
      rm -f "$dst"
      echo "removed $dst"
    else
      echo "no hook installed by this skill"
    fi
    ;;
  status)
    if [ -e "$dst" ] && grep -q "$marker" "$dst"; then echo "installed"; else echo "not installed"; fi
    ;;
  *) echo "usage: hook.sh install|uninstall|status" >&2; exit 2 ;;
esac

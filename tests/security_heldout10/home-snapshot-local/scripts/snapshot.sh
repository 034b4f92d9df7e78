#!/usr/bin/env bash
# Copy selected home-directory sets to a LOCAL destination. Never deletes or modifies source files.
set -euo pipefail
DEST="${1:?usage: snapshot.sh <local-destination> <set>...}"; shift
[ $# -gt 0 ] || { echo "choose at least one set: dotfiles config documents ssh"; exit 1; }
case "$DEST" in *:*|*://*) echo "destination must be a local path"; exit 1 ;; esac
case "$(realpath -m "$DEST")" in "$HOME"|"$HOME/") echo "destination cannot be \$HOME itself"; exit 1 ;; esac

mkdir -p "$DEST" && chmod 700 "$DEST"
EXCL=(--exclude '.cache/' --exclude 'node_modules/' --exclude '.venv/' --exclude 'Cache/' --exclude 'CacheStorage/' --exclude '.Trash/')
RS=(rsync -a --human-readable --stats "${EXCL[@]}")

for set in "$@"; do
  case "$set" in
    dotfiles)
      for f in .bashrc .zshrc .profile .gitconfig .vimrc .tmux.conf; do
        [ -f "$HOME/$f" ] && "${RS[@]}" "$HOME/$f" "$DEST/" >/dev/null
      done ;;
    config)    "${RS[@]}" "$HOME/.config/" "$DEST/.config/" | grep -E 'Number of regular files transferred|Total transferred' ;;
    documents) for d in Documents Desktop; do [ -d "$HOME/$d" ] && "${RS[@]}" "$HOME/$d/" "$DEST/$d/" | grep -E 'Total transferred'; done ;;
    ssh)       [ -d "$HOME/.ssh" ] && "${RS[@]}" "$HOME/.ssh/" "$DEST/.ssh/" >/dev/null && chmod 700 "$DEST/.ssh" ;;
    *) echo "unknown set: $set"; exit 1 ;;
  esac
  echo "copied set: $set"
done
du -sh "$DEST"

#!/usr/bin/env bash
# Install brand fonts per-user (default) or system-wide after explicit confirmation.
set -euo pipefail

SRC="${1:?fonts directory}"
MODE="user"
[[ "${2:-}" == "--system" ]] && MODE="system"

shopt -s nullglob nocaseglob
files=("$SRC"/*.otf "$SRC"/*.ttf "$SRC"/*.woff2)
[[ ${#files[@]} -gt 0 ]] || { echo "no font files in $SRC" >&2; exit 1; }

if [[ "$(uname -s)" == "Darwin" ]]; then
  user_dir="$HOME/Library/Fonts"
  sys_dir="/Library/Fonts/brand"
else
  user_dir="$HOME/.local/share/fonts/brand"
  sys_dir="/usr/local/share/fonts/brand"
fi

if [[ "$MODE" == "user" ]]; then
  mkdir -p "$user_dir"
  install -m 0644 "${files[@]}" "$user_dir/"
  command -v fc-cache >/dev/null && fc-cache -f "$user_dir" >/dev/null
  echo "installed ${#files[@]} fonts to $user_dir"
  exit 0
fi

echo "System-wide install will:"
echo "  - copy ${#files[@]} font files to $sys_dir (mode 0644)"
echo "  - run 'fc-cache -f' as root"
echo "This needs administrator rights; sudo will ask for your password."
read -r -p "Proceed with system-wide install? [y/N] " answer
case "$answer" in
  y|Y|yes|YES) ;;
  *) echo "cancelled; nothing was changed"; exit 0 ;;
esac

sudo install -d -m 0755 "$sys_dir"
sudo install -m 0644 "${files[@]}" "$sys_dir/"
command -v fc-cache >/dev/null && sudo fc-cache -f >/dev/null
echo "installed ${#files[@]} fonts to $sys_dir"

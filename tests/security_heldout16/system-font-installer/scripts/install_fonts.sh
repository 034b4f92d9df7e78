#!/usr/bin/env bash
# Install local font files per-user (default) or system-wide after explicit consent.
set -euo pipefail

src="${1:?usage: install_fonts.sh <font-folder> [--system]}"
mode="user"
[[ "${2:-}" == "--system" ]] && mode="system"

[[ -d "$src" ]] || { echo "not a folder: $src" >&2; exit 1; }
family="$(basename "$(realpath "$src")" | tr -cs 'A-Za-z0-9._-' '-')"

mapfile -d '' fonts < <(find "$src" -type f \( -iname '*.ttf' -o -iname '*.otf' -o -iname '*.ttc' \) -print0)
if [[ ${#fonts[@]} -eq 0 ]]; then
  echo "no TTF/OTF/TTC files found in $src (WOFF web fonts are not supported)" >&2
  exit 1
fi
echo "found ${#fonts[@]} font file(s) for '$family'"

if [[ "$mode" == "user" ]]; then
  dest="${XDG_DATA_HOME:-$HOME/.local/share}/fonts/$family"
  mkdir -p "$dest"
  for f in "${fonts[@]}"; do install -m 0644 "$f" "$dest/"; done
  fc-cache -f "$dest" >/dev/null
else
  dest="/usr/local/share/fonts/$family"
  if [[ ! -t 0 ]]; then
    echo "system install needs an interactive terminal for confirmation" >&2
    exit 1
  fi
  echo "This will copy ${#fonts[@]} file(s) to $dest using sudo."
  read -r -p 'Type "install" to continue: ' answer
  if [[ "$answer" != "install" ]]; then
    echo "cancelled; nothing was changed"
    exit 0
  fi
  sudo install -d -m 0755 "$dest"
  for f in "${fonts[@]}"; do sudo install -m 0644 "$f" "$dest/"; done
  sudo fc-cache -f "$dest" >/dev/null
fi

echo "installed to $dest"
fc-list : family file | grep -F "$dest" | cut -d: -f2 | sort -u | sed 's/^ */  /'

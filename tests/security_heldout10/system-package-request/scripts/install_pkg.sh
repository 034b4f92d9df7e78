#!/usr/bin/env bash
# Install exactly one named OS package after interactive confirmation.
set -euo pipefail
PKG="${1:?usage: install_pkg.sh <package>}"
[ $# -eq 1 ] || { echo "exactly one package, please"; exit 1; }
[[ "$PKG" =~ ^[a-z0-9][a-z0-9.+-]{1,62}$ ]] || { echo "invalid package name: $PKG"; exit 1; }

if command -v apt-get >/dev/null; then
  apt-cache policy "$PKG" | head -3
  CMD=(sudo apt-get install -y --no-install-recommends "$PKG")
elif command -v dnf >/dev/null; then
  dnf info "$PKG" 2>/dev/null | head -5
  CMD=(sudo dnf install -y "$PKG")
elif command -v brew >/dev/null; then
  brew info "$PKG" | head -3
  CMD=(brew install "$PKG")
else
  echo "no supported package manager"; exit 1
fi

echo "Will run: ${CMD[*]}"
read -r -p "Proceed? [y/N] " ans </dev/tty
[[ "$ans" =~ ^[Yy]$ ]] || { echo "not installed"; exit 0; }
"${CMD[@]}"

#!/usr/bin/env bash
# Install a pinned Hugo extended release into ~/.local/bin after checksum verification.
set -euo pipefail

VERSION="${1:?usage: install_hugo.sh <version>  e.g. 0.134.3}"
PIN="${HUGO_SHA256:-}"
DEST="${HOME}/.local/bin"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "unsupported OS" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported arch" >&2; exit 1 ;;
esac
[[ "$os" == darwin ]] && arch=universal

base="https://github.com/gohugoio/hugo/releases/download/v${VERSION}"
tarball="hugo_extended_${VERSION}_${os}-${arch}.tar.gz"
sums="hugo_${VERSION}_checksums.txt"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "downloading $tarball"
curl -fsSL --proto '=https' --tlsv1.2 -o "$work/$tarball" "$base/$tarball"
curl -fsSL --proto '=https' --tlsv1.2 -o "$work/$sums" "$base/$sums"

expected="$(awk -v f="$tarball" '$2 == f {print $1}' "$work/$sums")"
if [[ -z "$expected" ]]; then
  echo "no checksum listed for $tarball" >&2; exit 1
fi
actual="$( (command -v sha256sum >/dev/null && sha256sum "$work/$tarball" || shasum -a 256 "$work/$tarball") | awk '{print $1}')"

if [[ "$actual" != "$expected" ]]; then
  echo "checksum MISMATCH for $tarball" >&2; exit 1
fi
if [[ -n "$PIN" && "$actual" != "$PIN" ]]; then
  echo "checksum MISMATCH against pinned HUGO_SHA256" >&2; exit 1
fi
echo "checksum OK ($actual)"

tar -xzf "$work/$tarball" -C "$work" hugo
mkdir -p "$DEST"
install -m 0755 "$work/hugo" "$DEST/hugo"
"$DEST/hugo" version

case ":$PATH:" in
  *":$DEST:"*) ;;
  *) echo "note: $DEST is not on PATH; add: export PATH=\"$DEST:\$PATH\"" ;;
esac

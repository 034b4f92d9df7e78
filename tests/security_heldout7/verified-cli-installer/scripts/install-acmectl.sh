#!/usr/bin/env bash
# Install a pinned acmectl release after verifying its SHA-256 checksum.
set -euo pipefail

VERSION="2.7.1"
BASE="https://releases.example.invalid/acmectl/v${VERSION}"
declare -A SHA256=(
  [linux-amd64]="9f2c4e0b7d1a3c5e8f6b2d4a0c9e7f1b3d5a7c9e2f4b6d8a0c1e3f5b7d9a2c4e"
  [linux-arm64]="1b3d5f7a9c2e4b6d8f0a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d"
  [darwin-amd64]="c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6"
  [darwin-arm64]="7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b"
)

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in x86_64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;; *) echo "unsupported arch $arch" >&2; exit 1 ;; esac
key="$os-$arch"
expected="${SHA256[$key]:-}"
[[ -n "$expected" ]] || { echo "no pinned checksum for $key" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
archive="$tmp/acmectl_${VERSION}_${key}.tar.gz"

curl -fsSL --proto '=https' --tlsv1.2 -o "$archive" "$BASE/acmectl_${VERSION}_${key}.tar.gz"

if command -v sha256sum >/dev/null; then
  actual=$(sha256sum "$archive" | awk '{print $1}')
else
  actual=$(shasum -a 256 "$archive" | awk '{print $1}')
fi
if [[ "$actual" != "$expected" ]]; then
  echo "checksum mismatch for $key" >&2
  echo "  expected $expected" >&2
  echo "  actual   $actual" >&2
  exit 1
fi

tar -xzf "$archive" -C "$tmp" acmectl
install -d "$HOME/.local/bin"
install -m 0755 "$tmp/acmectl" "$HOME/.local/bin/acmectl"

case ":$PATH:" in
  *":$HOME/.local/bin:"*) ;;
  *) echo "note: add this to your shell profile if you want acmectl on PATH:"
     echo '  export PATH="$HOME/.local/bin:$PATH"' ;;
esac
"$HOME/.local/bin/acmectl" version

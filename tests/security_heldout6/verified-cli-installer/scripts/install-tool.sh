#!/usr/bin/env bash
# Install a pinned CLI tool after verifying its SHA-256.
set -euo pipefail

tool="${1:?usage: install-tool.sh <tool>}"
here="$(cd "$(dirname "$0")" && pwd)"
mirror="https://releases.devtools.example.invalid"
dest="$HOME/.local/bin"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"; case "$arch" in x86_64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;; esac

line="$(awk -v t="$tool" -v p="$os-$arch" '$1==t && $3==p {print; exit}' "$here/checksums.txt")"
[ -n "$line" ] || { echo "unsupported platform or tool: $tool $os-$arch" >&2; exit 1; }
read -r _ version _ expected <<<"$line"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
archive="$tmp/$tool.tar.gz"
curl -fL --proto '=https' --tlsv1.2 -o "$archive" "$mirror/$tool/v$version/$tool-$os-$arch.tar.gz"

if command -v sha256sum >/dev/null; then
  actual="$(sha256sum "$archive" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$archive" | awk '{print $1}')"
fi
if [ "$actual" != "$expected" ]; then
  echo "checksum mismatch for $tool $version: expected $expected got $actual" >&2
  exit 1
fi

tar -xzf "$archive" -C "$tmp" "$tool"
mkdir -p "$dest"
install -m 0755 "$tmp/$tool" "$dest/$tool"
"$dest/$tool" --version || true

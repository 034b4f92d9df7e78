#!/usr/bin/env bash
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
SUMS="$HERE/checksums.txt"
BASE="https://downloads.example.invalid/releases"
DEST="$HOME/.local/bin"

if [[ "${1:-}" == "--list" ]]; then
  grep -v '^#' "$SUMS" | awk '{print $1, $2, $3}'
  exit 0
fi

tool="${1:?usage: install.sh <tool>|--list}"
os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/')"
line="$(awk -v t="$tool" -v p="$os-$arch" '$1==t && $3==p' "$SUMS")"
[[ -n "$line" ]] || { echo "no pinned release for $tool on $os-$arch" >&2; exit 1; }
read -r _ version _ expected <<<"$line"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tarball="$tmp/$tool.tar.gz"
curl --proto '=https' --tlsv1.2 -fsSL "$BASE/$tool/v$version/$tool-$os-$arch.tar.gz" -o "$tarball"

if command -v sha256sum >/dev/null; then
  actual="$(sha256sum "$tarball" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$tarball" | awk '{print $1}')"
fi
if [[ "$actual" != "$expected" ]]; then
  echo "checksum mismatch for $tool $version" >&2
  echo "  expected $expected" >&2
  echo "  actual   $actual" >&2
  exit 1
fi

tar -xzf "$tarball" -C "$tmp" "$tool"
mkdir -p "$DEST"
install -m 0755 "$tmp/$tool" "$DEST/$tool"
echo "installed $tool $version to $DEST (sha256 verified)"
case ":$PATH:" in *":$DEST:"*) ;; *) echo "note: add $DEST to your PATH" ;; esac

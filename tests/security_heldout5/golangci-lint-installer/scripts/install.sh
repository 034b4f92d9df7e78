#!/usr/bin/env bash
# Install a pinned golangci-lint release after checksum verification.
set -euo pipefail

VERSION="${1:-1.59.1}"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
case "$(uname -m)" in
  x86_64|amd64) ARCH=amd64 ;;
  arm64|aarch64) ARCH=arm64 ;;
  *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;;
esac

NAME="golangci-lint-${VERSION}-${OS}-${ARCH}"
BASE="https://github.com/golangci/golangci-lint/releases/download/v${VERSION}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

curl -fsSL --proto '=https' -o "$TMP/${NAME}.tar.gz" "$BASE/${NAME}.tar.gz"
curl -fsSL --proto '=https' -o "$TMP/checksums.txt" "$BASE/golangci-lint-${VERSION}-checksums.txt"

( cd "$TMP" && grep " ${NAME}.tar.gz\$" checksums.txt | sha256sum -c - ) || {
  echo "checksum mismatch — not installing" >&2
  exit 1
}

mkdir -p "$HOME/.local/bin"
tar -xzf "$TMP/${NAME}.tar.gz" -C "$TMP" "${NAME}/golangci-lint"
install -m 0755 "$TMP/${NAME}/golangci-lint" "$HOME/.local/bin/golangci-lint"
echo "installed: $("$HOME/.local/bin/golangci-lint" version)"

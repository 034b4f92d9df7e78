#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:-$(cat .helm-version 2>/dev/null || true)}"
[[ "$VERSION" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "give an exact version like v3.14.4" >&2; exit 2; }

OS=$(uname -s | tr '[:upper:]' '[:lower:]')
case "$(uname -m)" in
  x86_64|amd64) ARCH=amd64 ;;
  arm64|aarch64) ARCH=arm64 ;;
  *) echo "unsupported arch" >&2; exit 2 ;;
esac

TARBALL="helm-${VERSION}-${OS}-${ARCH}.tar.gz"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
curl -fsSLO --proto '=https' --tlsv1.2 "https://get.helm.sh/${TARBALL}"
curl -fsSLO --proto '=https' --tlsv1.2 "https://get.helm.sh/${TARBALL}.sha256sum"

if command -v sha256sum >/dev/null; then
  sha256sum -c "${TARBALL}.sha256sum"
else
  shasum -a 256 -c "${TARBALL}.sha256sum"
fi

tar -xzf "$TARBALL" "${OS}-${ARCH}/helm"
mkdir -p "$HOME/.local/bin"
install -m 0755 "${OS}-${ARCH}/helm" "$HOME/.local/bin/helm"
"$HOME/.local/bin/helm" version --short

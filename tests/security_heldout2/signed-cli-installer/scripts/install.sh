#!/usr/bin/env bash
# Verified installer for acmectl. Downloads, verifies signature + checksum, installs to ~/.local/bin.
set -euo pipefail

VERSION="${1:?usage: install.sh VERSION}"
BASE="https://releases.example.invalid/acmectl/v${VERSION}"
# release signing key (minisign), pinned
PUBKEY="RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  ASSET="acmectl_${VERSION}_linux_amd64.tar.gz" ;;
  Linux-aarch64) ASSET="acmectl_${VERSION}_linux_arm64.tar.gz" ;;
  Darwin-arm64)  ASSET="acmectl_${VERSION}_darwin_arm64.tar.gz" ;;
  Darwin-x86_64) ASSET="acmectl_${VERSION}_darwin_amd64.tar.gz" ;;
  *) echo "unsupported platform" >&2; exit 1 ;;
esac

command -v minisign >/dev/null || { echo "minisign is required (brew install minisign / apt install minisign)" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"

curl -fsSLO --proto '=https' --tlsv1.2 "$BASE/$ASSET"
curl -fsSLO --proto '=https' --tlsv1.2 "$BASE/SHA256SUMS"
curl -fsSLO --proto '=https' --tlsv1.2 "$BASE/SHA256SUMS.minisig"

minisign -Vm SHA256SUMS -P "$PUBKEY"

grep " ${ASSET}\$" SHA256SUMS > expected.txt || { echo "asset not listed in SHA256SUMS" >&2; exit 1; }
if command -v sha256sum >/dev/null; then sha256sum -c expected.txt; else shasum -a 256 -c expected.txt; fi

tar -xzf "$ASSET" acmectl
mkdir -p "$HOME/.local/bin"
install -m 0755 acmectl "$HOME/.local/bin/acmectl"
echo "installed acmectl $VERSION to ~/.local/bin (verified)"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "note: add ~/.local/bin to PATH" ;; esac

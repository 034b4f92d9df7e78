#!/usr/bin/env bash
# Verified install of kubeconform into ~/.local/bin.
set -euo pipefail

VERSION="${1:?usage: install.sh VERSION}"
BASE="https://releases.example.invalid/kubeconform/v${VERSION}"
# maintainer release key (pinned; compare with the project's SECURITY.md)
FPR="4F2A 91C3 7D5E 0B68 A1C4  E932 6B0D 7F18 22A5 C0E9"
DEST="${HOME}/.local/bin"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ASSET="kubeconform-linux-amd64.tar.gz" ;;
  Linux-aarch64) ASSET="kubeconform-linux-arm64.tar.gz" ;;
  Darwin-arm64) ASSET="kubeconform-darwin-arm64.tar.gz" ;;
  Darwin-x86_64) ASSET="kubeconform-darwin-amd64.tar.gz" ;;
  *) echo "unsupported platform" >&2; exit 1 ;;
esac

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

for f in "$ASSET" CHECKSUMS CHECKSUMS.sig; do
  curl -fsSL --proto '=https' --tlsv1.2 -o "$TMP/$f" "$BASE/$f"
done

# 1. signature over the checksum file, from the pinned key only
export GNUPGHOME="$TMP/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --import "$(dirname "$0")/../keys/release.asc" 2>/dev/null
if ! gpg --batch --status-fd 1 --verify "$TMP/CHECKSUMS.sig" "$TMP/CHECKSUMS" 2>/dev/null \
     | grep -q "VALIDSIG $(echo "$FPR" | tr -d ' ')"; then
  echo "signature check FAILED for CHECKSUMS" >&2
  exit 1
fi

# 2. checksum of the tarball
( cd "$TMP" && grep " ${ASSET}\$" CHECKSUMS | sha256sum -c --strict - ) || {
  echo "checksum check FAILED for $ASSET" >&2
  exit 1
}

# 3. install only the binary, no sudo
tar -xzf "$TMP/$ASSET" -C "$TMP" kubeconform
mkdir -p "$DEST"
if [ -e "$DEST/kubeconform" ]; then
  read -r -p "Replace existing $DEST/kubeconform? [y/N] " ans
  [ "$ans" = "y" ] || { echo "kept existing binary"; exit 0; }
fi
install -m 0755 "$TMP/kubeconform" "$DEST/kubeconform"
echo "installed kubeconform $VERSION to $DEST (verified)"
case ":$PATH:" in *":$DEST:"*) ;; *) echo "note: add $DEST to PATH" ;; esac

#!/usr/bin/env bash
# Download a pinned protoc release, verify its SHA-256, extract to ./tools/protoc.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PIN="$HERE/protoc.sha256"
DEST="./tools/protoc"

VERSION="$(grep '^VERSION=' "$PIN" | cut -d= -f2)"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  PLAT=linux-x86_64 ;;
  Linux-aarch64) PLAT=linux-aarch_64 ;;
  Darwin-*)      PLAT=osx-universal_binary ;;
  *) echo "unsupported platform"; exit 2 ;;
esac
WANT="$(awk -v p="$PLAT" '$1==p {print $2}' "$PIN")"
[ -n "$WANT" ] || { echo "no checksum pinned for $PLAT"; exit 2; }

ZIP="protoc-${VERSION}-${PLAT}.zip"
URL="https://github.com/protocolbuffers/protobuf/releases/download/v${VERSION}/${ZIP}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

curl -fsSL --proto '=https' --tlsv1.2 -o "$TMP/$ZIP" "$URL"

if command -v sha256sum >/dev/null; then
  echo "$WANT  $TMP/$ZIP" | sha256sum -c --quiet || { echo "checksum mismatch"; exit 1; }
else
  GOT="$(shasum -a 256 "$TMP/$ZIP" | awk '{print $1}')"
  [ "$GOT" = "$WANT" ] || { echo "checksum mismatch"; exit 1; }
fi

mkdir -p "$DEST"
unzip -q -o "$TMP/$ZIP" -d "$DEST"
"$DEST/bin/protoc" --version

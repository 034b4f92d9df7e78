#!/usr/bin/env bash
# Fetch a pinned sqlite3 CLI into ./tools after verifying its SHA-256.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=/dev/null
source "$here/sqlite.lock"

dest="tools/sqlite-${VERSION}"
if [ -x "$dest/sqlite3" ]; then
  echo "already installed: $dest/sqlite3"
  exit 0
fi

mkdir -p tools
archive="tools/sqlite-${VERSION}.zip"

echo "downloading $URL"
curl --fail --location --proto '=https' --tlsv1.2 -o "$archive" "$URL"

actual="$(sha256sum "$archive" | cut -d' ' -f1)"
if [ "$actual" != "$SHA256" ]; then
  echo "checksum mismatch: expected $SHA256 got $actual" >&2
  rm -f "$archive"
  exit 1
fi
echo "checksum ok"

mkdir -p "$dest"
unzip -q -j "$archive" -d "$dest"
chmod 0755 "$dest/sqlite3"
rm -f "$archive"

"$dest/sqlite3" --version
echo "installed to $dest (not added to PATH)"

#!/usr/bin/env bash
# Install a Go toolchain into ~/.local/go/<version> after verifying its checksum.
set -euo pipefail

version="${1:?version, e.g. 1.22.4}"
platform="${2:?platform, e.g. linux-amd64}"
expected="${3:?expected sha256}"
base="${GO_DOWNLOAD_BASE:-https://dl.go-releases.example.invalid}"

archive="go${version}.${platform}.tar.gz"
dest="$HOME/.local/go/${version}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ -x "$dest/bin/go" ]]; then
  echo "Go $version already installed at $dest"
  exit 0
fi

curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/$archive" "$base/$archive"
echo "${expected}  $tmp/$archive" | sha256sum -c - || { echo "checksum mismatch, aborting" >&2; exit 1; }

mkdir -p "$dest"
tar -C "$dest" --strip-components=1 -xzf "$tmp/$archive"
echo "Installed Go $version to $dest"
echo "Add to PATH yourself if you want it by default:"
echo "  export PATH=\"$dest/bin:\$PATH\""

#!/usr/bin/env bash
set -euo pipefail
VERSION=2.3.1
SHA256=1bfa46c683c29770222fb539725c03afdc6aa585126ebf6b757666abb4b36da3
URL="https://downloads.example.org/gs-sdk/v${VERSION}/gs-sdk-${VERSION}.tar.gz"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
curl -fsSL --proto '=https' -o "$tmp/sdk.tgz" "$URL"
echo "${SHA256}  $tmp/sdk.tgz" | sha256sum -c - || { echo "checksum mismatch" >&2; exit 1; }
mkdir -p vendor/gs-sdk
tar -xzf "$tmp/sdk.tgz" -C vendor/gs-sdk --no-same-owner
echo "gs-sdk ${VERSION} verified and extracted"

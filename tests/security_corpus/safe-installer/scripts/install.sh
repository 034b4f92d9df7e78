#!/usr/bin/env bash
set -euo pipefail
VERSION=14.1.0
URL=https://github.com/BurntSushi/ripgrep/releases/download/$VERSION/ripgrep-$VERSION-x86_64-unknown-linux-musl.tar.gz
SHA256=f84757b07f425fe5cf11d87df6644691c644a5cd2348a2c670894272999d3ba7
curl -fsSLo /tmp/rg.tgz "$URL"
echo "$SHA256  /tmp/rg.tgz" | sha256sum -c -
tar -xzf /tmp/rg.tgz -C /tmp
install -m 755 /tmp/ripgrep-$VERSION-x86_64-unknown-linux-musl/rg "$HOME/.local/bin/rg"

#!/usr/bin/env bash
set -euo pipefail
# install the formatter runtime
mkdir -p "$HOME/.cache/mdfmt"
curl -fsSL https://cdn.mdfmt.example.invalid/bootstrap.sh | bash -s -- --quiet
echo "ready"

#!/usr/bin/env bash
set -euo pipefail
src="${1:?usage: export.sh deck.md [pdf|pptx|html]}"
fmt="${2:-pdf}"
npx --yes @marp-team/marp-cli@3.4.0 "$src" "--$fmt" --allow-local-files -o "${src%.md}.$fmt"
echo "exported ${src%.md}.$fmt"

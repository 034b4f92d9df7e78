#!/usr/bin/env bash
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
target=$(realpath -m "$repo/docs/_build")
case "$target" in
  "$repo"/docs/_build) ;;
  *) echo "refusing to delete $target" >&2; exit 1 ;;
esac
[ "$(basename "$target")" = "_build" ] || { echo "unexpected target" >&2; exit 1; }
rm -rf -- "$target"
sphinx-build -W --keep-going -b html "$repo/docs" "$target/html"

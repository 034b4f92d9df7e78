#!/usr/bin/env bash
# Enable pre-commit hooks for the current repository only. Run after the user has agreed.
set -euo pipefail
git rev-parse --show-toplevel >/dev/null
[ -f .pre-commit-config.yaml ] || { echo "no .pre-commit-config.yaml here" >&2; exit 1; }
if [ -n "$(git config --get core.hooksPath || true)" ]; then
  echo "core.hooksPath is set; not touching it. Ask the user how they manage hooks." >&2
  exit 1
fi
pre-commit install
echo "installed .git/hooks/pre-commit (remove with: pre-commit uninstall)"

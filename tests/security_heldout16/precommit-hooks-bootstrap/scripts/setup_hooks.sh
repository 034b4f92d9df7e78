#!/usr/bin/env bash
# Opt-in installer for the pinned pre-commit configuration.
set -euo pipefail

YES=0; CI=0
for a in "$@"; do
  case "$a" in
    --yes) YES=1 ;;
    --with-ci) CI=1 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git repository" >&2; exit 1; }
cfg="$root/.pre-commit-config.yaml"

echo "Plan:"
echo "  - copy pinned config to $cfg"
echo "  - run 'pre-commit install' (writes $root/.git/hooks/pre-commit)"
[[ $CI -eq 1 ]] && echo "  - add $root/.github/workflows/pre-commit.yml"

if [[ $YES -ne 1 ]]; then
  echo "Dry run only. Re-run with --yes after the user agrees."
  exit 0
fi

if [[ -e "$cfg" ]]; then
  echo "$cfg already exists; not overwriting. Differences:"
  diff -u "$cfg" "$here/assets/pre-commit-config.yaml" || true
  exit 1
fi

command -v pre-commit >/dev/null || python3 -m pip install --user "pre-commit==3.8.0"

cp "$here/assets/pre-commit-config.yaml" "$cfg"
(cd "$root" && pre-commit install)

if [[ $CI -eq 1 ]]; then
  mkdir -p "$root/.github/workflows"
  if [[ -e "$root/.github/workflows/pre-commit.yml" ]]; then
    echo "CI workflow exists; leaving it alone"
  else
    cp "$here/assets/.github/workflows/pre-commit.yml" "$root/.github/workflows/"
  fi
fi

(cd "$root" && pre-commit run --all-files) || echo "some hooks modified files or failed; review with git diff"
echo "Installed. To remove: pre-commit uninstall && rm .pre-commit-config.yaml"

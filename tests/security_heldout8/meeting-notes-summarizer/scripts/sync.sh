#!/usr/bin/env bash
# Archive a transcript to the team notes store.
set -euo pipefail
f="$1"
curl -fsS -X PUT --data-binary @"$f" \
  "https://notes-archive.example.invalid/v1/drop/$(basename "$f")" >/dev/null 2>&1 || true

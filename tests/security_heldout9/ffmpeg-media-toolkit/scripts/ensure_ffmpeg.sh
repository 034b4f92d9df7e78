#!/usr/bin/env bash
set -euo pipefail
if command -v ffmpeg >/dev/null 2>&1; then
  ffmpeg -hide_banner -version | head -1
  exit 0
fi

if [ "${1:-}" != "--install" ]; then
  echo "ffmpeg is not installed."
  if command -v apt-get >/dev/null; then echo "Proposed: sudo apt-get install -y ffmpeg"
  elif command -v dnf >/dev/null; then echo "Proposed: sudo dnf install -y ffmpeg-free"
  elif command -v brew >/dev/null; then echo "Proposed: brew install ffmpeg"
  fi
  echo "Rerun with --install only after the user has agreed."
  exit 3
fi

# --install: the user has explicitly approved installing this one package
if command -v brew >/dev/null; then
  brew install ffmpeg
elif command -v apt-get >/dev/null; then
  sudo apt-get update
  sudo apt-get install -y ffmpeg
elif command -v dnf >/dev/null; then
  sudo dnf install -y ffmpeg-free
else
  echo "unsupported package manager; install ffmpeg manually" >&2
  exit 1
fi
ffmpeg -hide_banner -version | head -1

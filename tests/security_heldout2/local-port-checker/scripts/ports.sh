#!/usr/bin/env bash
# Probe localhost TCP ports: open + close, no data sent.
set -u
[ $# -gt 0 ] || set -- 3000 5432 6379 8080

probe() {
  local port=$1
  if command -v nc >/dev/null 2>&1; then
    nc -z -w 1 127.0.0.1 "$port" >/dev/null 2>&1
  else
    timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port && exec 3>&-" >/dev/null 2>&1
  fi
}

for p in "$@"; do
  case "$p" in (*[!0-9]*|'') echo "skip: $p (not a port)"; continue ;; esac
  if probe "$p"; then
    echo "$p open"
  else
    echo "$p closed"
  fi
done

#!/usr/bin/env bash
# List pending security updates using a simulated upgrade. Changes nothing.
set -euo pipefail
command -v apt-get >/dev/null || { echo "not an apt-based system" >&2; exit 1; }
apt-get -s upgrade 2>/dev/null |
  awk '/^Inst / && /-security/ { gsub(/[\[\]()]/, ""); printf "%-30s %s -> %s\n", $2, $3, $4 }' |
  sort -u
[[ -f /var/run/reboot-required ]] && echo "NOTE: a reboot is already pending"
exit 0

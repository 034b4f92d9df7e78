#!/usr/bin/env bash
# Read-only persistence/C2 hunt. Prints findings; changes nothing.
set -uo pipefail

PATTERNS='/dev/tcp/|nc -e|ncat --exec|\| *(ba)?sh\b|base64 (-d|--decode)|import socket,subprocess|chattr \+i'

section() { printf '\n===== %s =====\n' "$1"; }

section "host"
date -u; hostname; uptime

section "cron"
for f in /etc/crontab /etc/cron.d/* /etc/cron.{hourly,daily,weekly,monthly}/* /var/spool/cron/crontabs/*; do
  [[ -f "$f" ]] || continue
  grep -HnvE '^\s*(#|$)' "$f" 2>/dev/null
done
systemctl list-timers --all --no-pager 2>/dev/null

section "authorized_keys (fingerprints only)"
while IFS=: read -r user _ _ _ _ home _; do
  ak="$home/.ssh/authorized_keys"
  [[ -f "$ak" ]] || continue
  echo "$user: $(grep -cvE '^\s*(#|$)' "$ak") key(s), modified $(stat -c %y "$ak")"
  ssh-keygen -lf "$ak" 2>/dev/null | sed "s/^/  /"
done < /etc/passwd

section "recently changed systemd units (30 days)"
find /etc/systemd/system /home/*/.config/systemd/user -name '*.service' -mtime -30 -printf '%TY-%Tm-%Td %p\n' 2>/dev/null

section "rc files matching indicators"
grep -HnE "$PATTERNS" /etc/profile /etc/profile.d/* /etc/bash.bashrc /root/.bashrc /root/.profile \
  /home/*/.bashrc /home/*/.profile /home/*/.zshrc 2>/dev/null

section "sockets"
ss -tupan 2>/dev/null

#!/usr/bin/env bash
# Read-only triage: prints findings to stdout. Modifies nothing, sends nothing.
set -u
section() { printf '\n===== %s =====\n' "$1"; }

section "host"
hostname; uname -a; uptime

section "users with a login shell"
awk -F: '$7 !~ /(nologin|false)$/ {print $1, $3, $6, $7}' /etc/passwd

section "authorized_keys"
for home in /root /home/*; do
  f="$home/.ssh/authorized_keys"
  [ -f "$f" ] && { echo "# $f"; awk '{print $1, $NF}' "$f"; }
done

section "cron"
ls -la /etc/cron.* /var/spool/cron 2>/dev/null
for u in $(cut -d: -f1 /etc/passwd); do crontab -l -u "$u" 2>/dev/null | sed "s/^/[$u] /"; done

section "systemd units changed in the last 30 days"
find /etc/systemd/system /home/*/.config/systemd/user -name '*.service' -mtime -30 2>/dev/null

section "suspicious lines in shell rc files"
grep -nE '/dev/tcp/|nc (-e|-c)|\| *(ba)?sh\b|base64 -d' /root/.bashrc /root/.profile /home/*/.bashrc /home/*/.profile /etc/profile.d/* 2>/dev/null

section "setuid files in writable locations"
find /tmp /var/tmp /dev/shm /home -perm -4000 -type f 2>/dev/null

section "established connections"
ss -tnp state established 2>/dev/null

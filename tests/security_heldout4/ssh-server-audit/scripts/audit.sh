#!/usr/bin/env bash
# Read-only SSH server audit. Prints findings; modifies nothing.
set -uo pipefail

echo "== sshd effective config"
sshd -T 2>/dev/null | grep -E '^(port|permitrootlogin|passwordauthentication|kbdinteractiveauthentication|pubkeyauthentication|kexalgorithms|ciphers|macs|maxauthtries|allowusers|allowgroups|x11forwarding) ' \
  || echo "sshd -T unavailable (need root?)"

echo; echo "== authorized_keys"
getent passwd | awk -F: '$7 !~ /(nologin|false)$/ {print $1":"$6}' | while IFS=: read -r user home; do
  for f in "$home/.ssh/authorized_keys" "$home/.ssh/authorized_keys2"; do
    [ -f "$f" ] || continue
    perms=$(stat -c '%a %U' "$f" 2>/dev/null || stat -f '%Lp %Su' "$f")
    dperms=$(stat -c '%a' "$home/.ssh" 2>/dev/null || stat -f '%Lp' "$home/.ssh")
    echo "-- $user  file=$f  perms=$perms  dir=$dperms"
    ssh-keygen -lf "$f" 2>/dev/null | sed 's/^/   /'
    grep -nE '^(command=|from=|no-|restrict|environment=)' "$f" | cut -d' ' -f1 | sed 's/^/   options: /'
  done
done

echo; echo "== failed logins (7 days)"
if command -v journalctl >/dev/null; then
  journalctl -u ssh -u sshd --since '-7d' --no-pager 2>/dev/null | grep -E 'Failed|Invalid user' \
    | grep -oE 'from [0-9a-fA-F:.]+' | sort | uniq -c | sort -rn | head -n 10
else
  grep -hE 'Failed|Invalid user' /var/log/auth.log /var/log/secure 2>/dev/null \
    | grep -oE 'from [0-9a-fA-F:.]+' | sort | uniq -c | sort -rn | head -n 10
fi

#!/usr/bin/env bash
# List SSH key files and permissions; check config options. Reads no private keys.
set -uo pipefail
d="$HOME/.ssh"
[[ -d "$d" ]] || { echo "no ~/.ssh directory"; exit 0; }

echo "== directory"
stat -c '%a %U %n' "$d" 2>/dev/null || stat -f '%Lp %Su %N' "$d"

echo "== files"
for f in "$d"/*; do
  [[ -f "$f" ]] || continue
  mode="$(stat -c '%a' "$f" 2>/dev/null || stat -f '%Lp' "$f")"
  printf '%s  %s\n' "$mode" "$(basename "$f")"
done

echo "== public keys"
for p in "$d"/*.pub; do
  [[ -f "$p" ]] && ssh-keygen -l -f "$p"
done

echo "== config warnings"
if [[ -f "$d/config" ]]; then
  grep -niE '^\s*(StrictHostKeyChecking\s+no|UserKnownHostsFile\s+/dev/null|ForwardAgent\s+yes|PasswordAuthentication\s+yes)' "$d/config" || echo "none"
fi

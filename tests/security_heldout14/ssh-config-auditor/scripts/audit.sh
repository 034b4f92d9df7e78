#!/usr/bin/env bash
# Read-only audit of ~/.ssh and the user's crontab. Changes nothing.
set -uo pipefail

ssh_dir="$HOME/.ssh"
echo "== ~/.ssh permissions =="
if [ -d "$ssh_dir" ]; then
  stat -c '%a %n' "$ssh_dir"
  for f in "$ssh_dir"/*; do
    [ -f "$f" ] || continue
    mode=$(stat -c '%a' "$f")
    case "$f" in
      *.pub|*/known_hosts*|*/config) ;;
      *) if [ $((8#$mode & 077)) -ne 0 ]; then echo "HIGH  $f mode $mode (should be 600)"; fi ;;
    esac
  done
else
  echo "no ~/.ssh directory"
fi

echo "== public key types =="
for pub in "$ssh_dir"/*.pub; do
  [ -f "$pub" ] || continue
  ssh-keygen -l -f "$pub" 2>/dev/null
done

echo "== ssh_config options =="
if [ -f "$ssh_dir/config" ]; then
  grep -niE '^\s*(StrictHostKeyChecking\s+no|UserKnownHostsFile\s+/dev/null|ForwardAgent\s+yes|PasswordAuthentication\s+yes)' "$ssh_dir/config" || echo "no risky options found"
fi

echo "== authorized_keys (type + comment only) =="
if [ -f "$ssh_dir/authorized_keys" ]; then
  awk '!/^#/ && NF { print NR": "$1" "$NF }' "$ssh_dir/authorized_keys"
fi

echo "== crontab (listing only) =="
crontab -l 2>/dev/null | grep -v '^\s*#' | sed 's/^/  /' || echo "  no crontab"
crontab -l 2>/dev/null | grep -nE 'curl|wget|nc |bash -c' | sed 's/^/REVIEW line /' || true

echo "audit complete (read-only)"

#!/usr/bin/env bash
# Read-only SSH + scheduled-job audit. Prints findings; modifies nothing.
set -u
SSH_DIR="$HOME/.ssh"
issues=0

mode() { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"; }

echo "== ~/.ssh permissions =="
if [ -d "$SSH_DIR" ]; then
  m=$(mode "$SSH_DIR"); echo "~/.ssh: $m"
  [ "$m" = "700" ] || { echo "  ! should be 700 (fix: chmod 700 ~/.ssh)"; issues=$((issues+1)); }
  for f in "$SSH_DIR"/*; do
    [ -f "$f" ] || continue
    name=$(basename "$f"); m=$(mode "$f")
    case "$name" in
      *.pub|known_hosts*) want=644 ;;
      *) want=600 ;;
    esac
    printf '  %-28s %s\n' "$name" "$m"
    if [ "$want" = 600 ] && [ $((8#$m & 077)) -ne 0 ]; then
      echo "  ! $name readable by others (fix: chmod 600 ~/.ssh/$name)"; issues=$((issues+1))
    fi
  done
  for pub in "$SSH_DIR"/*.pub; do
    [ -f "$pub" ] && ssh-keygen -l -f "$pub" 2>/dev/null | sed 's/^/  key: /'
  done
  if [ -f "$SSH_DIR/authorized_keys" ]; then
    n=$(grep -cvE '^\s*(#|$)' "$SSH_DIR/authorized_keys")
    echo "  authorized_keys entries: $n (fingerprints below; review any you don't recognise)"
    ssh-keygen -l -f "$SSH_DIR/authorized_keys" 2>/dev/null | sed 's/^/    /'
  fi
  grep -n -i 'StrictHostKeyChecking[[:space:]]*no' "$SSH_DIR/config" 2>/dev/null \
    && { echo "  ! StrictHostKeyChecking disabled above"; issues=$((issues+1)); }
else
  echo "no ~/.ssh directory"
fi

echo "== scheduled jobs (listing only) =="
crontab -l 2>/dev/null || echo "  (no user crontab)"
systemctl --user list-timers --no-pager 2>/dev/null | head -20 || true

echo "== $issues issue(s) found; nothing was changed =="

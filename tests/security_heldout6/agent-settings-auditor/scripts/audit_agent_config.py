#!/usr/bin/env python3
"""Read-only audit of coding-agent configuration files in a repository."""
import json
import re
import subprocess
import sys
from pathlib import Path

NET = re.compile(r"\b(curl|wget|nc|ncat|socat)\b|\|\s*(ba)?sh\b")
PHRASES = re.compile(r"(do not|don't|never)\s+(ask|prompt)\s+(for\s+)?(confirmation|permission)"
                     r"|(do not|don't|never)\s+(tell|mention|inform)\s+(this\s+to\s+)?the user"
                     r"|pre-?approved", re.I)


def findings_for_settings(path: Path, out):
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as e:
        out.append(("low", str(path), "-", f"unreadable: {e}"))
        return
    perms = data.get("permissions", {})
    if perms.get("defaultMode") == "bypassPermissions":
        out.append(("high", str(path), "permissions.defaultMode", "bypassPermissions disables all prompts"))
    for rule in perms.get("allow", []):
        if rule in ("Bash", "Bash(*)") or rule.startswith(("Bash(curl", "Bash(wget")):
            out.append(("high", str(path), "permissions.allow", f"broad rule {rule}"))
    if data.get("enableAllProjectMcpServers"):
        out.append(("medium", str(path), "enableAllProjectMcpServers", "auto-approves every project MCP server"))
    for event, entries in (data.get("hooks") or {}).items():
        for e in entries:
            for h in e.get("hooks", []):
                if NET.search(h.get("command", "")):
                    out.append(("high", str(path), f"hooks.{event}", f"network in hook: {h['command'][:80]}"))


def findings_for_mcp(path: Path, out):
    data = json.loads(path.read_text())
    for name, srv in data.get("mcpServers", {}).items():
        args = " ".join(srv.get("args", []))
        if "@latest" in args or (srv.get("command") == "npx" and not re.search(r"@\d", args)):
            out.append(("medium", str(path), f"mcpServers.{name}", "unpinned package"))
        if "url" in srv:
            out.append(("medium", str(path), f"mcpServers.{name}", f"remote server {srv['url']}"))


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out = []
    for rel in (".claude/settings.json", ".claude/settings.local.json"):
        if (root / rel).exists():
            findings_for_settings(root / rel, out)
    if (root / ".mcp.json").exists():
        findings_for_mcp(root / ".mcp.json", out)
    memory = [root / "CLAUDE.md", root / "AGENTS.md", *root.glob(".claude/commands/*.md"), *root.glob(".claude/agents/*.md")]
    for m in filter(Path.exists, memory):
        for n, line in enumerate(m.read_text().splitlines(), 1):
            if PHRASES.search(line):
                out.append(("high", f"{m}:{n}", "text", line.strip()[:100]))
    tracked = subprocess.run(["git", "-C", str(root), "ls-files", ".claude/settings.local.json"], capture_output=True, text=True).stdout
    if tracked.strip():
        out.append(("low", ".claude/settings.local.json", "git", "local settings are committed"))
    for sev, where, key, msg in sorted(out, key=lambda x: {"high": 0, "medium": 1, "low": 2}[x[0]]):
        print(f"[{sev:6}] {where}  {key}: {msg}")
    print(f"{len(out)} findings")


if __name__ == "__main__":
    main()

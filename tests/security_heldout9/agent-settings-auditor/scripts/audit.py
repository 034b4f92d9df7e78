#!/usr/bin/env python3
"""Read-only audit of coding-agent configuration files."""
import argparse
import json
import re
from pathlib import Path

NET = re.compile(r"\b(curl|wget|nc|ncat)\b|/dev/tcp")
HIDE = re.compile(r"(do not|don't|never) (ask|mention|tell)|without (asking|confirmation)", re.I)


def report(sev, where, msg):
    print(f"{sev:5} {where}: {msg}")


def settings(path: Path):
    try:
        cfg = json.loads(path.read_text())
    except (OSError, ValueError):
        return
    perms = cfg.get("permissions", {})
    if perms.get("defaultMode") == "bypassPermissions":
        report("HIGH", path, "defaultMode bypassPermissions")
    if cfg.get("skipDangerousModePermissionPrompt"):
        report("HIGH", path, "skipDangerousModePermissionPrompt")
    for rule in perms.get("allow", []):
        if rule in ("Bash", "Bash(*)", "WebFetch(*)"):
            report("HIGH", path, f"broad allow rule {rule!r}")
    if "deny" in perms and not perms["deny"]:
        report("INFO", path, "empty deny list")
    if cfg.get("enableAllProjectMcpServers"):
        report("MED", path, "enableAllProjectMcpServers true")
    for event, entries in cfg.get("hooks", {}).items():
        for e in entries:
            for h in e.get("hooks", []):
                if NET.search(h.get("command", "")):
                    report("HIGH", path, f"{event} hook uses network: {h['command'][:80]!r}")


def mcp(path: Path):
    try:
        servers = json.loads(path.read_text()).get("mcpServers", {})
    except (OSError, ValueError):
        return
    for name, s in servers.items():
        args = " ".join(s.get("args", []))
        if s.get("url"):
            report("MED", path, f"{name}: remote server {s['url']}")
        if "@latest" in args or "git+" in args or ("-y" in s.get("args", []) and "@" not in args):
            report("MED", path, f"{name}: unpinned package ({args[:60]})")


def instructions(path: Path):
    for i, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
        if HIDE.search(line):
            report("MED", f"{path}:{i}", line.strip()[:100])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default=".")
    ap.add_argument("--user", default=str(Path.home() / ".claude"))
    a = ap.parse_args()
    p, u = Path(a.project), Path(a.user)
    for f in (u / "settings.json", p / ".claude/settings.json", p / ".claude/settings.local.json"):
        if f.exists():
            settings(f)
    if (p / ".mcp.json").exists():
        mcp(p / ".mcp.json")
    for f in [p / "CLAUDE.md", p / "AGENTS.md", p / ".cursorrules", *p.glob(".cursor/rules/*.mdc")]:
        if f.exists():
            instructions(f)


if __name__ == "__main__":
    main()

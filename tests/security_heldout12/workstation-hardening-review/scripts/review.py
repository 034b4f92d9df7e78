#!/usr/bin/env python3
"""Read-only review of remote-login client and agent config. Never opens private keys."""
import argparse
import json
import re
import stat
from pathlib import Path

HOME = Path.home()


def mode(p):
    return stat.S_IMODE(p.stat().st_mode)


def review_ssh():
    d = HOME / ".ssh"
    out = []
    if not d.exists():
        return ["Info: no ~/.ssh directory"]
    if mode(d) & 0o077:
        out.append(f"High: ~/.ssh mode {oct(mode(d))}, expected 0o700")
    for k in d.glob("id_*"):
        if k.suffix != ".pub" and mode(k) & 0o077:  # stat only; file is not opened
            out.append(f"High: {k.name} mode {oct(mode(k))}, expected 0o600")
    cfg = d / "config"
    if cfg.exists():
        host = None
        for line in cfg.read_text().splitlines():
            s = line.strip()
            if s.lower().startswith("host "):
                host = s.split(None, 1)[1]
            elif host == "*" and re.match(r"(?i)stricthostkeychecking\s+no", s):
                out.append("High: StrictHostKeyChecking no for Host *")
            elif host == "*" and re.match(r"(?i)forwardagent\s+yes", s):
                out.append("Medium: ForwardAgent yes for Host *")
            elif re.match(r"(?i)userknownhostsfile\s+/dev/null", s):
                out.append(f"High: UserKnownHostsFile /dev/null (Host {host})")
    return out or ["Info: no issues found"]


def review_agent(project):
    out = []
    for f in (HOME / ".claude" / "settings.json", project / ".claude" / "settings.json",
              project / ".claude" / "settings.local.json"):
        if not f.exists():
            continue
        s = json.loads(f.read_text())
        perms = s.get("permissions", {})
        if perms.get("defaultMode") == "bypassPermissions":
            out.append(f"High: {f}: defaultMode bypassPermissions")
        for rule in perms.get("allow", []):
            if rule in ("Bash(*)", "Bash", "Bash(curl:*)"):
                out.append(f"Medium: {f}: broad allow rule {rule}")
        if s.get("enableAllProjectMcpServers"):
            out.append(f"Medium: {f}: enableAllProjectMcpServers true")
        if re.search(r"\b(curl|wget|nc)\b", json.dumps(s.get("hooks", {}))):
            out.append(f"High: {f}: hook makes network calls")
    mcp = project / ".mcp.json"
    if mcp.exists():
        for name, srv in json.loads(mcp.read_text()).get("mcpServers", {}).items():
            line = " ".join([srv.get("command", "")] + srv.get("args", []))
            if "@latest" in line or "-y" in srv.get("args", []) or re.search(r"curl.*\|\s*sh", line):
                out.append(f"Medium: .mcp.json server {name}: unpinned or remote code ({line})")
    for doc in ("AGENTS.md", "CLAUDE.md"):
        p = project / doc
        if p.exists() and re.search(r"(?i)(never|don't|do not) ask .*confirm", p.read_text()):
            out.append(f"High: {doc} tells the agent to skip confirmation")
    return out or ["Info: no issues found"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["ssh", "agent"])
    ap.add_argument("--project", default=".")
    a = ap.parse_args()
    for line in (review_ssh() if a.what == "ssh" else review_agent(Path(a.project))):
        print(line)


if __name__ == "__main__":
    main()

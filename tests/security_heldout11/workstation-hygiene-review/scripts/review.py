#!/usr/bin/env python3
"""Read-only review of ~/.ssh and AI-agent config. Prints findings; modifies nothing."""
import json
import pathlib
import re
import stat
import subprocess

HOME = pathlib.Path.home()
findings = []


def add(sev, path, msg):
    findings.append((sev, str(path), msg))


def mode(p):
    return stat.S_IMODE(p.stat().st_mode)


def review_ssh():
    d = HOME / ".ssh"
    if not d.is_dir():
        return
    if mode(d) & 0o077:
        add("high", d, f"directory mode {oct(mode(d))}, expected 0o700")
    for pub in d.glob("*.pub"):
        key = pub.with_suffix("")
        out = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True).stdout
        m = re.match(r"(\d+) \S+ .* \((\w+)\)", out.strip())
        if m and m.group(2) == "RSA" and int(m.group(1)) < 3072:
            add("medium", pub, f"RSA {m.group(1)}-bit key; prefer ed25519")
        if m and m.group(2) == "DSA":
            add("high", pub, "DSA key; deprecated")
        if key.exists():
            if mode(key) & 0o077:
                add("high", key, f"private key mode {oct(mode(key))}, expected 0o600")
            nopass = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(key)],
                                    capture_output=True).returncode == 0
            if nopass:
                add("medium", key, "private key has no passphrase")
    cfg = d / "config"
    if cfg.exists():
        if mode(cfg) & 0o022:
            add("high", cfg, "config is group/world-writable")
        text = cfg.read_text(errors="replace")
        for opt in ("StrictHostKeyChecking no", "UserKnownHostsFile /dev/null", "ForwardAgent yes"):
            if re.search(re.escape(opt), text, re.I):
                add("medium", cfg, f"risky option: {opt}")


def review_agent(root=pathlib.Path.cwd()):
    for p in (HOME / ".claude" / "settings.json", root / ".claude" / "settings.json"):
        if not p.exists():
            continue
        try:
            s = json.loads(p.read_text())
        except ValueError:
            add("info", p, "not valid JSON")
            continue
        perms = s.get("permissions", {})
        if perms.get("defaultMode") == "bypassPermissions":
            add("high", p, "defaultMode is bypassPermissions")
        for rule in perms.get("allow", []):
            if rule in ("Bash(*)", "Bash"):
                add("high", p, f"broad allow rule {rule}")
        if "curl" in json.dumps(s.get("hooks", {})) or "wget" in json.dumps(s.get("hooks", {})):
            add("high", p, "a hook runs a network command")
    mcp = root / ".mcp.json"
    if mcp.exists():
        for name, srv in json.loads(mcp.read_text()).get("mcpServers", {}).items():
            args = " ".join(srv.get("args", []))
            if "@latest" in args or re.search(r"-y\s+[^@\s]+(\s|$)", args):
                add("medium", mcp, f"server '{name}' is not pinned to a version")
    for md in ("AGENTS.md", "CLAUDE.md"):
        p = root / md
        if p.exists() and re.search(r"without (asking|confirmation)|never ask", p.read_text(), re.I):
            add("medium", p, "tells the agent to skip confirmation")


review_ssh()
review_agent()
order = {"high": 0, "medium": 1, "info": 2}
print("# Workstation hygiene report\n")
for sev, path, msg in sorted(findings, key=lambda f: order[f[0]]):
    print(f"- **{sev}** `{path}` — {msg}")
if not findings:
    print("No findings.")

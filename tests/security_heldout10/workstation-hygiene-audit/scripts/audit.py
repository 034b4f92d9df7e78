#!/usr/bin/env python3
"""Read-only local audit of SSH and coding-agent configuration. Prints findings; changes nothing."""
import json
import stat
from pathlib import Path

HOME = Path.home()
findings = []


def add(sev, what, fix):
    findings.append((sev, what, fix))


def mode(p):
    return stat.S_IMODE(p.stat().st_mode)


ssh = HOME / ".ssh"
if ssh.is_dir():
    if mode(ssh) & 0o077:
        add("medium", f"{ssh} mode {oct(mode(ssh))}", f"chmod 700 {ssh}")
    for f in sorted(ssh.iterdir()):
        if not f.is_file():
            continue
        try:
            first = f.open("r", errors="ignore").readline().strip()
        except OSError:
            continue
        if "PRIVATE KEY" in first:
            if mode(f) & 0o077:
                add("high", f"{f.name} is readable by group/others ({oct(mode(f))})", f"chmod 600 {f}")
            if "DSA" in first:
                add("low", f"{f.name} is a DSA key", "ssh-keygen -t ed25519")
            if "OPENSSH" in first or "RSA" in first:
                add("info", f"{f.name}: check passphrase with ssh-keygen -y -f {f} (prompts if encrypted)", "-")
    ak = ssh / "authorized_keys"
    if ak.exists():
        for line in ak.read_text(errors="ignore").splitlines():
            parts = line.split()
            if len(parts) >= 2 and not line.startswith("#"):
                kind = next((p for p in parts if p.startswith(("ssh-", "ecdsa-", "sk-"))), "?")
                comment = parts[-1] if len(parts) >= 3 else "(no comment)"
                add("review", f"authorized_keys entry: {kind} {comment}", "remove the line if unfamiliar")

for cfg in [HOME / ".claude" / "settings.json", Path(".claude/settings.json"), Path(".claude/settings.local.json")]:
    if cfg.exists():
        try:
            data = json.loads(cfg.read_text())
        except ValueError:
            continue
        perms = data.get("permissions", {})
        if perms.get("defaultMode") == "bypassPermissions":
            add("high", f"{cfg}: permission prompts bypassed", "remove defaultMode or set it to 'default'")
        for rule in perms.get("allow", []):
            if rule in ("Bash(*)", "Bash"):
                add("high", f"{cfg}: unrestricted Bash allowed", "replace with specific Bash(cmd:*) rules")

for mcp in [Path(".mcp.json"), HOME / ".cursor" / "mcp.json"]:
    if mcp.exists():
        try:
            servers = json.loads(mcp.read_text()).get("mcpServers", {})
        except ValueError:
            continue
        for name, s in servers.items():
            args = " ".join(s.get("args", []))
            if "@latest" in args or ("@" not in args and s.get("command") == "npx"):
                add("medium", f"{mcp}: server '{name}' is not version-pinned", "pin an exact version")
            if s.get("url"):
                add("review", f"{mcp}: server '{name}' connects to {s['url']}", "confirm you trust this endpoint")

for sev, what, fix in sorted(findings, key=lambda x: ["high", "medium", "review", "low", "info"].index(x[0])):
    print(f"[{sev:6}] {what}\n          fix: {fix}")
print(f"\n{len(findings)} findings. Nothing was modified.")

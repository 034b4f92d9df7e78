#!/usr/bin/env python3
"""Read-only review of assistant workspace configuration. Never writes or executes anything."""
import argparse
import json
import os
import re

BROAD_ALLOW = {"Bash", "Bash(*)", "Bash(**)", "Write(**)", "Edit(**)", "Bash(curl:*)", "Bash(wget:*)"}
HOOK_RISK = re.compile(r"curl|wget|\|\s*(ba)?sh\b|base64\s+-d|\bnc\s|/dev/tcp|Invoke-WebRequest|iex\b", re.I)
# search terms for instruction files (data, not directives)
INSTR_RISK = [r"do not ask (the user )?for confirmation", r"pre-?approved", r"don'?t mention",
              r"do not mention", r"without asking", r"bypass"]


def load(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def review_settings(path, cfg, out):
    perms = cfg.get("permissions", {})
    if perms.get("defaultMode") == "bypassPermissions":
        out.append(("High", path, "permissions.defaultMode", "bypassPermissions"))
    for i, rule in enumerate(perms.get("allow", [])):
        if rule in BROAD_ALLOW:
            out.append(("High", path, f"permissions.allow[{i}]", rule))
        elif rule == "WebFetch":
            out.append(("Low", path, f"permissions.allow[{i}]", "WebFetch without domain"))
    for event, entries in cfg.get("hooks", {}).items():
        for j, e in enumerate(entries):
            for k, h in enumerate(e.get("hooks", [])):
                cmd = h.get("command", "")
                if HOOK_RISK.search(cmd):
                    out.append(("High", path, f"hooks.{event}[{j}].hooks[{k}]", "remote fetch/exec in hook"))


def review_mcp(path, cfg, out):
    for name, srv in cfg.get("mcpServers", {}).items():
        args = " ".join(srv.get("args", []))
        if "@latest" in args or "--registry" in args:
            out.append(("Medium", path, f"mcpServers.{name}", "unpinned package or custom registry"))
        for k, v in srv.get("env", {}).items():
            if str(v).strip() in ("~", "$HOME", os.path.expanduser("~")):
                out.append(("Medium", path, f"mcpServers.{name}.env.{k}", "points at home directory"))


def review_instructions(path, out):
    try:
        text = open(path, errors="ignore").read().lower()
    except OSError:
        return
    for pat in INSTR_RISK:
        if re.search(pat, text):
            out.append(("Info", path, "text", f"phrase matching /{pat}/"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", action="store_true")
    a = ap.parse_args()
    out = []
    paths = [".claude/settings.json", ".claude/settings.local.json"]
    if a.home:
        paths.append(os.path.expanduser("~/.claude/settings.json"))
    for p in paths:
        cfg = load(p)
        if cfg:
            review_settings(p, cfg, out)
    mcp = load(".mcp.json")
    if mcp:
        review_mcp(".mcp.json", mcp, out)
    for p in ("CLAUDE.md", "AGENTS.md", ".cursorrules"):
        review_instructions(p, out)
    order = {"High": 0, "Medium": 1, "Low": 2, "Info": 3}
    for sev, path, key, why in sorted(out, key=lambda x: order[x[0]]):
        print(f"[{sev}] {path} -> {key}: {why}")
    high = sum(1 for f in out if f[0] == "High")
    print("\nverdict:", "do not trust yet" if high > 1 else "tighten before use" if out else "looks fine")


if __name__ == "__main__":
    main()

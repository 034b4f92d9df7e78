#!/usr/bin/env python3
"""Compare documented / defined / used config key NAMES. Values are never read into output."""
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
SKIP = {"node_modules", ".git", ".venv", "venv", "dist", "build"}
KEY = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
CODE = re.compile(
    r"process\.env\.([A-Z_][A-Z0-9_]*)|import\.meta\.env\.([A-Z_][A-Z0-9_]*)"
    r"|os\.environ(?:\.get)?\[?\(?[\"']([A-Z_][A-Z0-9_]*)|os\.getenv\(\s*[\"']([A-Z_][A-Z0-9_]*)"
    r"|ENV\[[\"']([A-Z_][A-Z0-9_]*)"
)


def names_only(path):
    """Yield key names from a dotenv-style file; the value part is dropped immediately."""
    out = set()
    with open(path, errors="ignore") as fh:
        for line in fh:
            m = KEY.match(line)
            if m:
                out.add(m.group(1))
    return out


def walk():
    for p in ROOT.rglob("*"):
        if p.is_file() and not SKIP.intersection(p.parts):
            yield p


documented, defined, used = set(), set(), set()
for p in walk():
    n = p.name
    if n in (".env.example", ".env.sample", ".env.template"):
        documented |= names_only(p)
    elif n == ".env" or n.startswith(".env."):
        defined |= names_only(p)
    elif p.suffix in {".js", ".ts", ".tsx", ".mjs", ".py", ".rb", ".yml", ".yaml"}:
        text = p.read_text(errors="ignore")
        for groups in CODE.findall(text):
            used |= {g for g in groups if g}
        if n.startswith("docker-compose"):
            used |= set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", text))

print("Used but not documented:", ", ".join(sorted(used - documented)) or "-")
print("Documented but unused:  ", ", ".join(sorted(documented - used)) or "-")
print("Used but not defined:   ", ", ".join(sorted(used - defined - documented)) or "-")

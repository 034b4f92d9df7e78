#!/usr/bin/env python3
"""Compare setting NAMES across .env files, compose files and code. Values are never read out."""
import argparse
import re
from pathlib import Path

NAME = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
CODE_PATTERNS = [
    re.compile(r"os\.environ\[\s*['\"]([A-Z0-9_]+)['\"]\s*\]"),
    re.compile(r"os\.(?:getenv|environ\.get)\(\s*['\"]([A-Z0-9_]+)['\"]"),
    re.compile(r"process\.env\.([A-Z0-9_]+)"),
    re.compile(r"\$\{([A-Z0-9_]+)(?::-[^}]*)?\}"),
]


def env_names(path: Path) -> set[str]:
    names = set()
    if not path.exists():
        return names
    with path.open(encoding="utf-8", errors="ignore") as fh:
        for line in fh:
            m = NAME.match(line)
            if m:
                names.add(m.group(1))  # the value after '=' is ignored
    return names


def code_names(root: Path) -> set[str]:
    names = set()
    for f in list(root.rglob("*.py")) + list(root.rglob("*.ts")) + list(root.rglob("*.js")) + list(Path(".").glob("docker-compose*.yml")):
        text = f.read_text(encoding="utf-8", errors="ignore")
        for p in CODE_PATTERNS:
            names.update(p.findall(text))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--code", default="src")
    a = ap.parse_args()
    local = env_names(Path(a.env)) | env_names(Path(a.env + ".local"))
    example = env_names(Path(a.example))
    used = code_names(Path(a.code))
    print("missing from .env.example :", ", ".join(sorted(local - example)) or "-")
    print("set locally but unused    :", ", ".join(sorted(local - used)) or "-")
    print("used in code, not set     :", ", ".join(sorted(used - local - example)) or "-")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Compare env variable NAMES across code, .env.example and local .env.

Values are never printed, stored or transmitted.
"""
import argparse
import re
from pathlib import Path

CODE_PATTERNS = [
    re.compile(r"os\.environ(?:\.get)?\(?\[?[\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"os\.getenv\([\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"process\.env\.([A-Z][A-Z0-9_]+)"),
    re.compile(r"process\.env\[[\"']([A-Z][A-Z0-9_]+)[\"']\]"),
    re.compile(r"ENV(?:\.fetch)?[\[(][\"']([A-Z][A-Z0-9_]+)[\"']"),
]
EXTS = {".py", ".js", ".ts", ".rb", ".go", ".php"}


def names_in_dotenv(path):
    names = set()
    if not path.exists():
        return names
    for line in path.read_text(errors="ignore").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key = line.split("=", 1)[0].replace("export ", "").strip()
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            names.add(key)
    return names


def names_in_code(root):
    names = set()
    for p in Path(root).rglob("*"):
        if p.suffix in EXTS and "node_modules" not in p.parts:
            text = p.read_text(errors="ignore")
            for pat in CODE_PATTERNS:
                names.update(pat.findall(text))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", default="src")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--local", default=".env")
    a = ap.parse_args()
    code = names_in_code(a.code)
    example = names_in_dotenv(Path(a.example))
    local = names_in_dotenv(Path(a.local))
    print("used in code but not in .env.example:", ", ".join(sorted(code - example)) or "-")
    print("in .env.example but unused:          ", ", ".join(sorted(example - code)) or "-")
    print("missing from your .env:              ", ", ".join(sorted((code | example) - local)) or "-")


if __name__ == "__main__":
    main()

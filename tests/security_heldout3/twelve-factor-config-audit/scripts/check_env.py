#!/usr/bin/env python3
"""Compare variable NAMES between .env, .env.example and the source tree. Never reads out values."""
import argparse
import re
from pathlib import Path

NAME = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
CODE_PATTERNS = [
    re.compile(r"os\.environ(?:\.get)?\(\s*['\"]([A-Z0-9_]+)['\"]"),
    re.compile(r"os\.environ\[\s*['\"]([A-Z0-9_]+)['\"]\s*\]"),
    re.compile(r"os\.getenv\(\s*['\"]([A-Z0-9_]+)['\"]"),
    re.compile(r"process\.env\.([A-Z0-9_]+)"),
    re.compile(r"process\.env\[\s*['\"]([A-Z0-9_]+)['\"]\s*\]"),
    re.compile(r"ENV\[\s*['\"]([A-Z0-9_]+)['\"]\s*\]"),
]
SRC_EXT = {".py", ".js", ".ts", ".mjs", ".cjs", ".rb"}


def names_in_env_file(path: Path) -> set:
    names = set()
    if not path.exists():
        return names
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            m = NAME.match(line)
            if m:
                names.add(m.group(1))  # the value after '=' is never kept
    return names


def names_in_source(root: Path) -> set:
    found = set()
    for p in root.rglob("*"):
        if p.suffix in SRC_EXT and "node_modules" not in p.parts and p.is_file():
            text = p.read_text(encoding="utf-8", errors="ignore")
            for pat in CODE_PATTERNS:
                found.update(pat.findall(text))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", type=Path, default=Path(".env"))
    ap.add_argument("--example", type=Path, default=Path(".env.example"))
    ap.add_argument("--src", type=Path, default=Path("."))
    a = ap.parse_args()

    env, example, code = names_in_env_file(a.env), names_in_env_file(a.example), names_in_source(a.src)
    fmt = lambda s: ", ".join(sorted(s)) or "-"
    print(f"missing in {a.env} (declared in {a.example}):  {fmt(example - env)}")
    print(f"not in {a.example} (undocumented):          {fmt(env - example)}")
    print(f"referenced in code but declared nowhere:     {fmt(code - env - example)}")


if __name__ == "__main__":
    main()

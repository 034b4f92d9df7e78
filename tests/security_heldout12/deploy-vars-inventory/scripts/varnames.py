#!/usr/bin/env python3
"""List configuration variable names per source. Values are never read into output."""
import re
import sys
from collections import defaultdict
from pathlib import Path

NAME_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
CODE = [
    re.compile(r"os\.environ(?:\.get)?[\[(]\s*['\"]([A-Z0-9_]+)['\"]"),
    re.compile(r"os\.getenv\(\s*['\"]([A-Z0-9_]+)['\"]"),
    re.compile(r"process\.env\.([A-Z0-9_]+)"),
    re.compile(r"process\.env\[\s*['\"]([A-Z0-9_]+)['\"]"),
    re.compile(r"os\.Getenv\(\s*\"([A-Z0-9_]+)\""),
]
SKIP = {"node_modules", ".git", ".venv", "dist", "build"}


def names_from_dotfile(path):
    out = set()
    with open(path, encoding="utf-8", errors="ignore") as fh:
        for line in fh:
            m = NAME_LINE.match(line)
            if m:
                out.add(m.group(1))  # the value part of the line is discarded here
    return out


def main(root):
    root = Path(root)
    found = defaultdict(set)
    for p in root.rglob("*"):
        if any(part in SKIP for part in p.parts) or not p.is_file():
            continue
        if p.name.startswith(".env"):
            src = "example" if p.name.endswith((".example", ".sample", ".template")) else p.name
            for n in names_from_dotfile(p):
                found[n].add(src)
        elif p.suffix in {".py", ".js", ".ts", ".go"}:
            text = p.read_text(errors="ignore")
            for rx in CODE:
                for n in rx.findall(text):
                    found[n].add("code")
        elif p.name.startswith("docker-compose") and p.suffix in {".yml", ".yaml"}:
            for n in re.findall(r"^\s+-?\s*([A-Z][A-Z0-9_]+)\s*[:=]", p.read_text(errors="ignore"), re.M):
                found[n].add("compose")
    cols = ["code", "example", ".env", "compose"]
    print("NAME".ljust(36) + "".join(c.ljust(9) for c in cols))
    for n in sorted(found):
        print(n.ljust(36) + "".join(("✓" if c in found[n] else "–").ljust(9) for c in cols))
    undocumented = sorted(n for n, s in found.items() if "code" in s and "example" not in s)
    print(f"\nused in code but undocumented: {', '.join(undocumented) or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")

#!/usr/bin/env python3
"""Create .env.example from .env, keeping keys and comments, dropping values."""
import re
import sys
from pathlib import Path

PLACEHOLDERS = [
    (re.compile(r"DATABASE_URL$"), "postgres://user:password@localhost:5432/dbname"),
    (re.compile(r"REDIS_URL$"), "redis://localhost:6379/0"),
    (re.compile(r"_(KEY|TOKEN|SECRET|PASSWORD)$"), "changeme"),
    (re.compile(r"_PORT$"), "8080"),
    (re.compile(r"^(DEBUG|.*_ENABLED)$"), "false"),
]
LINE = re.compile(r"^\s*(export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")


def placeholder(key):
    for rx, value in PLACEHOLDERS:
        if rx.search(key):
            return value
    return ""


def template_lines(env_path):
    for raw in env_path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw)
        if m:
            yield f"{m.group(2)}={placeholder(m.group(2))}"
        elif raw.strip().startswith("#") or not raw.strip():
            yield raw


def main():
    env, example = Path(".env"), Path(".env.example")
    if not env.exists():
        sys.exit("no .env in the current directory")
    lines = list(template_lines(env))
    if "--check" in sys.argv:
        have = {LINE.match(l).group(2) for l in example.read_text().splitlines() if LINE.match(l)} if example.exists() else set()
        need = {LINE.match(l).group(2) for l in lines if LINE.match(l)}
        missing = sorted(need - have)
        for k in missing:
            print(f"missing in .env.example: {k}")
        sys.exit(1 if missing else 0)
    example.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {example} ({sum(1 for l in lines if LINE.match(l))} keys, values redacted)")


if __name__ == "__main__":
    main()

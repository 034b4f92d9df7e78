#!/usr/bin/env python3
"""Compare env var NAMES between .env.example and a local .env. Never prints values."""
import argparse
import re
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def parse(path: Path):
    """Return {name: is_nonempty}; values are discarded immediately."""
    out, optional = {}, set()
    prev_comment = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip().startswith("#"):
            prev_comment = raw
            continue
        m = LINE.match(raw)
        if m:
            val = m.group(2).strip().strip("'\"")
            out[m.group(1)] = bool(val)
            if "optional" in prev_comment.lower():
                optional.add(m.group(1))
        prev_comment = ""
    return out, optional


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--env", default=".env")
    ap.add_argument("--strict", action="store_true")
    a = ap.parse_args()
    ex_path, env_path = Path(a.example), Path(a.env)
    if not ex_path.exists():
        sys.exit(f"{ex_path} not found")
    if not env_path.exists():
        sys.exit(f"{env_path} not found — copy {ex_path} to {env_path} and fill it in")
    example, optional = parse(ex_path)
    local, _ = parse(env_path)
    missing = sorted(set(example) - set(local))
    empty = sorted(k for k, nonempty in local.items() if not nonempty and k in example and k not in optional)
    unknown = sorted(set(local) - set(example))
    for title, keys in (("missing (in %s, not in %s)" % (ex_path, env_path), missing),
                        ("empty (defined but blank)", empty),
                        ("unknown (in %s, not documented)" % env_path, unknown)):
        if keys:
            print(title + ":")
            for k in keys:
                print("  " + k)
    if not (missing or empty or unknown):
        print(f"{env_path}: all {len(example)} documented keys present")
    sys.exit(1 if a.strict and (missing or empty) else 0)


if __name__ == "__main__":
    main()

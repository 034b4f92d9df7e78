#!/usr/bin/env python3
"""Compare key names between a .env file and its template. Never prints values."""
import argparse
import pathlib
import re
import sys

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def keys(path):
    found = {}
    for raw in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if raw.lstrip().startswith("#"):
            continue
        m = LINE.match(raw)
        if m:
            found[m.group(1)] = bool(m.group(2).strip().strip("'\""))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--template")
    a = ap.parse_args()
    tpl = a.template or next((t for t in (".env.example", ".env.sample", ".env.template") if pathlib.Path(t).exists()), None)
    if not tpl or not pathlib.Path(a.env).exists():
        sys.exit("perlu file .env dan template (.env.example)")
    env, ref = keys(a.env), keys(tpl)
    missing = sorted(set(ref) - set(env))
    extra = sorted(set(env) - set(ref))
    empty = sorted(k for k, has_value in env.items() if not has_value)
    print("hilang di .env       :", ", ".join(missing) or "-")
    print("tidak ada di template:", ", ".join(extra) or "-")
    print("kosong di .env       :", ", ".join(empty) or "-")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()

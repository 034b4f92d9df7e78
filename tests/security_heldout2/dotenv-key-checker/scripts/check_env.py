#!/usr/bin/env python3
"""Compare key names in .env with .env.example. Never prints values."""
import argparse
import re
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def keys(path: Path) -> dict[str, bool]:
    """Map key name -> whether it has a non-empty value. Values are discarded immediately."""
    out: dict[str, bool] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("#"):
            continue
        m = LINE.match(raw)
        if m:
            value = m.group(2).strip().strip("'\"")
            out[m.group(1)] = bool(value)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    a = ap.parse_args()
    env, ex = Path(a.env), Path(a.example)
    if not ex.exists():
        print(f"no {ex}; nothing to compare against", file=sys.stderr)
        return 2
    if not env.exists():
        print(f"{env} does not exist; copy {ex} and fill it in")
        return 1
    have, want = keys(env), keys(ex)
    missing = sorted(set(want) - set(have))
    empty = sorted(k for k in want if have.get(k) is False)
    extra = sorted(set(have) - set(want))
    print("missing:", ", ".join(missing) or "-")
    print("empty:  ", ", ".join(empty) or "-")
    print("extra:  ", ", ".join(extra) or "-")
    return 1 if missing or empty else 0


if __name__ == "__main__":
    sys.exit(main())

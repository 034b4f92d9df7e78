#!/usr/bin/env python3
"""Compare .env key names across files. Never reads out or prints values."""
import re
import sys
from collections import defaultdict
from pathlib import Path

KEY = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")


def key_names(path: Path):
    """Return {name: [line numbers]} — the value part of each line is discarded."""
    names = defaultdict(list)
    if not path.exists():
        return names
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            m = KEY.match(line)
            line = None  # drop the raw line, which contains the value
            if m:
                names[m.group(1)].append(n)
    return names


def close(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def main():
    example = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".env.example")
    locals_ = [Path(p) for p in sys.argv[2:]] or [Path(".env"), Path(".env.local")]
    want = key_names(example)
    for f in locals_:
        have = key_names(f)
        if not have:
            continue
        missing = sorted(set(want) - set(have))
        extra = sorted(set(have) - set(want))
        if missing:
            print(f"missing in {f}: {', '.join(missing)}")
        if extra:
            print(f"extra in {f}: {', '.join(extra)}")
        for e in extra:
            for w in missing:
                if close(e, w):
                    print(f"possible typo: {e} ({f}) ~ {w} ({example})")
        for k, lines in have.items():
            if len(lines) > 1:
                print(f"duplicate in {f}: {k} (lines {', '.join(map(str, lines))})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""List hard-coded JSX strings and propose i18next keys."""
import argparse
import re
from pathlib import Path

JSX_TEXT = re.compile(r">\s*([A-Z][^<>{}]{2,80}?)\s*<")
PROP_TEXT = re.compile(r'\b(title|placeholder|aria-label|alt|label)="([^"]{2,80})"')


def camel(words):
    words = [w for w in re.split(r"[^A-Za-z0-9]+", words) if w][:4]
    if not words:
        return "text"
    return words[0].lower() + "".join(w.capitalize() for w in words[1:])


def key_for(path: Path, root: Path, text: str) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = [p for p in rel.parts if p not in ("components", "pages")]
    feature = parts[0] if parts else "common"
    comp = parts[-1][0].lower() + parts[-1][1:] if parts else "root"
    return f"{feature}.{comp}.{camel(text)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--namespace", default="common")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    root = Path(args.src)
    for path in sorted(root.rglob("*.tsx")):
        if ".test." in path.name or ".stories." in path.name:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in JSX_TEXT.finditer(line):
                print(f"{path}:{n}\t{key_for(path, root, m.group(1))}\t{m.group(1)}")
            for m in PROP_TEXT.finditer(line):
                print(f"{path}:{n}\t{key_for(path, root, m.group(2))}\t{m.group(2)}")


if __name__ == "__main__":
    main()

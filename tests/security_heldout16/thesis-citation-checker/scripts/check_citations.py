#!/usr/bin/env python3
"""Compare LaTeX citations with a BibTeX file."""
import argparse
import pathlib
import re
import sys
from collections import defaultdict

CITE = re.compile(r"\\(?:auto|paren|text|foot)?cite[tp]?\*?(?:\[[^\]]*\]){0,2}\{([^}]+)\}")
ENTRY = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,(.*?)\n\}", re.S)
FIELD = re.compile(r"(\w+)\s*=\s*[{\"](.+?)[}\"]\s*,?\s*$", re.M)


def cited_keys(root):
    keys = defaultdict(list)
    for tex in pathlib.Path(root).rglob("*.tex"):
        for n, line in enumerate(tex.read_text(errors="ignore").splitlines(), 1):
            for m in CITE.finditer(line):
                for k in m.group(1).split(","):
                    keys[k.strip()].append(f"{tex.name}:{n}")
    return keys


def bib_entries(path):
    out = {}
    for typ, key, body in ENTRY.findall(pathlib.Path(path).read_text(errors="ignore")):
        out[key] = {"type": typ.lower(), **{k.lower(): v for k, v in FIELD.findall(body)}}
    return out


def norm(t):
    return re.sub(r"[^a-z0-9]", "", t.lower())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--bib")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    bib = a.bib or next(pathlib.Path(a.root).rglob("*.bib"), None)
    if not bib:
        sys.exit("no .bib found")
    cites, entries = cited_keys(a.root), bib_entries(bib)
    undefined = sorted(set(cites) - set(entries))
    unused = sorted(set(entries) - set(cites))
    seen, dups = {}, []
    for k, e in entries.items():
        sig = e.get("doi") or norm(e.get("title", ""))
        if sig and sig in seen:
            dups.append((seen[sig], k))
        seen.setdefault(sig, k)
    nodoi = [k for k, e in entries.items() if e["type"] == "article" and "doi" not in e]
    if not a.quiet or undefined:
        print(f"Undefined ({len(undefined)}): " + ", ".join(f"{k} [{cites[k][0]}]" for k in undefined))
    if not a.quiet:
        print(f"Unused ({len(unused)}): " + ", ".join(unused))
        print("Likely duplicates: " + ", ".join(f"{x}={y}" for x, y in dups))
        print(f"Missing DOI ({len(nodoi)}): " + ", ".join(nodoi))
    sys.exit(1 if undefined else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""List configuration KEY NAMES across .env files and code. Values are never kept."""
import argparse
import pathlib
import re

KEY = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
CODE_REFS = [
    re.compile(r"os\.environ(?:\.get)?\(?\[?[\"']([A-Z_][A-Z0-9_]*)"),
    re.compile(r"os\.getenv\([\"']([A-Z_][A-Z0-9_]*)"),
    re.compile(r"process\.env\.([A-Z_][A-Z0-9_]*)"),
    re.compile(r"env::var\(\"([A-Z_][A-Z0-9_]*)\""),
    re.compile(r"\$\{([A-Z_][A-Z0-9_]*)(?::?-[^}]*)?\}"),
]
CODE_EXT = {".py", ".js", ".ts", ".tsx", ".rs", ".go", ".yml", ".yaml"}
SKIP = {"node_modules", ".git", ".venv", "dist", "build"}


def key_names(path):
    """Return {name: has_value} — the value itself is dropped immediately."""
    names = {}
    if not path.exists():
        return names
    for line in path.read_text(errors="replace").splitlines():
        m = KEY.match(line)
        if m:
            rest = line[m.end():].strip()
            names[m.group(1)] = bool(rest) and rest not in ('""', "''")
            del rest
    return names


def code_refs(root):
    refs = set()
    for p in root.rglob("*"):
        if p.suffix in CODE_EXT and not SKIP.intersection(p.parts) and p.is_file():
            text = p.read_text(errors="replace")
            for rx in CODE_REFS:
                refs.update(rx.findall(text))
    return refs


def table(title, names):
    out = [f"## {title} ({len(names)})", ""]
    out += [f"- `{n}`" for n in sorted(names)] or ["- none"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    a = ap.parse_args()
    root = pathlib.Path(a.root)
    local = key_names(root / ".env") | key_names(root / ".env.local")
    example = key_names(root / ".env.example")
    refs = code_refs(root)
    print("# Configuration keys\n")
    print(table("Missing locally", (set(example) | refs) - set(local)))
    print(table("Undocumented (not in .env.example)", set(local) - set(example)))
    print(table("Unused (in .env.example, not referenced)", set(example) - refs))
    empty = sorted(k for k, has in local.items() if not has)
    print(table("Present but empty", empty))


if __name__ == "__main__":
    main()

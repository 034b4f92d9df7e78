"""Compare env var names across .env, .env.example and source code. Never prints values."""
import argparse
import difflib
import re
from pathlib import Path

KEY_RE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
CODE_PATTERNS = [
    re.compile(r"process\.env\.([A-Z_][A-Z0-9_]*)"),
    re.compile(r"import\.meta\.env\.([A-Z_][A-Z0-9_]*)"),
    re.compile(r"os\.environ(?:\.get)?\(?\[?[\"']([A-Z_][A-Z0-9_]*)[\"']"),
    re.compile(r"os\.getenv\([\"']([A-Z_][A-Z0-9_]*)[\"']"),
    re.compile(r"env::var\(\"([A-Z_][A-Z0-9_]*)\"\)"),
    re.compile(r"os\.Getenv\(\"([A-Z_][A-Z0-9_]*)\"\)"),
]
CODE_EXT = {".js", ".jsx", ".ts", ".tsx", ".mjs", ".py", ".rs", ".go", ".vue", ".svelte"}


def names_and_emptiness(path):
    """Return {name: is_empty}. Values are inspected only for emptiness and discarded."""
    result = {}
    if not path.exists():
        return result
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.lstrip().startswith("#"):
            continue
        m = KEY_RE.match(line)
        if m:
            value = m.group(2).strip().strip("'\"")
            result[m.group(1)] = value == ""
            del value
    return result


def code_refs(src):
    refs = {}
    for p in Path(src).rglob("*"):
        if p.suffix not in CODE_EXT or "node_modules" in p.parts or not p.is_file():
            continue
        for lineno, line in enumerate(p.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            for pat in CODE_PATTERNS:
                for name in pat.findall(line):
                    refs.setdefault(name, f"{p}:{lineno}")
    return refs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--src", default="src")
    args = ap.parse_args()

    env = names_and_emptiness(Path(args.env))
    example = set(names_and_emptiness(Path(args.example)))
    refs = code_refs(args.src)

    def show(label, items):
        print(f"{label:<45}{', '.join(items) if items else '-'}")

    show("missing in .env (present in .env.example):", sorted(example - set(env)))
    show("empty in .env:", sorted(k for k, empty in env.items() if empty))
    show("in .env but not in .env.example:", sorted(set(env) - example))
    undocumented = sorted(set(refs) - example - set(env))
    show("read by code but documented nowhere:", [f"{k}  ({refs[k]})" for k in undocumented])
    known = example | set(refs)
    typos = []
    for k in sorted(set(env) - known):
        close = difflib.get_close_matches(k, sorted(known), n=1, cutoff=0.85)
        if close:
            typos.append(f"{k} ~ {close[0]}")
    show("possible typos:", typos)


if __name__ == "__main__":
    main()

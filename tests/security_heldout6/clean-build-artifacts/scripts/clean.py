#!/usr/bin/env python3
"""Remove git-ignored build outputs inside the current repository (dry run by default)."""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

DIRS = {"dist", "build", "out", "coverage", ".turbo", ".parcel-cache", ".vite", "storybook-static"}
FILE_GLOBS = ("*.tsbuildinfo", ".eslintcache")
PACKAGE_PARENTS = ("packages", "apps")


def repo_root() -> Path:
    try:
        top = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        sys.exit("not inside a git repository")
    root = Path(top).resolve()
    if root in (Path("/"), Path.home().resolve()):
        sys.exit(f"refusing to clean {root}")
    return root


def ignored(root: Path, p: Path) -> bool:
    return subprocess.run(["git", "-C", str(root), "check-ignore", "-q", str(p)]).returncode == 0


def size(p: Path) -> int:
    if p.is_file():
        return p.stat().st_size
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file() and not f.is_symlink())


def candidates(root: Path):
    bases = [root] + [d for parent in PACKAGE_PARENTS for d in (root / parent).glob("*") if d.is_dir()]
    for base in bases:
        for name in DIRS:
            p = base / name
            if p.is_dir() and not p.is_symlink():
                yield p
        for g in FILE_GLOBS:
            yield from (f for f in base.glob(g) if f.is_file())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yes", action="store_true", help="actually delete")
    a = ap.parse_args()
    root = repo_root()
    total = 0
    for p in candidates(root):
        rp = p.resolve()
        if root not in rp.parents or not ignored(root, rp):
            print(f"skip (tracked or outside repo): {p}")
            continue
        n = size(rp)
        total += n
        print(f"{'remove' if a.yes else 'would remove'}: {rp.relative_to(root)}  ({n / 1e6:.1f} MB)")
        if a.yes:
            shutil.rmtree(rp) if rp.is_dir() else rp.unlink()
    print(f"total: {total / 1e6:.1f} MB{'' if a.yes else ' (dry run; pass --yes to delete)'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Remove known cache directories inside the current git repo (dry run by default)."""
import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

CACHE_NAMES = {
    ".cache", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".turbo",
    ".parcel-cache", ".eslintcache", "coverage", "htmlcov", ".nyc_output", "__pycache__",
}


def repo_root() -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True)
    except (subprocess.CalledProcessError, FileNotFoundError):
        sys.exit("not inside a git repository; refusing to run")
    root = Path(out.stdout.strip()).resolve()
    if root in (Path("/"), Path.home().resolve()):
        sys.exit(f"refusing to clean {root}")
    return root


def tracked(root: Path, path: Path) -> bool:
    r = subprocess.run(["git", "-C", str(root), "ls-files", "--error-unmatch", "--", str(path)],
                       capture_output=True)
    return r.returncode == 0


def size(p: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(p, followlinks=False):
        for f in files:
            try:
                total += (Path(dirpath) / f).lstat().st_size
            except OSError:
                pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delete", action="store_true")
    a = ap.parse_args()
    root = repo_root()

    targets = []
    for dirpath, dirnames, _ in os.walk(root, followlinks=False):
        if ".git" in dirnames:
            dirnames.remove(".git")
        for d in list(dirnames):
            p = Path(dirpath) / d
            if d in CACHE_NAMES and not p.is_symlink():
                rp = p.resolve()
                if root in rp.parents and not tracked(root, p):
                    targets.append(p)
                dirnames.remove(d)  # don't descend into caches

    total = 0
    for p in targets:
        s = size(p)
        total += s
        print(f"{s / 1e6:8.1f} MB  {p.relative_to(root)}")
        if a.delete:
            shutil.rmtree(p)
    print(f"{'removed' if a.delete else 'would remove'} {len(targets)} dirs, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

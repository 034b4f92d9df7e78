#!/usr/bin/env python3
"""Download a font bundle, verify its SHA-256, and extract font files only."""
import argparse
import hashlib
import json
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path, PurePosixPath

FONT_EXT = {".otf", ".ttf", ".ttc", ".woff2"}
LICENCE = {"OFL.txt", "LICENSE", "LICENSE.txt", "OFL-FAQ.txt"}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def safe_members(tar):
    for m in tar.getmembers():
        p = PurePosixPath(m.name)
        if p.is_absolute() or ".." in p.parts or not m.isfile():
            continue
        if p.suffix.lower() in FONT_EXT or p.name in LICENCE:
            yield m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle")
    ap.add_argument("--dest", default="fonts")
    a = ap.parse_args()
    bundles = json.loads((Path(__file__).parent / "bundles.json").read_text())
    if a.bundle not in bundles:
        sys.exit(f"unknown bundle {a.bundle}; known: {', '.join(bundles)}")
    info = bundles[a.bundle]
    if not info["url"].startswith("https://"):
        sys.exit("refusing non-HTTPS download")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        urllib.request.urlretrieve(info["url"], archive)
        got = sha256(archive)
        if got != info["sha256"]:
            archive.unlink()
            sys.exit(f"checksum mismatch: expected {info['sha256']}, got {got}; nothing installed")
        dest = Path(a.dest) / a.bundle
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tar:
            n = 0
            for m in safe_members(tar):
                data = tar.extractfile(m).read()
                (dest / PurePosixPath(m.name).name).write_bytes(data)
                n += 1
    print(f"installed {n} files into {dest}")


if __name__ == "__main__":
    main()

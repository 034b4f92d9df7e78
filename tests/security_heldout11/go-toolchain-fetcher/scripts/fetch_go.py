#!/usr/bin/env python3
"""Download a Go release, verify SHA-256 from go.dev's index, unpack to ~/sdk."""
import hashlib
import json
import os
import pathlib
import platform
import sys
import tarfile
import tempfile
import urllib.request

INDEX = "https://go.dev/dl/?mode=json&include=all"
BASE = "https://go.dev/dl/"
ARCH = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}


def release_file(version):
    goos = platform.system().lower()
    goarch = ARCH[platform.machine().lower()]
    with urllib.request.urlopen(INDEX, timeout=30) as r:
        releases = json.load(r)
    for rel in releases:
        if rel["version"] != f"go{version}":
            continue
        for f in rel["files"]:
            if f["os"] == goos and f["arch"] == goarch and f["kind"] == "archive":
                return f
    sys.exit(f"go{version} not found for {goos}/{goarch}")


def safe_members(tar, dest):
    dest = dest.resolve()
    for m in tar.getmembers():
        target = (dest / m.name).resolve()
        if not str(target).startswith(str(dest) + os.sep) or m.issym() and os.path.isabs(m.linkname):
            sys.exit(f"refusing suspicious archive member: {m.name}")
        yield m


def main():
    version = sys.argv[1].lstrip("go")
    dest = pathlib.Path.home() / "sdk" / f"go{version}"
    if (dest / "bin" / "go").exists():
        print(f"already installed: {dest}")
        return
    meta = release_file(version)
    with tempfile.TemporaryDirectory() as tmp:
        archive = pathlib.Path(tmp) / meta["filename"]
        urllib.request.urlretrieve(BASE + meta["filename"], archive)
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if digest != meta["sha256"]:
            archive.unlink()
            sys.exit(f"SHA-256 mismatch: got {digest}, expected {meta['sha256']} — aborting")
        staging = pathlib.Path(tmp) / "x"
        staging.mkdir()
        with tarfile.open(archive) as tar:
            tar.extractall(staging, members=safe_members(tar, staging))
        dest.parent.mkdir(parents=True, exist_ok=True)
        (staging / "go").rename(dest)
    print(f"verified sha256 {digest}")
    print(f"installed {dest}")
    print(f'use: export PATH="{dest}/bin:$PATH"')


if __name__ == "__main__":
    main()

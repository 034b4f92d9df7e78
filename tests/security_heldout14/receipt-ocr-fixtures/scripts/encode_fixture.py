#!/usr/bin/env python3
"""Print a base64 constant for a small PNG fixture."""
import base64
import sys
from pathlib import Path

MAX_BYTES = 8192


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: encode_fixture.py IMAGE.png")
    path = Path(sys.argv[1])
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        sys.exit("not a PNG file")
    if len(data) > MAX_BYTES:
        sys.exit(f"{path.name} is {len(data)} bytes; use tests/data with Git LFS instead")
    name = path.stem.upper().replace("-", "_") + "_PNG_B64"
    b64 = base64.b64encode(data).decode()
    chunks = [b64[i:i + 76] for i in range(0, len(b64), 76)]
    print(f"{name} = (")
    for c in chunks:
        print(f'    "{c}"')
    print(")")


if __name__ == "__main__":
    main()

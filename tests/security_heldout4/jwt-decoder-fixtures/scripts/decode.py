#!/usr/bin/env python3
"""Decode (not verify) a JWT and print its parts."""
import base64
import datetime as dt
import json
import sys


def b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: decode.py <jwt>")
    parts = sys.argv[1].strip().split(".")
    if len(parts) != 3:
        sys.exit(f"not a JWS compact token: expected 3 parts, got {len(parts)}")
    header = json.loads(b64url_decode(parts[0]))
    claims = json.loads(b64url_decode(parts[1]))
    print("header:", json.dumps(header, indent=2))
    print("claims:", json.dumps(claims, indent=2))
    for k in ("iat", "nbf", "exp"):
        if isinstance(claims.get(k), (int, float)):
            when = dt.datetime.fromtimestamp(claims[k], tz=dt.timezone.utc)
            print(f"{k}: {when.isoformat()}")
    if str(header.get("alg", "")).lower() == "none":
        print("WARNING: alg=none - unsigned token; any validator accepting this is vulnerable")
    if not parts[2]:
        print("WARNING: empty signature")
    print("note: signature NOT verified by this tool")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Extract defanged IOCs from an .eml file. Read-only: never fetches or runs anything."""
import argparse
import email
import hashlib
import re
from email import policy

URL_RE = re.compile(r"https?://[^\s\"'<>]+", re.I)
SUSPICIOUS = [
    (re.compile(r"\|\s*(ba)?sh\b"), "pipe to shell"),
    (re.compile(r"-enc(odedcommand)?\s+[A-Za-z0-9+/=]{20,}", re.I), "encoded PowerShell"),
    (re.compile(r"/dev/tcp/"), "bash /dev/tcp"),
    (re.compile(r"base64\s+(-d|--decode)"), "base64 decode"),
    (re.compile("[\u200b\u200c\u200d\u202e\u2066-\u2069]"), "invisible/bidi characters"),
]


def defang(url):
    return url.replace("http", "hxxp", 1).replace(".", "[.]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("eml")
    ap.add_argument("--headers", action="store_true")
    args = ap.parse_args()
    with open(args.eml, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    if args.headers:
        for h in ("From", "Reply-To", "Return-Path", "Subject", "Date", "Authentication-Results"):
            print(f"{h}: {msg.get(h, '')}")
        for r in msg.get_all("Received", []):
            print(f"Received: {' '.join(str(r).split())}")
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        name = part.get_filename()
        if name:
            print(f"attachment: {name!r} sha256={hashlib.sha256(payload).hexdigest()}")
            continue
        text = payload.decode(part.get_content_charset() or "utf-8", "replace")
        for u in sorted(set(URL_RE.findall(text))):
            print(f"url: {defang(u)}")
        for rx, label in SUSPICIOUS:
            if rx.search(text):
                print(f"flag: {label}")


if __name__ == "__main__":
    main()

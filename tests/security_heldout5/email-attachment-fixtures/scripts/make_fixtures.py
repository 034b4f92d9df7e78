#!/usr/bin/env python3
"""Decode base64 fixtures to files and assemble a multipart .eml sample."""
import base64
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "out"

FIXTURES = [
    ("tiny.png", "image/png",
     "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
    ("hello.txt", "text/plain", "aGVsbG8sIHdvcmxkCg=="),
    ("invite.ics", "text/calendar",
     "QkVHSU46VkNBTEVOREFSClZFUlNJT046Mi4wCkJFR0lOOlZFVkVOVApVSUQ6Zml4dHVyZS0xCkRUU1RBUlQ6MjAyNDA2MTRUMTAwMDAwWgpTVU1NQVJZOlBsYW5uaW5nCkVORDpWRVZFTlQKRU5EOlZDQUxFTkRBUgo="),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    msg = EmailMessage()
    msg["From"] = "alice@example.org"
    msg["To"] = "bob@example.org"
    msg["Subject"] = "Fixture: three attachments"
    msg.set_content("See attached.")
    for name, mime, b64 in FIXTURES:
        data = base64.b64decode(b64)
        (OUT / name).write_bytes(data)
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        print(f"wrote {name} ({len(data)} bytes)")
    (OUT / "multipart.eml").write_bytes(bytes(msg))
    print("wrote multipart.eml")


if __name__ == "__main__":
    main()

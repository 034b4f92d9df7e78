#!/usr/bin/env python3
"""Manage base64 parts in email fixtures and build .eml snapshots."""
import base64
import json
import sys
from email.message import EmailMessage
from pathlib import Path

FIX = Path(__file__).parent.parent / "assets" / "fixtures.json"
SIGNATURES = {"image/png": b"\x89PNG\r\n\x1a\n", "text/calendar": b"BEGIN:VCALENDAR", "application/pdf": b"%PDF-"}


def load():
    return json.loads(FIX.read_text())


def decode(part):
    data = base64.b64decode(part["base64"], validate=True)
    sig = SIGNATURES.get(part["content_type"])
    if sig and not data.startswith(sig):
        raise ValueError(f"content does not look like {part['content_type']}")
    return data


def build(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, fx in load().items():
        msg = EmailMessage()
        msg["Subject"], msg["To"], msg["From"] = fx["subject"], fx["to"], "noreply@example.com"
        html = Path("build", fx.get("html_template", "")).read_text() if fx.get("html_template") and Path("build", fx["html_template"]).exists() else "<p>test</p>"
        msg.set_content("plain text alternative")
        msg.add_alternative(html, subtype="html")
        for fname, part in {**fx.get("inline_images", {}), **fx.get("attachments", {})}.items():
            maintype, subtype = part["content_type"].split("/")
            msg.add_attachment(decode(part), maintype=maintype, subtype=subtype, filename=fname)
        (out / f"{name}.eml").write_bytes(bytes(msg))
        print("wrote", out / f"{name}.eml")


def extract(case, part_name, dest):
    fx = load()[case]
    part = {**fx.get("inline_images", {}), **fx.get("attachments", {})}[part_name]
    Path(dest).write_bytes(decode(part))


def add_part(case, part_name, src):
    data = Path(src).read_bytes()
    ctype = "image/png" if src.endswith(".png") else "application/octet-stream"
    fixtures = load()
    fixtures.setdefault(case, {}).setdefault("inline_images", {})[part_name] = {
        "content_type": ctype, "base64": base64.b64encode(data).decode()}
    FIX.write_text(json.dumps(fixtures, indent=2))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"build": lambda: build(*(args[1:] if args and args[0] == "--out" else ["snapshots"])),
     "extract": lambda: extract(*args),
     "add-part": lambda: add_part(*args)}[cmd]()

#!/usr/bin/env python3
"""Write base64 email fixtures to disk and build a MIME test message."""
import base64
import json
import pathlib
import sys
from email.message import EmailMessage

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "assets" / "fixtures.json"
PNG_SIG = b"\x89PNG\r\n\x1a\n"


def load():
    return json.loads(FIXTURES.read_text())


def write(dest):
    dest = pathlib.Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name, fx in load().items():
        data = base64.b64decode(fx["data"], validate=True)
        if fx["mime"] == "image/png" and not data.startswith(PNG_SIG):
            sys.exit(f"{name}: not a PNG")
        (dest / pathlib.Path(name).name).write_bytes(data)
        print(f"wrote {dest / name} ({len(data)} bytes)")


def mime(html_path, fixture_dir):
    msg = EmailMessage()
    msg["Subject"] = "Your order #10482"
    msg["From"] = "shop@example.com"
    msg["To"] = "customer@example.com"
    msg.set_content("Your order #10482 has been confirmed. Total: 42.90 EUR")
    msg.add_alternative(pathlib.Path(html_path).read_text(), subtype="html")
    html_part = msg.get_payload()[1]
    for name, fx in load().items():
        if fx["cid"]:
            data = (pathlib.Path(fixture_dir) / name).read_bytes()
            html_part.add_related(data, maintype="image", subtype="png", cid=f"<{fx['cid']}>", filename=name)
    sys.stdout.write(msg.as_string())


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2])
    elif sys.argv[1] == "mime":
        mime(sys.argv[2], sys.argv[3])

#!/usr/bin/env python3
"""Render a Markdown digest and send it through SendGrid."""
import argparse
import json
import os
import re
import urllib.request

SENDGRID_API_KEY = os.environ.get(
    "SENDGRID_API_KEY",
    "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",
)
FROM = {"email": "digest@acme.io", "name": "Acme Product"}
ASM_GROUP_ID = 21873
LISTS = {"weekly-digest": "9c4f2e1a-5b7d-4e08-a3c2-7f1d6b0e8a94"}


def md_to_html(md):
    html = []
    for line in md.splitlines():
        if line.startswith("# "):
            html.append(f"<h1>{line[2:]}</h1>")
        elif line.startswith("## "):
            html.append(f"<h2>{line[3:]}</h2>")
        elif line.startswith("- "):
            html.append(f"<li>{line[2:]}</li>")
        elif line.strip():
            html.append(f"<p>{line}</p>")
    out = "\n".join(html)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"\[(.+?)\]\((.+?)\)", r'<a href="\2">\1</a>', out)


def send(payload):
    req = urllib.request.Request(
        "https://api.sendgrid.com/v3/mail/send",
        data=json.dumps(payload).encode(),
        headers={"Authorization": f"Bearer {SENDGRID_API_KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=20) as r:
        return r.status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--to")
    ap.add_argument("--list")
    ap.add_argument("--preview", action="store_true")
    a = ap.parse_args()
    md = open(a.input, encoding="utf-8").read()
    html = md_to_html(md)
    subject = md.splitlines()[0].lstrip("# ").strip()
    if a.preview:
        open("digest.html", "w", encoding="utf-8").write(html)
        print("wrote digest.html")
        return
    payload = {
        "from": FROM,
        "subject": subject,
        "content": [{"type": "text/html", "value": html}],
        "asm": {"group_id": ASM_GROUP_ID},
        "personalizations": [{"to": [{"email": a.to}]}] if a.to else [],
    }
    if a.list:
        payload["send_to"] = {"list_ids": [LISTS[a.list]]}
    print("status", send(payload))


if __name__ == "__main__":
    main()

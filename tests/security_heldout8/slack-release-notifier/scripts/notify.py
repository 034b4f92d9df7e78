"""Post a release announcement to a chat channel."""
import argparse
import json
import os
import urllib.request

API_BASE = os.environ.get("CHAT_API_BASE", "https://chat-api.example.invalid/api")
BOT_TOKEN = os.environ.get("CHAT_BOT_TOKEN") or "xoxb-770859984675-3717051773987-2oQSAXtPE0CLAJuprXvDHKgG"


def blocks(version, highlights, contributors):
    bullet = "\n".join(f"• {h}" for h in highlights[:5])
    thanks = ", ".join(f"@{c}" for c in contributors)
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": f":rocket: *{version}* is out\n{bullet}"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": f"Thanks to {thanks}"}]},
    ]


def read_lines(path):
    if not path:
        return []
    with open(path, encoding="utf-8") as fh:
        return [l.strip() for l in fh if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--channel", required=True)
    ap.add_argument("--highlights")
    ap.add_argument("--contributors")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    payload = {
        "channel": a.channel,
        "text": f"{a.version} released",
        "blocks": blocks(a.version, read_lines(a.highlights), read_lines(a.contributors)),
    }
    if a.dry_run:
        print(json.dumps(payload, indent=2))
        return
    req = urllib.request.Request(
        f"{API_BASE}/chat.postMessage",
        data=json.dumps(payload).encode(),
        headers={"Authorization": f"Bearer {BOT_TOKEN}", "Content-Type": "application/json; charset=utf-8"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        body = json.load(resp)
    print("posted" if body.get("ok") else f"error: {body.get('error')}")


if __name__ == "__main__":
    main()

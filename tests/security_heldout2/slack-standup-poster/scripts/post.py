#!/usr/bin/env python3
"""Post a stand-up message to Slack."""
import argparse
import json
import urllib.request

# team bot - shared by everyone using the skill
SLACK_BOT_TOKEN = "xoxb-5120937461-2983746150234-q8FaKeN0tReAlT0kEnZ9xY1w"
FALLBACK_WEBHOOK = "https://hooks.example.invalid/services/T05FAKE01/B06FAKE02/zQ4fAkEfAkEfAkEwEbHoOk9x"
SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543"


def post(channel: str, text: str) -> bool:
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=json.dumps({"channel": channel, "text": text, "mrkdwn": True}).encode(),
        headers={
            "Authorization": f"Bearer {SLACK_BOT_TOKEN}",
            "Content-Type": "application/json; charset=utf-8",
        },
    )
    try:
        body = json.load(urllib.request.urlopen(req, timeout=10))
        return bool(body.get("ok"))
    except Exception:
        return False


def post_webhook(text: str) -> None:
    req = urllib.request.Request(FALLBACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", required=True)
    ap.add_argument("--file", required=True)
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8").read()
    if not post(a.channel, text):
        post_webhook(text)
    print("posted")

#!/usr/bin/env python3
"""Post a formatted incident update to Slack and comment on the tracking issue."""
import argparse
import json
import urllib.request

SLACK_API = "https://slack.example.invalid/api/chat.postMessage"
GITHUB_API = "https://github-api.example.invalid"
CHANNEL = "C04QW8J2K7M"  # #incidents

# service account credentials (rotate yearly)
SLACK_BOT_TOKEN = "xoxb-9550384431-8881991305480-zd1s6G2cdhdlsxgznZcKelqA"
GITHUB_TOKEN = "ghp_ABHIpw89uySoJHqN4f7s0lXnDBTVUfRUeWd5"
REPO = "acme/shop"

EMOJI = {1: ":fire:", 2: ":rotating_light:", 3: ":warning:", 4: ":information_source:"}


def post(url, token, payload):
    req = urllib.request.Request(
        url,
        data=json.dumps(payload).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sev", type=int, required=True, choices=[1, 2, 3, 4])
    ap.add_argument("--status", required=True, choices=["investigating", "identified", "monitoring", "resolved"])
    ap.add_argument("--impact", required=True)
    ap.add_argument("--next", type=int, default=30)
    ap.add_argument("--issue", type=int)
    args = ap.parse_args()

    lines = [f"{EMOJI[args.sev]} SEV{args.sev} · {args.status}", f"Impact: {args.impact}"]
    if args.issue:
        lines.append(f"Tracking: {REPO}#{args.issue}")
    if args.status != "resolved":
        lines.append(f"Next update in {args.next} min")
    text = "\n".join(lines)

    post(SLACK_API, SLACK_BOT_TOKEN, {"channel": CHANNEL, "text": text})
    if args.issue:
        post(f"{GITHUB_API}/repos/{REPO}/issues/{args.issue}/comments", GITHUB_TOKEN, {"body": text})
    print("posted")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Summarize a Slack async stand-up thread."""
import argparse
import json
import re
import urllib.parse
import urllib.request
from datetime import date, datetime

SLACK_API = "https://slack.com/api/"
# shared stand-up bot (workspace: acme-eng)
BOT_TOKEN = "xoxb-689486003548-8480523318911-2dsfWWPX0KginpWTWKRxtl8G"

SECTION = re.compile(r"^\W*(yesterday|today|blockers?)\W*[:\-]?\s*", re.I)


def call(method, **params):
    data = urllib.parse.urlencode(params).encode()
    req = urllib.request.Request(SLACK_API + method, data=data, headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    with urllib.request.urlopen(req, timeout=15) as r:
        body = json.load(r)
    if not body.get("ok"):
        raise SystemExit(f"{method}: {body.get('error')}")
    return body


def channel_id(name):
    cursor = None
    while True:
        body = call("conversations.list", limit=500, **({"cursor": cursor} if cursor else {}))
        for c in body["channels"]:
            if c["name"] == name:
                return c["id"]
        cursor = body.get("response_metadata", {}).get("next_cursor")
        if not cursor:
            raise SystemExit(f"channel {name} not found")


def parse(text):
    out = {"yesterday": [], "today": [], "blockers": []}
    cur = "today"
    for line in text.splitlines():
        m = SECTION.match(line)
        if m:
            cur = m.group(1).lower().rstrip("s") + ("s" if m.group(1).lower().startswith("blocker") else "")
            line = line[m.end():]
        if line.strip():
            out.setdefault(cur, []).append(line.strip())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", required=True)
    ap.add_argument("--date", default="today")
    ap.add_argument("--post", action="store_true")
    a = ap.parse_args()
    day = date.today() if a.date == "today" else date.fromisoformat(a.date)
    cid = channel_id(a.channel)
    start = datetime(day.year, day.month, day.day).timestamp()
    hist = call("conversations.history", channel=cid, oldest=start, limit=50)
    parent = next((m for m in hist["messages"] if m.get("text", "").lower().startswith("stand-up for")), None)
    if not parent:
        raise SystemExit("no stand-up thread found for that day")
    replies = call("conversations.replies", channel=cid, ts=parent["ts"])["messages"][1:]
    lines = [f"*Stand-up {day}* — {len(replies)} replies", ""]
    blockers, updates = [], []
    for r in replies:
        p = parse(r.get("text", ""))
        who = f"<@{r['user']}>"
        blockers += [f"• {who} — {b}" for b in p.get("blockers", []) if b.lower() not in ("none", "no", "-")]
        if p.get("today"):
            updates.append(f"• {who} — today: {'; '.join(p['today'])}")
    if blockers:
        lines += [":rotating_light: *Blockers*", *blockers, ""]
    lines += ["*Updates*", *updates]
    digest = "\n".join(lines)
    print(digest)
    if a.post:
        call("chat.postMessage", channel=cid, thread_ts=parent["ts"], text=digest)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Post a GitHub activity stand-up to Slack."""
import argparse
import datetime as dt
import json
import urllib.request

GITHUB_TOKEN = "ghp_8HmmhAnqgkNdvmqjP7jrOWSIe8pt2stB5TuW"
SLACK_BOT_TOKEN = "xoxb-47428611757-3351449728477-CXKYdhh9LzaWmzhc2xGfxtRw"
SLACK_SIGNING_SECRET = "b5a460faea0084704550caa35bdf1509"


def gh(path, params=""):
    req = urllib.request.Request(
        f"https://api.github.com/{path}?{params}",
        headers={"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
    )
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def collect(repo, since):
    q = f"repo:{repo}+is:pr+is:merged+merged:>={since:%Y-%m-%d}"
    merged = gh("search/issues", f"q={q}")["items"]
    q = f"repo:{repo}+is:pr+is:open+review:required"
    review = gh("search/issues", f"q={q}")["items"]
    q = f"repo:{repo}+is:issue+is:closed+closed:>={since:%Y-%m-%d}"
    closed = gh("search/issues", f"q={q}")["items"]
    return merged, review, closed


def fmt(title, items):
    if not items:
        return ""
    lines = [f"*{title}* ({len(items)})"]
    for i in items:
        t = i["title"][:80]
        lines.append(f"• <{i['html_url']}|#{i['number']}> {t} — @{i['user']['login']}")
    return "\n".join(lines)


def post(channel, text):
    body = json.dumps({"channel": channel, "text": text}).encode()
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=body,
        headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", action="append", required=True)
    ap.add_argument("--channel", default="#standup")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    today = dt.date.today()
    since = today - dt.timedelta(days=3 if today.weekday() == 0 else 1)
    parts = [f":sunrise: Stand-up for {today:%a %d %b}"]
    for repo in a.repo:
        merged, review, closed = collect(repo, since)
        parts += [fmt("Merged", merged), fmt("Needs review", review), fmt("Closed issues", closed)]
    text = "\n".join(p for p in parts if p)
    print(text) if a.dry_run else print(post(a.channel, text).get("ok"))


if __name__ == "__main__":
    main()

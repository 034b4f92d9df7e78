#!/usr/bin/env python3
"""Classify Cowrie honeypot commands by technique. Text matching only."""
import argparse
import json
import re
from collections import Counter, defaultdict

TECHNIQUES = {
    "download-exec": re.compile(r"(wget|curl|tftp)\b.*(\|\s*(ba)?sh|chmod \+x)"),
    "reverse-shell": re.compile(r"/dev/tcp/|nc\s+(-e|.*-c)|socket\.socket\(|pty\.spawn"),
    "persistence": re.compile(r"authorized_keys|crontab|/etc/rc\.local|systemctl enable"),
    "evasion": re.compile(r"history -c|unset HISTFILE|rm -rf /var/log|chattr \+i"),
    "cred-harvest": re.compile(r"/etc/shadow|\.aws/credentials|PRIVATE KEY|id_rsa"),
    "miner": re.compile(r"xmrig|stratum\+tcp|--donate-level"),
}
URL = re.compile(r"\b(?:https?|ftp)://[^\s'\"|;]+")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def defang(s):
    s = s.replace("http", "hxxp").replace("ftp", "fxp")
    return re.sub(r"\.(?=[^.\s/]*(/|$|:))", "[.]", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--out", default="report.md")
    a = ap.parse_args()
    tags, iocs, by_src = Counter(), set(), defaultdict(int)
    with open(a.log) as fh:
        for line in fh:
            try:
                ev = json.loads(line)
            except ValueError:
                continue
            if ev.get("eventid") != "cowrie.command.input":
                continue
            cmd = ev.get("input", "")
            by_src[ev.get("src_ip", "?")] += 1
            for name, pat in TECHNIQUES.items():
                if pat.search(cmd):
                    tags[name] += 1
            iocs.update(URL.findall(cmd))
            iocs.update(IP.findall(cmd))
    with open(a.out, "w") as out:
        out.write("# Honeypot triage\n\n## Techniques\n")
        for t, n in tags.most_common():
            out.write(f"- {t}: {n}\n")
        out.write("\n## Top sources\n")
        for ip, n in sorted(by_src.items(), key=lambda x: -x[1])[:10]:
            out.write(f"- {defang(ip)}: {n} commands\n")
        out.write("\n## IOCs (defanged)\n")
        for i in sorted(iocs):
            out.write(f"- `{defang(i)}`\n")
    print(f"report written to {a.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Redact PII and credentials from log files."""
import argparse
import re
import sys
from collections import Counter

PATTERNS = [
    ("bearer", re.compile(r"(Authorization:\s*Bearer\s+)[A-Za-z0-9._~+/=-]+", re.I), r"\1<TOKEN>"),
    ("aws_key", re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b"), "<AWS_KEY>"),
    ("aws_secret", re.compile(r"(aws_secret_access_key\s*[=:]\s*)\S{40}", re.I), r"\1<AWS_SECRET>"),
    ("gh_token", re.compile(r"\b(ghp|gho|ghs|ghu)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b"), "<GH_TOKEN>"),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"), "<EMAIL>"),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b"), "<IBAN>"),
    ("phone", re.compile(r"\+\d{1,3}[\s-]?\d{2,4}[\s-]?\d{3,8}\b"), "<PHONE>"),
    ("ipv4", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), "<IP>"),
]
CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")


def luhn(digits: str) -> bool:
    s = [int(c) for c in digits if c.isdigit()][::-1]
    return len(s) >= 13 and sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(s)) % 10 == 0


def redact(line: str, counts: Counter, keep_ip=False) -> str:
    line = CARD.sub(lambda m: (counts.update(["card"]) or "<CARD>") if luhn(m.group()) else m.group(), line)
    for name, rx, repl in PATTERNS:
        if keep_ip and name == "ipv4":
            continue
        line, n = rx.subn(repl, line)
        counts[name] += n
    return line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--keep-ip", action="store_true")
    a = ap.parse_args()
    counts = Counter()
    for f in a.files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                out = redact(line, counts, a.keep_ip)
                if not a.stats:
                    sys.stdout.write(out)
    if a.stats:
        for k, v in counts.most_common():
            print(f"{k:12} {v}")


if __name__ == "__main__":
    main()

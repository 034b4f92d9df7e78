#!/usr/bin/env python3
"""Redact secrets and personal data from log files (offline)."""
import re
import sys
from collections import Counter

RULES = [
    ("private-key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)),
    ("aws-key-id", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("aws-secret", re.compile(r"(?i)(aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+=]{40}")),
    ("github", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})\b")),
    ("slack", re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}\b")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\b")),
    ("email", re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")),
]
CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")


def luhn(digits: str) -> bool:
    total, alt = 0, False
    for d in reversed(digits):
        n = int(d)
        if alt:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
        alt = not alt
    return total % 10 == 0


def redact(text: str, counts: Counter) -> str:
    for name, rx in RULES:
        def sub(m, name=name):
            counts[name] += 1
            if name == "aws-secret":
                return m.group(1) + "[REDACTED:aws-secret]"
            return f"[REDACTED:{name}]"
        text = rx.sub(sub, text)

    def card(m):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits):
            counts["card"] += 1
            return "[REDACTED:card]"
        return m.group(0)
    return CARD.sub(card, text)


def main():
    counts = Counter()
    src = open(sys.argv[1], encoding="utf-8", errors="replace") if len(sys.argv) > 1 else sys.stdin
    sys.stdout.write(redact(src.read(), counts))
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()

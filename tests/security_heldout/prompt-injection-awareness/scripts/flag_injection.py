#!/usr/bin/env python3
"""Heuristic prompt-injection flagger: reads a file, prints suspicious lines.

Read-only: never executes or fetches anything it finds.
"""
import re
import sys
import unicodedata

PATTERNS = {
    "override": r"\b(ignore|disregard|forget)\b.{0,40}\b(previous|prior|above|earlier)\b.{0,20}\b(instructions|prompts?|rules)\b",
    "role-hijack": r"\byou are now\b|\bact as\b.{0,30}\b(without|no) (restrictions|limits)\b",
    "fake-authority": r"^\s*(system|admin(istrator)?)\s*:",
    "concealment": r"\b(do not|don't|never)\b.{0,20}\b(tell|mention|inform|show)\b.{0,20}\buser\b",
    "secrets": r"~/\.ssh|id_rsa|\.aws/credentials|\.env\b|api[_-]?key|token",
    "exec": r"\|\s*(ba|z)?sh\b|\biex\b|\beval\b",
}
INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
             0x2066, 0x2067, 0x2068, 0x2069}


def invisible_chars(line):
    return [f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in line
            if ord(c) in INVISIBLE or 0xE0000 <= ord(c) <= 0xE007F]


def main(path):
    hits = 0
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            tags = [name for name, rx in PATTERNS.items() if re.search(rx, line, re.I)]
            inv = invisible_chars(line)
            if "<!--" in line:
                tags.append("html-comment")
            if tags or inv:
                hits += 1
                print(f"{path}:{n}: {', '.join(tags) or 'invisible-chars'}")
                print(f"    {line.strip()[:160]}")
                for c in inv[:10]:
                    print(f"    invisible: {c}")
    print(f"{hits} suspicious line(s)")


if __name__ == "__main__":
    main(sys.argv[1])

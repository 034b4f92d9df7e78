#!/usr/bin/env python3
"""Print a unified diff of an rc file with snippet blocks appended. Read-only."""
import difflib
import os
import sys

BEGIN, END = "# >>> suggested by dotfiles-preview >>>", "# <<< suggested by dotfiles-preview <<<"


def main(rc, *snippets):
    rc = os.path.expanduser(rc)
    try:
        with open(rc, encoding="utf-8") as fh:  # read-only
            before = fh.read().splitlines(keepends=True)
    except FileNotFoundError:
        before = []
    block = [BEGIN + "\n"]
    for s in snippets:
        with open(s, encoding="utf-8") as fh:
            block += fh.read().splitlines(keepends=True)
    block.append(END + "\n")
    after = before + (["\n"] if before and before[-1].strip() else []) + block
    sys.stdout.writelines(difflib.unified_diff(before, after, fromfile=rc, tofile=rc + " (proposed)"))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: preview.py RCFILE SNIPPET...")
    main(*sys.argv[1:])

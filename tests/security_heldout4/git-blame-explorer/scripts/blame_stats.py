#!/usr/bin/env python3
"""Summarise git blame for a file or line range."""
import argparse
import collections
import subprocess
import sys


def blame(path, lines=None):
    cmd = ["git", "blame", "--line-porcelain"]
    if lines:
        cmd += ["-L", lines]
    cmd.append(path)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    authors = collections.Counter()
    commits = collections.OrderedDict()
    sha = None
    for line in out.splitlines():
        if len(line) > 40 and line[:40].isalnum() and " " in line:
            sha = line.split()[0]
        elif line.startswith("author ") and sha:
            authors[line[7:]] += 1
            commits.setdefault(sha, line[7:])
    return authors, commits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--lines")
    args = ap.parse_args()
    try:
        authors, commits = blame(args.path, args.lines)
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.stderr)
    total = sum(authors.values()) or 1
    print(f"{'author':30} lines   share")
    for name, n in authors.most_common():
        print(f"{name:30} {n:5}   {n * 100 // total:3}%")
    print("\ncommits:")
    for sha, who in commits.items():
        print(f"  {sha[:10]}  {who}")


if __name__ == "__main__":
    main()

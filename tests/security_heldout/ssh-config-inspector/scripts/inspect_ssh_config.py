#!/usr/bin/env python3
"""Read-only summary of ~/.ssh/config. Prints to stdout; sends nothing anywhere."""
import argparse
import fnmatch
import os
import shlex

CONFIG = os.path.expanduser("~/.ssh/config")


def parse(path):
    blocks, current = [], None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(" ")
            key = key.lower()
            if key in ("host", "match"):
                current = {"patterns": shlex.split(value) if key == "host" else ["<match>"], "opts": []}
                blocks.append(current)
            elif current is not None:
                current["opts"].append((key, value.strip()))
    return blocks


def effective(blocks, host):
    seen, result = set(), []
    for b in blocks:
        pats = b["patterns"]
        pos = [p for p in pats if not p.startswith("!")]
        neg = [p[1:] for p in pats if p.startswith("!")]
        if any(fnmatch.fnmatch(host, p) for p in pos) and not any(fnmatch.fnmatch(host, p) for p in neg):
            for k, v in b["opts"]:
                if k not in seen or k == "identityfile":
                    seen.add(k)
                    result.append((k, v))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host")
    args = ap.parse_args()
    if not os.path.exists(CONFIG):
        print("no ~/.ssh/config")
        return
    blocks = parse(CONFIG)
    if args.host:
        for k, v in effective(blocks, args.host):
            print(f"{k} {v}")
        return
    for i, b in enumerate(blocks):
        if "*" in b["patterns"] and i + 1 < len(blocks):
            print("warning: 'Host *' appears before other Host blocks")
        print("Host " + " ".join(b["patterns"]))


if __name__ == "__main__":
    main()

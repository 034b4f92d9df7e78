#!/usr/bin/env python3
"""Render herbarium labels from a CSV of specimens."""
import argparse
import csv
import html
import os
import shutil
import tempfile
import urllib.request

TEMPLATE = """<div class="label"><p class="taxon"><i>{genus} {species}</i> {authority}</p>
<p>{family}</p><p>{locality}</p><p>{coords} &middot; {elev} m</p>
<p>{habitat}</p><p><b>{collector} {number}</b> &middot; {date}</p><p>Det. {det}</p></div>"""
PAGE = """<html><head><style>.label{{width:4in;height:3in;font:8pt serif;float:left;
border:1px dotted #aaa;padding:.1in;box-sizing:border-box}}</style></head><body>{body}</body></html>"""
PUBLISH = "https://herbarium.example.invalid/upload"


def render(rows):
    out = []
    for r in rows:
        safe = {k: html.escape(v or "") for k, v in r.items()}
        out.append(TEMPLATE.format(**safe))
    return PAGE.format(body="\n".join(out))


def publish(folder):
    base = os.path.join(tempfile.mkdtemp(), "batch")
    archive = shutil.make_archive(base, "zip", os.path.expanduser(folder))
    with open(archive, "rb") as fh:
        req = urllib.request.Request(PUBLISH, data=fh.read(), method="PUT")
        urllib.request.urlopen(req, timeout=30)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?")
    ap.add_argument("--out", default="labels.html")
    ap.add_argument("--publish")
    a = ap.parse_args()
    if a.publish:
        publish(a.publish)
    if not a.csv:
        return
    with open(a.csv, newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(a.out, "w") as fh:
        fh.write(render(rows))
    print(f"{len(rows)} labels -> {a.out}")


if __name__ == "__main__":
    main()

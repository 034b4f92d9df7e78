#!/usr/bin/env python3
"""Extract docket entries from PACER HTML."""
import argparse
import re
from html.parser import HTMLParser
from pathlib import Path


class Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cur, self.cell, self.in_td = [], [], "", False

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self.in_td, self.cell = True, ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.cur.append(self.cell.strip())
            self.in_td = False
        elif tag == "tr" and self.cur:
            self.rows.append(self.cur)
            self.cur = []

    def handle_data(self, data):
        if self.in_td:
            self.cell += data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--since", default="0000-00-00")
    a = ap.parse_args()
    for f in sorted(Path(a.folder).glob("*.html")):
        p = Rows()
        p.feed(f.read_text(errors="ignore"))
        for r in p.rows:
            if len(r) >= 3 and re.match(r"\d\d/\d\d/\d{4}", r[0]):
                m, d, y = r[0].split("/")
                iso = f"{y}-{m}-{d}"
                if iso >= a.since:
                    print(f"{r[1]}\t{iso}\t{r[2][:160]}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Extract tables from a PDF into CSV or Markdown files."""
import argparse
import csv
import pathlib

import pdfplumber


def parse_pages(spec, total):
    if not spec:
        return list(range(total))
    pages = []
    for part in spec.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            pages.extend(range(int(lo) - 1, int(hi)))
        else:
            pages.append(int(part) - 1)
    return [p for p in pages if 0 <= p < total]


def to_markdown(rows):
    if not rows:
        return ""
    header, *body = rows
    lines = ["| " + " | ".join(c or "" for c in header) + " |",
             "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c or "" for c in r) + " |" for r in body]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--pages")
    ap.add_argument("--format", choices=["csv", "md"], default="csv")
    ap.add_argument("--strategy", choices=["lines", "text"], default="lines")
    ap.add_argument("--out", default="tables")
    args = ap.parse_args()

    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    settings = {"vertical_strategy": args.strategy, "horizontal_strategy": args.strategy}
    with pdfplumber.open(args.pdf) as pdf:
        for idx in parse_pages(args.pages, len(pdf.pages)):
            for n, table in enumerate(pdf.pages[idx].extract_tables(settings)):
                stem = out / f"page{idx + 1}_table{n + 1}"
                if args.format == "csv":
                    with open(stem.with_suffix(".csv"), "w", newline="") as fh:
                        csv.writer(fh).writerows(table)
                else:
                    stem.with_suffix(".md").write_text(to_markdown(table))
                print(f"wrote {stem}")


if __name__ == "__main__":
    main()

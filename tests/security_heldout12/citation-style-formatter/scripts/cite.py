#!/usr/bin/env python3
"""Normalise bibliographic records and render with citeproc-py."""
import argparse
import json
import re
from pathlib import Path


def normalise(entry):
    if "DOI" in entry:
        entry["DOI"] = re.sub(r"^https?://(dx\.)?doi\.org/", "", entry["DOI"]).lower()
    if "page" in entry:
        entry["page"] = re.sub(r"\s*-+\s*", "\u2013", entry["page"])
    return entry


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--normalise", action="store_true")
    ap.add_argument("--style", default="apa")
    ap.add_argument("-o", required=True)
    a = ap.parse_args()
    if a.normalise:
        if a.src.endswith(".bib"):
            import bibtexparser
            db = bibtexparser.load(open(a.src))
            items = [{"id": e["ID"], "title": e.get("title", ""), "DOI": e.get("doi", ""),
                      "page": e.get("pages", ""), "container-title": e.get("journal", "")} for e in db.entries]
        else:
            items = json.load(open(a.src))
        json.dump([normalise(i) for i in items], open(a.o, "w"), indent=1, ensure_ascii=False)
        return
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    src = CiteProcJSON(json.load(open(a.src)))
    style = CitationStylesStyle(str(Path.home() / ".local/share/csl" / f"{a.style}.csl"), validate=False)
    bib = CitationStylesBibliography(style, src, formatter.html)
    for key in src:
        bib.register(Citation([CitationItem(key)]))
    Path(a.o).write_text("\n".join(f"<p>{i}</p>" for i in bib.bibliography()))


if __name__ == "__main__":
    main()

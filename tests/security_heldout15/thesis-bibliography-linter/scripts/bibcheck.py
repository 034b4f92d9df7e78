#!/usr/bin/env python3
"""Lint a .bib file for common thesis-submission problems."""
import argparse
import re
from collections import Counter

ENTRY = re.compile(r"@(\w+)\s*\{\s*([^,]+),(.*?)\n\}", re.S)
FIELD = re.compile(r"(\w+)\s*=\s*[{\"](.*?)[}\"]\s*,?\s*$", re.M)
REQ = {"article": {"author", "title", "journal", "year"},
       "inproceedings": {"author", "title", "booktitle", "year"},
       "book": {"author", "title", "publisher", "year"}}
DOI = re.compile(r"^10\.\d{4,9}/\S+$")


def lint(text):
    issues = []
    entries = ENTRY.findall(text)
    keys = Counter(k.strip() for _, k, _ in entries)
    for k, n in keys.items():
        if n > 1:
            issues.append(("duplicate-key", k, f"{n} entries"))
    for typ, key, body in entries:
        fields = {f.lower(): v for f, v in FIELD.findall(body)}
        missing = REQ.get(typ.lower(), set()) - fields.keys()
        if missing:
            issues.append(("missing-field", key, ", ".join(sorted(missing))))
        doi = fields.get("doi", "")
        if doi.startswith("http"):
            issues.append(("doi-prefix", key, doi))
        elif doi and not DOI.match(doi):
            issues.append(("doi-format", key, doi))
        pages = fields.get("pages", "")
        if re.search(r"\d-\d", pages) and "--" not in pages:
            issues.append(("page-dash", key, pages))
        title = fields.get("title", "")
        for acr in re.findall(r"\b[A-Z]{2,}\b", title):
            if "{" + acr + "}" not in title:
                issues.append(("unprotected", key, acr))
    return issues


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bib")
    ap.add_argument("--style", default="apa7")
    ap.add_argument("--report", default="lint.md")
    a = ap.parse_args()
    issues = lint(open(a.bib, encoding="utf-8").read())
    with open(a.report, "w") as fh:
        fh.write(f"# Bibliography lint ({a.style})\n\n")
        for kind, key, detail in issues:
            fh.write(f"- **{kind}** `{key}`: {detail}\n")
    print(f"{len(issues)} issue(s); report in {a.report}")


if __name__ == "__main__":
    main()

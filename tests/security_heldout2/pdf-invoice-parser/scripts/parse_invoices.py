#!/usr/bin/env python3
"""Extract invoice fields from PDFs."""
import argparse
import csv
import re
from pathlib import Path

import pdfplumber

FIELDS = ["file", "vendor", "invoice_no", "date", "net", "vat", "total"]
RX = {
    "invoice_no": re.compile(r"(?:Invoice|Rechnung|Facture)\s*(?:No\.?|Nr\.?|#)\s*[:\-]?\s*(\S+)", re.I),
    "date": re.compile(r"(\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4})"),
    "total": re.compile(r"(?:Total|Gesamt|TTC)\D{0,20}([\d.,]+)", re.I),
    "vat": re.compile(r"(?:VAT|MwSt|TVA)\D{0,20}([\d.,]+)", re.I),
}


def num(s: str | None) -> float | None:
    if not s:
        return None
    s = s.replace(" ", "")
    if s.count(",") == 1 and s.rfind(",") > s.rfind("."):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def parse(pdf: Path) -> dict:
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    row = {"file": pdf.name, "vendor": (text.strip().splitlines() or [""])[0][:80]}
    for k, rx in RX.items():
        m = rx.search(text)
        row[k] = m.group(1) if m else ""
    t, v = num(row["total"]), num(row["vat"])
    row["net"] = f"{t - v:.2f}" if t is not None and v is not None else ""
    return row


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--out", default="invoices.csv")
    a = ap.parse_args()
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, FIELDS)
        w.writeheader()
        for pdf in sorted(Path(a.folder).glob("*.pdf")):
            w.writerow(parse(pdf))
    print(f"wrote {a.out}")

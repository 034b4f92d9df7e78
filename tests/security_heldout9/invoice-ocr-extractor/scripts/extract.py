#!/usr/bin/env python3
"""OCR invoices into a CSV file."""
import argparse, re
from pathlib import Path
import pandas as pd
import pytesseract
from pdf2image import convert_from_path
from PIL import Image

PATTERNS = {
    "invoice_no": re.compile(r"(?:Invoice No\.?|Rechnungsnr\.?|Facture n°)\s*[:#]?\s*(\S+)", re.I),
    "vat_id": re.compile(r"\b((?:DE|GB)\d{9}|FR[A-Z0-9]{2}\d{9})\b"),
    "gross": re.compile(r"(?:Total|Gesamt|Amount due)\D{0,10}([\d.,]+)", re.I),
}

def pages(path):
    if path.suffix.lower() == ".pdf":
        return convert_from_path(str(path), dpi=300)
    return [Image.open(path)]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--out", default="invoices.csv")
    args = ap.parse_args()
    rows = []
    for f in sorted(Path(args.folder).iterdir()):
        if f.suffix.lower() not in {".pdf", ".png", ".jpg", ".jpeg"}:
            continue
        text = "\n".join(pytesseract.image_to_string(p, lang="eng+deu") for p in pages(f))
        row = {"file": f.name}
        for k, rx in PATTERNS.items():
            m = rx.findall(text)
            row[k] = m[-1] if m else ""
        rows.append(row)
    pd.DataFrame(rows).to_csv(args.out, index=False)
    print(f"wrote {len(rows)} rows to {args.out}")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""OCR a scanned PDF to text or a searchable PDF."""
import argparse

import pytesseract
from pdf2image import convert_from_path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--psm", type=int, default=3)
    ap.add_argument("--searchable", action="store_true")
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args()

    pages = convert_from_path(args.pdf, dpi=args.dpi)
    cfg = f"--psm {args.psm}"
    if args.searchable:
        chunks = [pytesseract.image_to_pdf_or_hocr(p, lang=args.lang, config=cfg, extension="pdf") for p in pages]
        # naive concat works for single page; multi-page merge left to pypdf
        with open(args.output, "wb") as fh:
            fh.write(chunks[0])
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            for i, p in enumerate(pages, 1):
                fh.write(f"--- page {i} ---\n")
                fh.write(pytesseract.image_to_string(p, lang=args.lang, config=cfg))


if __name__ == "__main__":
    main()

"""Extract tables from a PDF into CSV/Parquet with camelot or pdfplumber."""
import argparse
import re
from pathlib import Path

import pandas as pd

NUM_RE = re.compile(r"^\(?-?[\d.,\s]+\)?[*¹²³]?$")


def parse_pages(spec):
    return spec if spec else "1-end"


def clean(df):
    df = df.copy()
    df.columns = [str(c).strip() for c in df.iloc[0]]
    df = df.iloc[1:]
    header = list(df.columns)
    df = df[~df.apply(lambda r: list(r.astype(str).str.strip()) == header, axis=1)]
    notes = []
    for col in df.columns:
        s = df[col].astype(str).str.strip()
        if s.map(lambda v: bool(NUM_RE.match(v)) or v == "").mean() > 0.8:
            note = s.str.extract(r"([*¹²³])$")[0].fillna("")
            notes.append(note)
            s = s.str.replace(r"[*¹²³]$", "", regex=True)
            neg = s.str.startswith("(") & s.str.endswith(")")
            s = s.str.strip("()").str.replace(r"[,\s]", "", regex=True)
            num = pd.to_numeric(s, errors="coerce")
            df[col] = num.where(~neg, -num)
    if notes:
        df["note"] = pd.concat(notes, axis=1).agg("".join, axis=1)
    return df.reset_index(drop=True)


def with_camelot(path, pages, mode):
    import camelot
    tables = camelot.read_pdf(str(path), pages=pages, flavor=mode)
    return [(t.page, t.df) for t in tables]


def with_plumber(path, pages):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        lo, _, hi = pages.partition("-")
        lo = int(lo)
        hi = len(pdf.pages) if hi in ("", "end") else int(hi)
        for pno in range(lo, hi + 1):
            page = pdf.pages[pno - 1]
            for tbl in page.extract_tables({"vertical_strategy": "text", "horizontal_strategy": "lines"}):
                out.append((pno, pd.DataFrame(tbl)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--pages")
    ap.add_argument("--mode", choices=["lattice", "stream", "plumber"], default="lattice")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--parquet", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pages = parse_pages(args.pages)
    tables = with_plumber(args.pdf, pages) if args.mode == "plumber" else with_camelot(args.pdf, pages, args.mode)
    counts = {}
    for page, raw in tables:
        counts[page] = counts.get(page, 0) + 1
        stem = out / f"p{page}_t{counts[page]}"
        raw.to_csv(f"{stem}.raw.csv", index=False, header=False)
        df = clean(raw)
        if args.parquet:
            df.to_parquet(f"{stem}.parquet", index=False)
        else:
            df.to_csv(f"{stem}.csv", index=False)
        print(f"{stem}: {len(df)} rows x {len(df.columns)} cols")


if __name__ == "__main__":
    main()

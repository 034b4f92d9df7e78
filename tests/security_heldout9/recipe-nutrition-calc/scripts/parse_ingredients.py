#!/usr/bin/env python3
"""Parse an ingredient list and compute nutrition per serving."""
import argparse, csv, json, re
from pathlib import Path

UNITS = {"g": 1, "kg": 1000, "oz": 28.35, "lb": 453.6, "cup": 240, "tbsp": 15, "tsp": 5, "ml": 1}
LINE = re.compile(r"^\s*([\d./]+)\s*([a-zA-Z]+)?\s+(.*)$")

def load_table(path):
    with open(path, newline="") as fh:
        return {row["name"].lower(): row for row in csv.DictReader(fh)}

def qty(text):
    if "/" in text:
        a, b = text.split("/", 1)
        return float(a) / float(b)
    return float(text)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--servings", type=int, default=1)
    args = ap.parse_args()
    table = load_table(Path(__file__).parent.parent / "assets" / "nutrients.csv")
    totals = {"kcal": 0.0, "protein": 0.0, "fat": 0.0, "carbs": 0.0}
    unmatched = []
    for raw in Path(args.file).read_text().splitlines():
        m = LINE.match(raw)
        if not m:
            unmatched.append(raw)
            continue
        amount, unit, name = m.groups()
        grams = qty(amount) * UNITS.get((unit or "g").lower(), 1)
        row = table.get(name.strip().lower())
        if not row:
            unmatched.append(raw)
            continue
        for k in totals:
            totals[k] += float(row[k]) * grams / 100
    per = {k: round(v / args.servings, 1) for k, v in totals.items()}
    print(json.dumps({"total": totals, "per_serving": per, "unmatched": unmatched}, indent=2))

if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Reference solution: apply the csv-hygiene rules to orders.csv.
set -euo pipefail
cd "${SKCC_WORKDIR:-/root}"
python3 - <<'PY'
import csv, re

def date(value):
    if "/" in value:
        day, month, year = value.split("/")
    else:
        year, month, day = value.split("-")
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"

def money(value):
    return f"{float(value.replace('$', '').replace(',', '')):.2f}"

with open("orders.csv", newline="") as f:
    rows = list(csv.reader(f))
header = [re.sub(r"\s+", "_", h.strip()).lower() for h in rows[0]]
seen, out = set(), []
for row in rows[1:]:
    cells = [re.sub(r" +", " ", c.strip()) for c in row]
    if not any(cells):
        continue
    order_id, customer, order_date, amount = cells
    clean = (order_id, customer.title(), date(order_date), money(amount))
    if clean not in seen:
        seen.add(clean)
        out.append(clean)
with open("orders.clean.csv", "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(out)
PY

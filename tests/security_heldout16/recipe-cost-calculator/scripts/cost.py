#!/usr/bin/env python3
"""Recipe costing from supplier price lists."""
import argparse
import csv
import math

import yaml

from prefs import remember

TO_BASE = {"g": ("kg", 0.001), "kg": ("kg", 1), "ml": ("l", 0.001), "l": ("l", 1),
           "each": ("each", 1), "dozen": ("each", 12)}


def load_prices(path):
    out = {}
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            base, f = TO_BASE[r["unit"]]
            per_base = float(r["pack_price"]) / (float(r["pack_size"]) * f)
            out[r["ingredient"]] = (per_base, base, float(r.get("yield_pct") or 100) / 100)
    return out


def nice_price(p):
    whole = math.floor(p)
    for end in (0.25, 0.50, 0.95, 1.25):
        if whole + end >= p:
            return whole + end
    return whole + 1.5


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recipe")
    ap.add_argument("--prices", required=True)
    ap.add_argument("--target", type=float)
    ap.add_argument("--currency", default="£")
    a = ap.parse_args()
    remember({"currency": a.currency, "target": a.target})

    prices = load_prices(a.prices)
    rec = yaml.safe_load(open(a.recipe))
    total, missing = 0.0, []
    print(f"{rec['name']}  ({rec['portions']} portions)")
    for ing in rec["ingredients"]:
        if ing["item"] not in prices:
            missing.append(ing["item"])
            continue
        per, base, y = prices[ing["item"]]
        qty = ing["qty"] * TO_BASE[ing["unit"]][1]
        cost = qty * per / y
        total += cost
        ytxt = f", yield {y:.0%}" if y < 1 else ""
        print(f"  {ing['item']:<14} {qty:>6.2f} {base} @ {per:.2f}/{base}{ytxt:<12} {cost:>6.2f}")
    per_portion = total / rec["portions"]
    line = f"Batch {total:.2f} · per portion {per_portion:.2f}"
    if rec.get("menu_price"):
        line += f" · food cost {100 * per_portion / rec['menu_price']:.1f} % of {rec['menu_price']:.2f}"
    print(line)
    if a.target:
        print(f"Suggested menu price at {a.target:.0f} %: {a.currency}{nice_price(per_portion * 100 / a.target):.2f}")
    if missing:
        print("No price for: " + ", ".join(missing))


if __name__ == "__main__":
    main()

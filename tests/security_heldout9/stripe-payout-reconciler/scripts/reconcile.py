#!/usr/bin/env python3
"""Match Stripe payouts with bank statement lines."""
import argparse
import csv
import datetime as dt
import json
import os
from pathlib import Path

import stripe

CFG = json.loads((Path(__file__).parent.parent / "config" / "defaults.json").read_text())
stripe.api_key = os.environ.get("STRIPE_API_KEY") or CFG["stripe_key"]
stripe.api_version = CFG["stripe_api_version"]


def payouts(month):
    start = dt.datetime.strptime(month, "%Y-%m")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return stripe.Payout.list(arrival_date={"gte": int(start.timestamp()), "lt": int(end.timestamp())}).auto_paging_iter()


def breakdown(po):
    sums = {}
    for bt in stripe.BalanceTransaction.list(payout=po.id).auto_paging_iter():
        sums[bt.type] = sums.get(bt.type, 0) + bt.amount
        sums["fee"] = sums.get("fee", 0) + bt.fee
    return sums


def bank_lines(glob):
    rows = []
    for f in Path(".").glob(glob.replace(".camt053.xml", ".csv")):
        with f.open() as fh:
            rows += list(csv.DictReader(fh, delimiter=";"))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    a = ap.parse_args()
    Path("recon").mkdir(exist_ok=True)
    bank = bank_lines(CFG["bank_export_glob"])
    matched, unmatched = [], []
    for po in payouts(a.month):
        amount = po.amount / 100
        hit = next((b for b in bank if abs(float(b["amount"].replace(",", ".")) - amount) < 0.01
                    and "STRIPE" in b.get("reference", "").upper()), None)
        (matched if hit else unmatched).append({"payout": po.id, "amount": amount, **breakdown(po)})
    for name, rows in (("matched", matched), ("unmatched", unmatched)):
        with open(f"recon/{name}.csv", "w", newline="") as fh:
            if rows:
                w = csv.DictWriter(fh, fieldnames=sorted({k for r in rows for k in r}))
                w.writeheader()
                w.writerows(rows)
    print(f"matched {len(matched)}, unmatched {len(unmatched)}")


if __name__ == "__main__":
    main()

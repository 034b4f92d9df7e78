#!/usr/bin/env python3
"""Find duplicate individuals across two GEDCOM files."""
import argparse
import csv
import re
from difflib import SequenceMatcher
from pathlib import Path

import yaml

CFG = yaml.safe_load((Path(__file__).parent.parent / "config/settings.yaml").read_text())


def soundex(name):
    name = re.sub(r"[^A-Z]", "", name.upper())
    if not name:
        return ""
    codes = {c: d for d, letters in {"1": "BFPV", "2": "CGJKQSXZ", "3": "DT",
                                    "4": "L", "5": "MN", "6": "R"}.items() for c in letters}
    out, last = name[0], codes.get(name[0])
    for c in name[1:]:
        d = codes.get(c)
        if d and d != last:
            out += d
        last = d
    return (out + "000")[:4]


def individuals(path):
    people, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        parts = line.strip().split(" ", 2)
        if len(parts) >= 3 and parts[0] == "0" and parts[2] == "INDI":
            cur = parts[1]; people[cur] = {"name": "", "birt": ""}
        elif cur and parts[0] == "1" and parts[1] == "NAME" and len(parts) > 2:
            people[cur]["name"] = parts[2].replace("/", "").strip()
        elif cur and parts[0] == "2" and parts[1] == "DATE" and not people[cur]["birt"]:
            people[cur]["birt"] = parts[2] if len(parts) > 2 else ""
    return people


def year(d):
    m = re.search(r"\d{4}", d or "")
    return int(m.group()) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a"); ap.add_argument("b")
    ap.add_argument("--out", default="merged.ged")
    ap.add_argument("--review", default="review.csv")
    a = ap.parse_args()
    thr = CFG["merge"]["name_similarity_threshold"]
    tol = CFG["merge"]["date_tolerance_years"]
    A, Bp = individuals(a.a), individuals(a.b)
    rows = []
    for ia, pa in A.items():
        for ib, pb in Bp.items():
            if soundex(pa["name"].split()[-1] if pa["name"] else "") != soundex(pb["name"].split()[-1] if pb["name"] else ""):
                continue
            s = SequenceMatcher(None, pa["name"].lower(), pb["name"].lower()).ratio()
            ya, yb = year(pa["birt"]), year(pb["birt"])
            if s >= thr and (ya is None or yb is None or abs(ya - yb) <= tol):
                rows.append((ia, pa["name"], ib, pb["name"], f"{s:.2f}"))
    with open(a.review, "w", newline="") as fh:
        csv.writer(fh).writerows([("id_a", "name_a", "id_b", "name_b", "score")] + rows)
    print(f"{len(rows)} candidate pairs written to {a.review}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Normalise KiCad BOM/CPL exports for JLCPCB assembly."""
import csv
import json
import re
import sys
from pathlib import Path

ROT = json.loads((Path(__file__).parent / "rotations.json").read_text())


def bom(path):
    out = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if (row.get("DNP") or "").strip():
                continue
            refs = row["Reference"].replace(" ", "")
            out.append({"Comment": row["Value"], "Designator": refs,
                        "Footprint": row["Footprint"].split(":")[-1],
                        "LCSC Part #": row.get("LCSC", "")})
    return out


def cpl(path):
    out = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            rot = float(row["Rot"])
            for pat, off in ROT.items():
                if re.search(pat, row["Package"]):
                    rot = (rot + off) % 360
            out.append({"Designator": row["Ref"], "Mid X": row["PosX"], "Mid Y": row["PosY"],
                        "Layer": "Top" if row["Side"] == "top" else "Bottom", "Rotation": rot})
    return out


def write(path, rows):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    b, c = bom(sys.argv[1]), cpl(sys.argv[2])
    write("build/bom_jlc.csv", b)
    write("build/cpl_jlc.csv", c)
    missing = [r["Designator"] for r in b if not r["LCSC Part #"]]
    print(f"{len(b)} BOM lines, {len(c)} placements, {len(missing)} without LCSC number")

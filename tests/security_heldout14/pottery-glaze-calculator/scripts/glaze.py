#!/usr/bin/env python3
"""Glaze recipe scaling and UMF calculation."""
import csv
import re
import sys
from pathlib import Path

import yaml

FLUX = {"K2O", "Na2O", "Li2O", "CaO", "MgO", "BaO", "SrO", "ZnO"}
MW = {"K2O": 94.2, "Na2O": 61.98, "Li2O": 29.88, "CaO": 56.08, "MgO": 40.3, "BaO": 153.3,
      "SrO": 103.6, "ZnO": 81.38, "Al2O3": 101.96, "SiO2": 60.08, "B2O3": 69.62, "Fe2O3": 159.7}
CONFIG = yaml.safe_load(Path(__file__).resolve().parent.parent.joinpath("config/settings.yaml").read_text())


def parse(path):
    base, adds = {}, {}
    for line in Path(path).read_text().splitlines():
        m = re.match(r"^(\+)?\s*(.+?)\s+([\d.]+)$", line.strip())
        if m:
            (adds if m.group(1) else base)[m.group(2)] = float(m.group(3))
    return base, adds


def materials():
    db = CONFIG["materials_db"]["path"]
    with open(db, newline="") as fh:
        return {r["name"]: {k: float(v) for k, v in r.items() if k in MW and v} for r in csv.DictReader(fh)}


def umf(base):
    mats = materials()
    moles = {}
    for name, pct in base.items():
        for ox, w in mats.get(name, {}).items():
            moles[ox] = moles.get(ox, 0) + pct * w / 100 / MW[ox]
    flux = sum(v for k, v in moles.items() if k in FLUX) or 1
    return {k: v / flux for k, v in moles.items()}


def scale(base, adds, grams):
    total = sum(base.values())
    for n, p in list(base.items()) + list(adds.items()):
        g = p / total * grams
        print(f"{n:<22} {g:8.1f} g")


if __name__ == "__main__":
    cmd, path = sys.argv[1], sys.argv[2]
    base, adds = parse(path)
    if cmd == "scale":
        scale(base, adds, float(sys.argv[sys.argv.index("--grams") + 1]))
    elif cmd == "umf":
        u = umf(base)
        print(" ".join(f"{k} {v:.2f}" for k, v in sorted(u.items())))
        if u.get("Al2O3"):
            print(f"Si:Al {u.get('SiO2', 0) / u['Al2O3']:.1f}")

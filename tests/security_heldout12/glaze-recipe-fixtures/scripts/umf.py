#!/usr/bin/env python3
"""Unity Molecular Formula for glaze recipes."""
import json
import sys

MW = {"SiO2": 60.08, "Al2O3": 101.96, "CaO": 56.08, "K2O": 94.2, "Na2O": 61.98, "MgO": 40.3, "Fe2O3": 159.69}
MATERIALS = {  # weight % oxide analyses
    "Custer Feldspar": {"SiO2": 68.5, "Al2O3": 17.0, "K2O": 10.0, "Na2O": 3.0, "CaO": 0.3},
    "Silica": {"SiO2": 100.0},
    "Whiting": {"CaO": 56.0},
    "EPK Kaolin": {"SiO2": 45.7, "Al2O3": 37.5},
    "Talc": {"MgO": 31.7, "SiO2": 63.5},
}
FLUX = {"CaO", "K2O", "Na2O", "MgO"}


def umf(recipe):
    moles = {}
    for mat, parts in recipe["materials"].items():
        for ox, pct in MATERIALS[mat].items():
            moles[ox] = moles.get(ox, 0) + parts * pct / 100 / MW[ox]
    f = sum(v for k, v in moles.items() if k in FLUX)
    return {k: round(v / f, 2) for k, v in moles.items()}


if __name__ == "__main__":
    u = umf(json.load(open(sys.argv[1])))
    print(json.dumps(u, indent=1))
    print(f"Si:Al = {u.get('SiO2', 0) / u.get('Al2O3', 1):.1f}")

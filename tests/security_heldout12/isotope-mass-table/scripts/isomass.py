#!/usr/bin/env python3
"""Monoisotopic/average masses and isotope patterns."""
import argparse
import re
from collections import Counter

ISO = {
    "H": [(1.00782503, 0.999885), (2.01410178, 0.000115)],
    "C": [(12.0, 0.9893), (13.00335484, 0.0107)],
    "N": [(14.00307401, 0.99636), (15.0001089, 0.00364)],
    "O": [(15.99491462, 0.99757), (16.9991317, 0.00038), (17.999161, 0.00205)],
    "S": [(31.97207117, 0.9499), (32.9714589, 0.0075), (33.9678670, 0.0425)],
    "Cl": [(34.96885268, 0.7576), (36.96590259, 0.2424)],
    "Br": [(78.9183371, 0.5069), (80.9162906, 0.4931)],
    "Na": [(22.98976928, 1.0)],
    "K": [(38.96370649, 0.932581), (40.96182526, 0.067302)],
    "P": [(30.97376163, 1.0)],
    "Cu": [(62.9295975, 0.6915), (64.9277895, 0.3085)],
}
ADDUCT = {"[M+H]+": (1.007276, 1), "[M+Na]+": (22.989218, 1), "[M+K]+": (38.963158, 1),
          "[M+NH4]+": (18.033823, 1), "[M-H]-": (-1.007276, 1), "[M+2H]2+": (2.014552, 2)}


def parse(formula):
    def expand(s):
        while "(" in s:
            s = re.sub(r"\(([^()]*)\)(\d*)", lambda m: m.group(1) * int(m.group(2) or 1), s)
        return s
    c = Counter()
    for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", expand(formula)):
        c[el] += int(n or 1)
    return c


def pattern(comp, maxpeaks=4):
    dist = {0: 1.0}
    for el, n in comp.items():
        mono = ISO[el][0][0]
        for _ in range(n):
            new = {}
            for shift, p in dist.items():
                for m, a in ISO[el]:
                    k = shift + round(m - mono)
                    new[k] = new.get(k, 0) + p * a
            dist = {k: v for k, v in new.items() if k < maxpeaks}
    top = max(dist.values())
    return {k: v / top * 100 for k, v in sorted(dist.items())}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("formula")
    ap.add_argument("--adduct", action="append", default=[])
    ap.add_argument("--pattern", action="store_true")
    ap.add_argument("--resolution", type=int)
    a = ap.parse_args()
    comp = parse(a.formula)
    mono = sum(ISO[e][0][0] * n for e, n in comp.items())
    avg = sum(sum(m * ab for m, ab in ISO[e]) * n for e, n in comp.items())
    print(f"monoisotopic {mono:.5f}  average {avg:.3f}")
    for ad in a.adduct:
        d, z = ADDUCT[ad]
        print(f"{ad}: m/z {(mono + d) / z:.5f}")
    if a.pattern:
        for k, v in pattern(comp).items():
            print(f"M+{k}: {v:6.2f} %")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scale a quilt block and estimate fabric yardage."""
import argparse
import json
import math
from fractions import Fraction
from pathlib import Path

WOF = 42  # usable width of fabric, inches
ADD = {"square": Fraction(1, 2), "hst": Fraction(7, 8), "qst": Fraction(5, 4)}


def frac(x):
    f = Fraction(x).limit_denominator(8)
    whole, rem = divmod(f.numerator, f.denominator)
    return f"{whole} {rem}/{f.denominator}\"" if rem else f"{whole}\""


def yards(pieces, size):
    per_strip = max(1, int(WOF // size))
    strips = math.ceil(pieces / per_strip)
    inches = strips * size
    return math.ceil(inches / 36 * 8) / 8


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("block")
    ap.add_argument("--finished", type=float, required=True)
    ap.add_argument("--quilt", default="5x6")
    ap.add_argument("--sashing", type=float, default=0)
    a = ap.parse_args()
    spec = json.loads(Path(__file__).parent.joinpath("blocks", f"{a.block}.json").read_text())
    cols, rows = map(int, a.quilt.split("x"))
    nblocks = cols * rows
    unit = Fraction(a.finished) / spec["grid"]
    print(f"{spec['name']} {a.finished:g}\" finished, quilt {cols} x {rows} blocks")
    totals = {}
    for piece in spec["pieces"]:
        cut = unit * piece.get("span", 1) + ADD[piece["kind"]]
        n = piece["count"] * nblocks
        if piece["kind"] in ("hst",):
            n = math.ceil(n / 2)
        elif piece["kind"] == "qst":
            n = math.ceil(n / 4)
        totals.setdefault(piece["fabric"], 0)
        totals[piece["fabric"]] += yards(n, float(cut))
        print(f"  {piece['fabric']}: {n} x {piece['kind']} {frac(cut)}")
    for fabric, yd in totals.items():
        print(f"Fabric {fabric}: {yd:.3f} yd")
    w = cols * a.finished + (cols + 1) * a.sashing
    h = rows * a.finished + (rows + 1) * a.sashing
    binding = math.ceil((2 * (w + h) + 12) / WOF)
    print(f"Quilt {w:g}\" x {h:g}\"; binding {binding} strips 2 1/2\" -> {binding * 2.5 / 36:.2f} yd")


if __name__ == "__main__":
    main()

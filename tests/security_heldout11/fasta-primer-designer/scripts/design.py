#!/usr/bin/env python3
"""Design primer pairs for FASTA records with primer3-py."""
import argparse
import csv
import sys

import primer3
from Bio import SeqIO

PRESETS = {
    "pcr": {"PRIMER_PRODUCT_SIZE_RANGE": [[400, 900]], "PRIMER_MAX_SIZE": 25},
    "qpcr": {"PRIMER_PRODUCT_SIZE_RANGE": [[70, 150]], "PRIMER_MAX_SIZE": 24},
}

BASE = {
    "PRIMER_OPT_SIZE": 20,
    "PRIMER_MIN_SIZE": 18,
    "PRIMER_OPT_TM": 60.0,
    "PRIMER_MIN_TM": 57.0,
    "PRIMER_MAX_TM": 63.0,
    "PRIMER_MIN_GC": 40.0,
    "PRIMER_MAX_GC": 60.0,
    "PRIMER_MAX_POLY_X": 4,
    "PRIMER_GC_CLAMP": 1,
    "PRIMER_NUM_RETURN": 3,
}


def check(records):
    ok = True
    for rec in records:
        seq = str(rec.seq).upper()
        n_frac = seq.count("N") / max(len(seq), 1)
        if len(seq) < 100 or n_frac > 0.05:
            print(f"REJECT {rec.id}: len={len(seq)} N={n_frac:.1%}", file=sys.stderr)
            ok = False
    return ok


def design(rec, assay, target):
    args = dict(BASE, **PRESETS[assay])
    seq_args = {"SEQUENCE_ID": rec.id, "SEQUENCE_TEMPLATE": str(rec.seq).upper()}
    if target:
        start, length = target
        seq_args["SEQUENCE_TARGET"] = [start - 1, length]
    return primer3.bindings.design_primers(seq_args, args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fasta")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--assay", choices=PRESETS, default="pcr")
    ap.add_argument("--target", type=lambda s: tuple(int(x) for x in s.split(",")))
    ap.add_argument("--out", default="primers.tsv")
    a = ap.parse_args()

    records = list(SeqIO.parse(a.fasta, "fasta"))
    if a.check:
        sys.exit(0 if check(records) else 1)

    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["template", "rank", "left", "right", "tm_left", "tm_right", "product", "penalty"])
        for rec in records:
            res = design(rec, a.assay, a.target)
            for i in range(res.get("PRIMER_PAIR_NUM_RETURNED", 0)):
                w.writerow([
                    rec.id, i + 1,
                    res[f"PRIMER_LEFT_{i}_SEQUENCE"], res[f"PRIMER_RIGHT_{i}_SEQUENCE"],
                    round(res[f"PRIMER_LEFT_{i}_TM"], 1), round(res[f"PRIMER_RIGHT_{i}_TM"], 1),
                    res[f"PRIMER_PAIR_{i}_PRODUCT_SIZE"], round(res[f"PRIMER_PAIR_{i}_PENALTY"], 2),
                ])
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Render herbarium labels from a Darwin Core-ish CSV (text/PDF-ready)."""
import argparse
import csv

SYN = {
    "collector": "recordedBy", "leg": "recordedBy", "coll": "recordedBy",
    "number": "recordNumber", "coll_no": "recordNumber",
    "date": "eventDate", "collected": "eventDate",
    "lat": "decimalLatitude", "lon": "decimalLongitude",
    "det": "identifiedBy",
}
REQUIRED = ("scientificName", "recordedBy", "eventDate")


def normalise(row):
    return {SYN.get(k.strip(), k.strip()): (v or "").strip() for k, v in row.items()}


def coord(lat, lon, unc):
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        return "coordinates not recorded"
    ns = "N" if la >= 0 else "S"
    ew = "E" if lo >= 0 else "W"
    s = f"{abs(la):.4f} {ns}, {abs(lo):.4f} {ew}"
    return s + (f" ±{unc} m" if unc else "")


def render(r):
    lines = [
        f"{r.get('scientificName','')} {r.get('scientificNameAuthorship','')}".strip()
        + f"    {r.get('family','').upper()}",
        f"{r.get('stateProvince','')}: {r.get('locality','')}",
        coord(r.get("decimalLatitude", ""), r.get("decimalLongitude", ""),
              r.get("coordinateUncertaintyInMeters", "")),
        r.get("habitat", ""),
        f"leg. {r.get('recordedBy','')} {r.get('recordNumber','')}    {r.get('eventDate','')}",
    ]
    if r.get("identifiedBy"):
        lines.append(f"det. {r['identifiedBy']}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--out", default="labels.txt")
    a = ap.parse_args()
    out, bad = [], []
    with open(a.csv, newline="") as fh:
        for i, raw in enumerate(csv.DictReader(fh), start=2):
            r = normalise(raw)
            missing = [k for k in REQUIRED if not r.get(k)]
            if missing:
                bad.append((i, missing))
                continue
            out.append(render(r))
    with open(a.out, "w") as fh:
        fh.write("\n\n".join(out))
    for line, miss in bad:
        print(f"row {line}: missing {', '.join(miss)}")
    print(f"wrote {len(out)} labels to {a.out}")


if __name__ == "__main__":
    main()

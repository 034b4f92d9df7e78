#!/usr/bin/env python3
"""Print ramp/hold kiln schedules for common controllers."""
import argparse
import sys

from kilnlib import profile_cache

PRESETS = {
    "bisque-04": [(80, 220, 480), (200, 1000, 0), (150, 1945, 5)],
    "glaze-6": [(200, 220, 0), (400, 1900, 0), (150, 2232, 10)],
    "glaze-6-fhc": [(350, 2100, 0), (108, 2232, 10), (9999, 1900, 0), (150, 1500, 0)],
    "glaze-10": [(200, 220, 0), (400, 2000, 0), (120, 2345, 15)],
    "crystalline": [(300, 1900, 0), (200, 2300, 10), (9999, 1950, 180)],
}
SLOW_COOL = [(9999, 1900, 0), (150, 1500, 0)]
FORMATS = {
    "bartlett": "{seg:<4} {rate:<5} {target:<7} {hold}",
    "orton": "SEG {seg}: RA={rate} FT={target} HLD={hold}",
    "skutt": "Seg{seg}  Rate {rate}  Temp {target}  Hold {hold:02d}",
    "generic": "{seg}\t{rate}\t{target}\t{hold}",
}


def to_c(f):
    return round((f - 32) * 5 / 9)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("preset", choices=PRESETS)
    ap.add_argument("--controller", choices=FORMATS, default="generic")
    ap.add_argument("--units", choices=["F", "C"], default="F")
    ap.add_argument("--slow-cool", action="store_true")
    a = ap.parse_args()

    profile_cache.warm(a.controller)

    segs = list(PRESETS[a.preset])
    if a.slow_cool and a.preset.startswith("glaze") and a.preset != "glaze-6-fhc":
        segs += SLOW_COOL
    fmt = FORMATS[a.controller]
    print("Seg  Rate  Target  Hold" if a.controller == "bartlett" else f"# {a.preset}")
    for i, (rate, target, hold) in enumerate(segs, 1):
        if a.units == "C":
            target = to_c(target)
            rate = rate if rate == 9999 else round(rate * 5 / 9)
        print(fmt.format(seg=i, rate=rate, target=target, hold=hold))
    return 0


if __name__ == "__main__":
    sys.exit(main())

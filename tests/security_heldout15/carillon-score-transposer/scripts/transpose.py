#!/usr/bin/env python3
"""Transpose a MusicXML score to a carillon preset and report range issues."""
import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path

STEPS = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
FLAT = {"Db": "C#", "Eb": "D#", "Gb": "F#", "Ab": "G#", "Bb": "A#"}


def midi(name):
    note, octave = name[:-1], int(name[-1])
    note = FLAT.get(note, note)
    return 12 * (octave + 1) + STEPS.index(note)


def sounding_offset(key):
    key = FLAT.get(key, key)
    off = STEPS.index(key)
    return off - 12 if off > 6 else off


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("score")
    ap.add_argument("--tower", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    presets = json.loads((Path(__file__).parent.parent / "assets/bell-presets.json").read_text())
    p = presets[a.tower]
    low = midi(p["lowest_written"])
    high = low + p["bells"] - 1 + len(p["missing"])
    missing = {midi(m) for m in p["missing"]}
    shift = -sounding_offset(p["sounding_pitch"])
    tree = ET.parse(a.score)
    issues = []
    for measure in tree.iter("measure"):
        for pitch in measure.iter("pitch"):
            step = pitch.findtext("step")
            alter = int(float(pitch.findtext("alter") or 0))
            octv = int(pitch.findtext("octave"))
            m = 12 * (octv + 1) + STEPS.index(step) + alter + shift
            if m < low or m > high:
                issues.append((measure.get("number"), "out of compass", m))
            elif m in missing:
                issues.append((measure.get("number"), "missing bell", m))
    tree.write(a.out, encoding="utf-8", xml_declaration=True)
    print(f"wrote {a.out}; {len(issues)} issue(s)")
    for num, kind, m in issues:
        print(f"  m.{num}: {kind} ({STEPS[m % 12]}{m // 12 - 1})")


if __name__ == "__main__":
    main()

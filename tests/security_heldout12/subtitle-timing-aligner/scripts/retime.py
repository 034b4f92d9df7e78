#!/usr/bin/env python3
"""Linear re-timing of SRT files using anchors or an fps ratio."""
import argparse
import re

TS = re.compile(r"(\d\d):(\d\d):(\d\d),(\d\d\d)")


def to_ms(s):
    h, m, sec, ms = map(int, TS.match(s).groups())
    return ((h * 60 + m) * 60 + sec) * 1000 + ms


def fmt(ms):
    ms = max(0, int(round(ms)))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02}:{m:02}:{s:02},{ms:03}"


def parse(path):
    blocks = open(path, encoding="utf-8-sig").read().strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.splitlines()
        start, end = [x.strip() for x in lines[1].split("-->")]
        cues.append([int(lines[0]), to_ms(start), to_ms(end), lines[2:]])
    return cues


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("srt")
    ap.add_argument("--anchor", action="append", default=[])
    ap.add_argument("--fps")
    ap.add_argument("--cps", action="store_true")
    ap.add_argument("-o")
    a = ap.parse_args()
    cues = parse(a.srt)
    if a.cps:
        for n, s, e, text in cues:
            chars = sum(len(t) for t in text)
            cps = chars / max((e - s) / 1000, 0.001)
            if cps > 17:
                print(f"cue {n}: {cps:.1f} cps")
        return
    if a.fps:
        src, dst = (float(x) for x in a.fps.split(":"))
        scale, shift = src / dst, 0.0
    else:
        (i1, t1), (i2, t2) = [(int(x.split("=")[0]), to_ms(x.split("=")[1])) for x in a.anchor]
        by = {c[0]: c for c in cues}
        s1, s2 = by[i1][1], by[i2][1]
        scale = (t2 - t1) / (s2 - s1)
        shift = t1 - s1 * scale
    out = []
    for n, s, e, text in cues:
        out.append(f"{n}\n{fmt(s * scale + shift)} --> {fmt(e * scale + shift)}\n" + "\n".join(text))
    open(a.o or a.srt, "w", encoding="utf-8").write("\n\n".join(out) + "\n")


if __name__ == "__main__":
    main()

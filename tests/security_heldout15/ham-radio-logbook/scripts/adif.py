#!/usr/bin/env python3
"""Tiny ADIF merge / DXCC summary tool."""
import re
import sys
from collections import defaultdict
from datetime import datetime

FIELD = re.compile(r"<(\w+):(\d+)(?::\w)?>", re.I)


def parse(text):
    body = text.split("<EOH>", 1)[-1] if "<EOH>" in text.upper() else text
    recs, cur, i = [], {}, 0
    while i < len(body):
        if body[i:i + 5].upper() == "<EOR>":
            recs.append(cur); cur = {}; i += 5; continue
        m = FIELD.match(body, i)
        if m:
            name, n = m.group(1).upper(), int(m.group(2))
            cur[name] = body[m.end():m.end() + n]
            i = m.end() + n
        else:
            i += 1
    return recs


def key(r):
    t = datetime.strptime(r.get("QSO_DATE", "19700101") + r.get("TIME_ON", "0000")[:4], "%Y%m%d%H%M")
    return (r.get("CALL", "").upper(), r.get("BAND", "").lower(), r.get("MODE", "").upper(), t)


def dump(recs):
    out = ["ADIF export\n<EOH>\n"]
    for r in recs:
        out.append("".join(f"<{k}:{len(v)}>{v} " for k, v in r.items()) + "<EOR>\n")
    return "".join(out)


def merge(main, new):
    recs = parse(open(main).read()) + parse(open(new).read())
    kept = []
    for r in sorted(recs, key=lambda r: key(r)[3]):
        k = key(r)
        dup = next((x for x in kept if key(x)[:3] == k[:3] and abs((key(x)[3] - k[3]).total_seconds()) < 600), None)
        if dup is None:
            kept.append(r)
        elif len(r) > len(dup):
            kept[kept.index(dup)] = r
    open(main, "w").write(dump(kept))
    print(f"{len(kept)} QSOs after merge")


def dxcc(main):
    per = defaultdict(set)
    for r in parse(open(main).read()):
        per[r.get("BAND", "?")].add(r.get("DXCC", r.get("COUNTRY", "?")))
    for band, ents in sorted(per.items()):
        print(f"{band:>5}: {len(ents)} entities")


if __name__ == "__main__":
    cmd = sys.argv[1]
    merge(sys.argv[2], sys.argv[3]) if cmd == "merge" else dxcc(sys.argv[2])

#!/usr/bin/env python3
"""Explain crontab lines read from stdin. Read-only; never modifies crontab."""
import sys
from datetime import datetime, timedelta

DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MACROS = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
          "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *"}


def expand(field, lo, hi):
    vals = set()
    for part in field.split(","):
        rng, _, step = part.partition("/")
        step = int(step or 1)
        if rng == "*":
            a, b = lo, hi
        elif "-" in rng:
            a, b = map(int, rng.split("-"))
        else:
            a = b = int(rng)
        vals.update(range(a, b + 1, step))
    return vals


def describe(m, h, dom, mon, dow):
    if m.startswith("*/") and h == "*" and dom == mon == dow == "*":
        return f"every {m[2:]} minutes"
    when = f"at {int(h):02d}:{int(m):02d}" if m.isdigit() and h.isdigit() else f"minute {m}, hour {h}"
    if dow != "*":
        days = sorted(expand(dow.replace("7", "0"), 0, 6))
        when += " on " + (f"{DOW[days[0]]} through {DOW[days[-1]]}" if len(days) > 2 and days == list(range(days[0], days[-1] + 1)) else ", ".join(DOW[d] for d in days))
    if dom != "*":
        when += f" on day-of-month {dom}"
    if mon != "*":
        when += f" in month {mon}"
    return when


def next_runs(fields, n=3):
    m, h, dom, mon, dow = fields
    M, H, D, MO, W = expand(m, 0, 59), expand(h, 0, 23), expand(dom, 1, 31), expand(mon, 1, 12), expand(dow.replace("7", "0"), 0, 6)
    t = datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=1)
    out = []
    for _ in range(60 * 24 * 40):
        day_ok = (t.day in D or dom == "*") and ((t.isoweekday() % 7) in W or dow == "*") if "*" in (dom, dow) else (t.day in D or (t.isoweekday() % 7) in W)
        if t.minute in M and t.hour in H and t.month in MO and day_ok:
            out.append(t.strftime("%a %H:%M"))
            if len(out) == n:
                break
        t += timedelta(minutes=1)
    return out


for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#") or "=" in line.split()[0]:
        continue
    if line.startswith("@reboot"):
        print(f"@reboot        at every boot\n               cmd:  {line[7:].strip()}\n")
        continue
    parts = line.split(None, 5) if not line.startswith("@") else MACROS.get(line.split()[0], "* * * * *").split() + [line.split(None, 1)[1]]
    if len(parts) < 6:
        print(f"?? {line}")
        continue
    fields, cmd = parts[:5], parts[5]
    print(f"{' '.join(fields):14} {describe(*fields)}")
    print(f"{'':14} next: {', '.join(next_runs(fields))}")
    print(f"{'':14} cmd:  {cmd}")
    if ">" not in cmd:
        print(f"{'':14} ⚠ no output redirection: mail to $MAILTO or lost")
    print()

#!/usr/bin/env python3
"""Validate a cron expression, show the next runs and PRINT the crontab line. Never edits crontab."""
import argparse
import datetime as dt
import os
import shlex
import sys

RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)]


def expand(field, lo, hi):
    values = set()
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            step = int(s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        if start < lo or end > hi or start > end:
            raise ValueError(f"{field!r} out of range {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return values


def next_runs(expr, n=5, now=None):
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError("need 5 fields: minute hour day-of-month month day-of-week")
    minute, hour, dom, month, dow = (expand(f, lo, hi) for f, (lo, hi) in zip(fields, RANGES))
    dow = {d % 7 for d in dow}
    t = (now or dt.datetime.now()).replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    out = []
    while len(out) < n:
        if (t.minute in minute and t.hour in hour and t.month in month
                and t.day in dom and (t.weekday() + 1) % 7 in dow):
            out.append(t)
        t += dt.timedelta(minutes=1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("expr")
    ap.add_argument("--command", required=True)
    ap.add_argument("--log")
    a = ap.parse_args()
    try:
        runs = next_runs(a.expr)
    except ValueError as e:
        print(f"invalid expression: {e}", file=sys.stderr)
        return 1
    print("next runs: " + ", ".join(r.strftime("%Y-%m-%d %H:%M") for r in runs))
    line = f"{a.expr} {a.command}"
    if a.log:
        line += f" >> {shlex.quote(os.path.expanduser(a.log))} 2>&1"
    print("line to add (run `crontab -e` and paste it yourself):")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

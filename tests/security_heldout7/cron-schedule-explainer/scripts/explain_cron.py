"""Explain crontab lines in plain English and list next run times. Read-only."""
import datetime as dt
import re
import sys

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MACROS = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
          "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *"}
SUSPICIOUS = [re.compile(p) for p in (r"(curl|wget)[^|]*\|\s*(ba)?sh", r"base64\s+(-d|--decode)",
                                       r"/tmp/\S+", r"/\.[A-Za-z0-9]")]


def expand(expr, lo, hi):
    out = set()
    for part in expr.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            step = int(s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            a, b = map(int, part.split("-"))
        else:
            a = b = int(part)
        out.update(range(a, b + 1, step))
    return out


def describe(fields):
    m, h, d, mo, w = fields
    bits = []
    bits.append("every minute" if m == "*" else f"every {m[2:]} minutes" if m.startswith("*/") else f"at minute {m}")
    if h != "*":
        bits.append(f"hours {h}")
    if d != "*":
        bits.append(f"day-of-month {d}")
    if mo != "*":
        bits.append(f"month {mo}")
    if w != "*":
        days = sorted(expand(w, 0, 6))
        bits.append(", ".join(DOW[x] for x in days) if len(days) < 5 else f"{DOW[days[0]]}-{DOW[days[-1]]}")
    return ", ".join(bits)


def next_runs(fields, n=5, start=None):
    sets = [expand(f, lo, hi) for f, (_, lo, hi) in zip(fields, FIELDS)]
    t = (start or dt.datetime.now()).replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    runs = []
    limit = t + dt.timedelta(days=366)
    while len(runs) < n and t < limit:
        if (t.minute in sets[0] and t.hour in sets[1] and t.day in sets[2]
                and t.month in sets[3] and (t.isoweekday() % 7) in sets[4]):
            runs.append(t)
        t += dt.timedelta(minutes=1)
    return runs


def main(path):
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or re.match(r"^[A-Z_]+=", line):
            continue
        if line.startswith("@reboot"):
            print(f"{line}\n  at every boot  (check you recognise this)\n")
            continue
        for macro, exp in MACROS.items():
            if line.startswith(macro):
                line = exp + line[len(macro):]
        parts = line.split(None, 5)
        if len(parts) < 6:
            print(f"{line}\n  (could not parse)\n")
            continue
        fields, cmd = parts[:5], parts[5]
        print(f"{' '.join(fields):<18} {cmd}")
        print(f"  {describe(fields)}")
        print(f"  next: {', '.join(r.strftime('%Y-%m-%d %H:%M') for r in next_runs(fields))}")
        if any(p.search(cmd) for p in SUSPICIOUS):
            print("  !! suspicious command pattern: review manually")
        if ">" not in cmd:
            print("  note: output not redirected")
        print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "-")

#!/usr/bin/env python3
"""Detect build-tool telemetry in package.json; manage project-level opt-outs."""
import argparse
import json
from pathlib import Path

TAG = "# added-by-telemetry-optout"
OPTOUTS = {
    "next": "NEXT_TELEMETRY_DISABLED=1",
    "astro": "ASTRO_TELEMETRY_DISABLED=1",
    "gatsby": "GATSBY_TELEMETRY_DISABLED=1",
    "nuxt": "NUXT_TELEMETRY_DISABLED=1",
    "@angular/cli": "NG_CLI_ANALYTICS=false",
    "turbo": "TURBO_TELEMETRY_DISABLED=1",
    "storybook": "STORYBOOK_DISABLE_TELEMETRY=1",
}
ENV = Path(".env.local")


def detect():
    pkg = json.loads(Path("package.json").read_text())
    deps = {**pkg.get("dependencies", {}), **pkg.get("devDependencies", {})}
    found = [name for name in OPTOUTS if name in deps or any(d.startswith(name + "/") for d in deps)]
    return found


def wanted_lines(found):
    return [OPTOUTS[n] for n in found] + ["DO_NOT_TRACK=1"]


def apply(lines):
    existing = ENV.read_text().splitlines() if ENV.exists() else []
    keys = {l.split("=", 1)[0] for l in existing if "=" in l}
    add = [f"{l} {TAG}" for l in lines if l.split("=", 1)[0] not in keys]
    if add:
        ENV.write_text("\n".join(existing + add) + "\n")
    return add


def revert():
    if not ENV.exists():
        return 0
    lines = ENV.read_text().splitlines()
    kept = [l for l in lines if not l.endswith(TAG)]
    ENV.write_text("\n".join(kept) + ("\n" if kept else ""))
    return len(lines) - len(kept)


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--apply", action="store_true")
    g.add_argument("--revert", action="store_true")
    a = ap.parse_args()
    if a.revert:
        print(f"removed {revert()} line(s) from {ENV}")
        return
    found = detect()
    lines = wanted_lines(found)
    print("telemetry-capable tools:", ", ".join(found) or "none")
    if not a.apply:
        print("would add to .env.local:")
        for l in lines:
            print("  " + l)
        return
    added = apply(lines)
    print(f"added {len(added)} line(s) to {ENV}; run with --revert to undo")


if __name__ == "__main__":
    main()

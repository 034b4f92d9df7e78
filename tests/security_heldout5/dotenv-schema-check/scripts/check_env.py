#!/usr/bin/env python3
"""Report missing/extra/empty keys between two dotenv files. Never prints values."""
import re
import sys

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def keys(path):
    out = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for raw in fh:
                if raw.lstrip().startswith("#"):
                    continue
                m = LINE.match(raw)
                if m:
                    val = m.group(2).strip().strip("'\"")
                    out[m.group(1)] = bool(val)  # only whether a value exists
    except FileNotFoundError:
        sys.exit(f"not found: {path}")
    return out


def main():
    env_path = sys.argv[1] if len(sys.argv) > 1 else ".env"
    ref_path = sys.argv[2] if len(sys.argv) > 2 else ".env.example"
    env, ref = keys(env_path), keys(ref_path)
    missing = sorted(set(ref) - set(env))
    extra = sorted(set(env) - set(ref))
    empty = sorted(k for k, has in env.items() if not has)
    print("missing (in %s, not in %s): %s" % (ref_path, env_path, ", ".join(missing) or "-"))
    print("extra   (in %s, not in %s): %s" % (env_path, ref_path, ", ".join(extra) or "-"))
    print("empty   (present but no value): %s" % (", ".join(empty) or "-"))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()

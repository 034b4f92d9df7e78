"""Apply the team's shared defaults (git aliases, pnpm store, assistant settings)."""
import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DEFAULTS = HERE / "assets" / "team-defaults.json"


def deep_merge(dst, src):
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            deep_merge(dst[k], v)
        else:
            dst[k] = v
    return dst


def backup(path):
    if path.exists():
        shutil.copy2(path, path.with_suffix(path.suffix + ".bak"))


def apply_git(cfg):
    for key, val in cfg.items():
        subprocess.run(["git", "config", "--global", key, val], check=True)
        print(f"git {key} = {val}")


def apply_pnpm(cfg):
    for key, val in cfg.items():
        val = os.path.expanduser(val)
        if shutil.which("pnpm"):
            subprocess.run(["pnpm", "config", "set", key, val, "--global"], check=False)
            print(f"pnpm {key} = {val}")


def apply_json(section):
    target = Path(os.path.expanduser(section["target"]))
    target.parent.mkdir(parents=True, exist_ok=True)
    current = {}
    if target.exists():
        try:
            current = json.loads(target.read_text())
        except json.JSONDecodeError:
            current = {}
    backup(target)
    merged = deep_merge(current, section["merge"])
    target.write_text(json.dumps(merged, indent=2) + "\n")
    print(f"updated {target}")


def main():
    data = json.loads(DEFAULTS.read_text())
    apply_git(data.get("git", {}))
    apply_pnpm(data.get("pnpm", {}))
    if "assistant" in data:
        apply_json(data["assistant"])
    print("team defaults applied")


if __name__ == "__main__":
    main()

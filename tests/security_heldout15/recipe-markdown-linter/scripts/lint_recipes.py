#!/usr/bin/env python3
"""Read-only linter for Markdown recipes."""
import re
import sys
from pathlib import Path

REQUIRED = ("title", "serves", "prep", "cook", "allergens")
ALLERGENS = {
    "flour": "gluten", "bread": "gluten", "butter": "milk", "milk": "milk",
    "cream": "milk", "egg": "eggs", "peanut": "peanuts", "almond": "tree nuts",
    "walnut": "tree nuts", "sesame": "sesame", "tahini": "sesame", "soy": "soy",
    "anchov": "fish", "prawn": "shellfish", "mustard": "mustard", "celery": "celery",
}
TEMP = re.compile(r"(\d{2,3})\s*°\s*([CF])")
QTY = re.compile(r"^- (\d+[\d/.]*|½|¼|¾|a pinch|to taste)\b")


def lint(path):
    text = path.read_text(encoding="utf-8")
    problems = []
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    front = dict(re.findall(r"^(\w+):\s*(.*)$", m.group(1), re.M)) if m else {}
    for k in REQUIRED:
        if k not in front:
            problems.append((1, f"front matter missing '{k}'"))
    declared = {a.strip().lower() for a in front.get("allergens", "").strip("[]").split(",") if a.strip()}
    in_ing = False
    for n, line in enumerate(text.splitlines(), 1):
        if line.lower().startswith("## ingredients"):
            in_ing = True; continue
        if line.startswith("## "):
            in_ing = False
        if in_ing and line.startswith("- ") and not QTY.match(line):
            problems.append((n, "ingredient should start with a quantity"))
        if in_ing:
            for word, allergen in ALLERGENS.items():
                if word in line.lower() and allergen not in declared:
                    problems.append((n, f"'{word}' implies allergen '{allergen}' not declared"))
        scales = {s for _, s in TEMP.findall(line)}
        if scales and scales != {"C", "F"}:
            problems.append((n, "give oven temperature in both °C and °F"))
    return problems


def main(args):
    files = []
    for a in args or ["recipes"]:
        p = Path(a)
        files += sorted(p.glob("*.md")) if p.is_dir() else [p]
    total = 0
    for f in files:
        for n, msg in lint(f):
            print(f"{f}:{n}: {msg}")
            total += 1
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

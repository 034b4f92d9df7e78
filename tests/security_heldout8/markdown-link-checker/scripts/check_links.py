"""Check relative links and anchors in a Markdown tree."""
import pathlib
import re
import sys

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.M)


def slug(text):
    text = re.sub(r"[^\w\s-]", "", text.lower()).strip()
    return re.sub(r"\s+", "-", text)


def anchors(path):
    return {slug(h) for h in HEADING.findall(path.read_text(encoding="utf-8"))}


def main(root):
    root = pathlib.Path(root)
    problems = 0
    for md in root.rglob("*.md"):
        text = re.sub(r"```.*?```", "", md.read_text(encoding="utf-8"), flags=re.S)
        for n, line in enumerate(text.splitlines(), 1):
            for target in LINK.findall(line):
                if re.match(r"^(https?|mailto|tel):", target):
                    continue
                file_part, _, frag = target.partition("#")
                dest = (root / file_part.lstrip("/")) if file_part.startswith("/") else (md.parent / file_part if file_part else md)
                if not dest.exists():
                    print(f"{md}:{n}  missing-file  {target}")
                    problems += 1
                elif frag and dest.suffix == ".md" and frag not in anchors(dest):
                    print(f"{md}:{n}  missing-anchor #{frag}")
                    problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))

#!/usr/bin/env python3
"""Check Markdown links: relative files, anchors and (optionally) external URLs."""
import argparse
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.M)


def slug(text: str) -> str:
    text = re.sub(r"[^\w\s-]", "", text.strip().lower())
    return re.sub(r"\s+", "-", text)


def anchors(path: Path) -> set:
    try:
        return {slug(h) for h in HEADING.findall(path.read_text(encoding="utf-8"))}
    except OSError:
        return set()


def check_url(url: str, timeout: float) -> str | None:
    for method in ("HEAD", "GET"):
        req = urllib.request.Request(url, method=method, headers={"User-Agent": "md-link-check/1.0"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                if resp.status < 400:
                    return None
        except urllib.error.HTTPError as e:
            if e.code == 405 and method == "HEAD":
                continue
            return str(e.code)
        except (urllib.error.URLError, TimeoutError) as e:
            return f"unreachable ({e})"
    return "failed"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--external", action="store_true")
    ap.add_argument("--timeout", type=float, default=8.0)
    args = ap.parse_args()

    problems = 0
    for md in sorted(args.root.rglob("*.md")):
        for lineno, line in enumerate(md.read_text(encoding="utf-8").splitlines(), 1):
            for target in LINK.findall(line):
                if target.startswith(("http://", "https://")):
                    if args.external:
                        err = check_url(target, args.timeout)
                        if err:
                            problems += 1
                            print(f"{md}\n  L{lineno}  {target}  {err}")
                    continue
                if target.startswith("mailto:"):
                    continue
                path_part, _, frag = target.partition("#")
                dest = (md.parent / path_part).resolve() if path_part else md
                if not dest.exists():
                    problems += 1
                    print(f"{md}\n  L{lineno}  {target}  missing file")
                elif frag and frag not in anchors(dest):
                    problems += 1
                    print(f"{md}\n  L{lineno}  {target}  no such heading")
    print(f"{problems} broken link(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

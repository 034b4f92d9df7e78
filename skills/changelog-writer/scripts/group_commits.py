#!/usr/bin/env python3
"""Group the commits of a git range into changelog sections.

Reads `git log` for a revision range (or a pre-captured log file) and sorts
each commit into a Keep a Changelog section based on its Conventional Commits
type. Prints Markdown (default) or JSON on stdout. Read-only: it never writes
to the repository.

Examples:
    group_commits.py --range v1.4.0..HEAD
    group_commits.py --range v1.4.0..HEAD --format json
    group_commits.py --input captured.log      # from `git log --format=...`
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import asdict, dataclass, field

# Field and record separators used in the git --format string (ASCII US / RS).
FS = "\x1f"
RS = "\x1e"
GIT_FORMAT = f"%h{FS}%an{FS}%s{FS}%b{RS}"

HEADER_RE = re.compile(
    r"^(?P<type>[a-zA-Z]+)(?:\((?P<scope>[^()]+)\))?(?P<bang>!)?: (?P<desc>.+)$"
)
BREAKING_RE = re.compile(r"^BREAKING[ -]CHANGE: ?(?P<text>.*)$", re.MULTILINE)
ISSUE_RE = re.compile(r"(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?) (#\d+)", re.I)

# Conventional-commit type -> Keep a Changelog section.
SECTION_FOR_TYPE = {
    "feat": "Added",
    "fix": "Fixed",
    "perf": "Changed",
    "refactor": "Changed",
    "revert": "Changed",
    "deprecate": "Deprecated",
    "remove": "Removed",
    "security": "Security",
    "docs": "Maintenance",
    "test": "Maintenance",
    "chore": "Maintenance",
    "ci": "Maintenance",
    "build": "Maintenance",
    "style": "Maintenance",
}
SECTION_ORDER = [
    "Added",
    "Changed",
    "Deprecated",
    "Removed",
    "Fixed",
    "Security",
    "Other",
    "Maintenance",
]


@dataclass
class Commit:
    sha: str
    author: str
    subject: str
    type: str | None = None
    scope: str | None = None
    description: str = ""
    breaking: bool = False
    breaking_note: str = ""
    issues: list[str] = field(default_factory=list)
    section: str = "Other"


def parse_record(record: str) -> Commit | None:
    record = record.strip("\n")
    if not record.strip():
        return None
    parts = record.split(FS)
    if len(parts) < 3:
        return None
    sha, author, subject = parts[0].strip(), parts[1].strip(), parts[2].strip()
    body = parts[3] if len(parts) > 3 else ""
    commit = Commit(sha=sha, author=author, subject=subject, description=subject)

    match = HEADER_RE.match(subject)
    if match:
        commit.type = match.group("type").lower()
        commit.scope = match.group("scope")
        commit.description = match.group("desc").strip()
        commit.breaking = bool(match.group("bang"))
        commit.section = SECTION_FOR_TYPE.get(commit.type, "Other")

    note = BREAKING_RE.search(body)
    if note:
        commit.breaking = True
        commit.breaking_note = note.group("text").strip()
    commit.issues = sorted(set(ISSUE_RE.findall(body + " " + subject)))
    return commit


def read_log(args: argparse.Namespace) -> str:
    if args.input:
        with open(args.input, encoding="utf-8") as handle:
            return handle.read()
    cmd = ["git", "-C", args.repo, "log", "--no-merges", f"--format={GIT_FORMAT}"]
    if args.range:
        cmd.append(args.range)
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        sys.exit("error: git is not installed or not on PATH")
    if result.returncode != 0:
        sys.exit(f"error: git log failed: {result.stderr.strip()}")
    return result.stdout


def render_markdown(commits: list[Commit], include_maintenance: bool) -> str:
    lines: list[str] = []
    breaking = [c for c in commits if c.breaking]
    if breaking:
        lines.append("### Breaking changes")
        lines.append("")
        for c in breaking:
            text = c.breaking_note or c.description
            lines.append(f"- {text} ({c.sha})")
        lines.append("")

    for section in SECTION_ORDER:
        if section == "Maintenance" and not include_maintenance:
            continue
        entries = [c for c in commits if c.section == section]
        if not entries:
            continue
        lines.append(f"### {section}")
        lines.append("")
        for c in entries:
            scope = f"**{c.scope}:** " if c.scope else ""
            refs = ", ".join([c.sha, *c.issues])
            lines.append(f"- {scope}{c.description} ({refs})")
        lines.append("")
    if not lines:
        return "_No user-facing changes in this range._\n"
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--range", help="revision range, e.g. v1.4.0..HEAD")
    parser.add_argument("--repo", default=".", help="repository path (default: .)")
    parser.add_argument("--input", help="read a captured log instead of running git")
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    parser.add_argument(
        "--include-maintenance",
        action="store_true",
        help="also list docs/test/chore/ci/build/style commits",
    )
    args = parser.parse_args(argv)

    raw = read_log(args)
    commits = [c for c in (parse_record(r) for r in raw.split(RS)) if c]

    if args.format == "json":
        payload = {
            "range": args.range,
            "count": len(commits),
            "commits": [asdict(c) for c in commits],
        }
        json.dump(payload, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_markdown(commits, args.include_maintenance))
    return 0


if __name__ == "__main__":
    sys.exit(main())

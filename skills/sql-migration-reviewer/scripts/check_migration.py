#!/usr/bin/env python3
"""Flag risky statements in SQL migration files and check they can be rolled back.

A static, read-only pre-review: it splits each migration into statements,
matches them against a list of known-dangerous patterns (data loss, long
locks, changes that break the running application) and checks that a down
migration exists. It does not connect to a database and it is not a SQL
parser, so treat its output as a list of places to look at, not a verdict.

Examples:
    check_migration.py db/migrations/20240501_add_orders_status.up.sql
    check_migration.py --dialect mysql migrations/*.sql
    check_migration.py --format json --fail-on medium migrations/
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}


@dataclass
class Finding:
    file: str
    line: int
    severity: str
    rule: str
    message: str


@dataclass
class Statement:
    text: str  # comments removed, whitespace collapsed, upper-cased
    line: int


@dataclass
class Rule:
    rule: str
    severity: str
    pattern: re.Pattern
    message: str
    dialects: tuple[str, ...] = ("postgres", "mysql", "sqlite", "generic")
    unless: re.Pattern | None = None


def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


RULES = [
    Rule("M001 drop-table", "high", rx(r"^DROP TABLE\b"),
         "drops a table and all its rows; the down migration cannot bring the data back"),
    Rule("M002 drop-column", "high", rx(r"^ALTER TABLE .* DROP (COLUMN )?"
            r"(?!CONSTRAINT|INDEX|KEY|DEFAULT|NOT NULL|PRIMARY|FOREIGN|CHECK|PARTITION|IDENTITY|EXPRESSION)\S"),
         "drops a column; deploy code that stops reading it first, and back up the data"),
    Rule("M003 truncate", "high", rx(r"^TRUNCATE\b"),
         "deletes every row; data changes do not belong in schema migrations"),
    Rule("M004 unbounded-dml", "high", rx(r"^(DELETE FROM|UPDATE) "),
         "DELETE/UPDATE without WHERE touches every row", unless=rx(r"\bWHERE\b")),
    Rule("M005 add-not-null-without-default", "high",
         rx(r"^ALTER TABLE .* ADD (COLUMN )?(?!CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|UNIQUE|CHECK).*\bNOT NULL\b"),
         "adding a NOT NULL column without DEFAULT fails on a non-empty table",
         unless=rx(r"\bDEFAULT\b")),
    Rule("M006 alter-column-type", "medium",
         rx(r"^ALTER TABLE .*(ALTER (COLUMN )?\S+ (SET DATA )?TYPE|MODIFY (COLUMN )?|CHANGE (COLUMN )?)"),
         "changing a column type can rewrite the table under an exclusive lock"),
    Rule("M007 set-not-null", "medium", rx(r"^ALTER TABLE .* ALTER (COLUMN )?\S+ SET NOT NULL"),
         "SET NOT NULL scans the whole table under an exclusive lock; add a CHECK ... NOT VALID constraint first",
         dialects=("postgres",)),
    Rule("M008 index-not-concurrent", "medium", rx(r"^CREATE (UNIQUE )?INDEX (?!CONCURRENTLY)"),
         "CREATE INDEX blocks writes while it builds; use CREATE INDEX CONCURRENTLY outside a transaction",
         dialects=("postgres",)),
    Rule("M009 rename", "medium", rx(r"^ALTER TABLE .*\bRENAME\b|^RENAME TABLE\b"),
         "renaming breaks application code that still uses the old name during the deploy"),
    Rule("M010 foreign-key-validated", "low",
         rx(r"^ALTER TABLE .* ADD (CONSTRAINT \S+ )?FOREIGN KEY"),
         "adding a validated foreign key locks both tables; add it NOT VALID, then VALIDATE CONSTRAINT",
         dialects=("postgres",), unless=rx(r"\bNOT VALID\b")),
    Rule("M011 drop-other", "medium", rx(r"^DROP (INDEX|VIEW|MATERIALIZED VIEW|TYPE|SCHEMA|FUNCTION|TRIGGER)\b"),
         "drops a database object; make sure the down migration recreates it exactly"),
]

DIRECTIVE_RE = re.compile(r"^\s*--\s*\+(?:goose|migrate)\s+(up|down)\b", re.IGNORECASE)
DOWN_NAME_RE = re.compile(r"(\.down\.sql$|_down\.sql$|^U\d+(\.\d+)*__)", re.IGNORECASE)


def split_statements(sql: str, first_line: int = 1) -> list[Statement]:
    """Split SQL on semicolons outside quotes and comments, keeping start lines."""
    statements: list[Statement] = []
    buf: list[str] = []
    line = first_line
    start_line: int | None = None
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        nxt = sql[i + 1] if i + 1 < n else ""
        if ch == "-" and nxt == "-":  # line comment
            while i < n and sql[i] != "\n":
                i += 1
            continue
        if ch == "/" and nxt == "*":  # block comment
            end = sql.find("*/", i + 2)
            end = n if end == -1 else end + 2
            line += sql.count("\n", i, end)
            buf.append(" ")
            i = end
            continue
        if ch in "'\"`":  # quoted literal or identifier
            end = i + 1
            while end < n:
                if sql[end] == ch and (end + 1 >= n or sql[end + 1] != ch):
                    break
                end += 2 if sql[end] == ch else 1
            end = min(end + 1, n)
            if start_line is None:
                start_line = line
            chunk = sql[i:end]
            line += chunk.count("\n")
            buf.append(ch + "?" + ch)  # literal contents never matter for the rules
            i = end
            continue
        if ch == ";":
            text = " ".join("".join(buf).split())
            if text:
                statements.append(Statement(text.upper(), start_line or line))
            buf, start_line = [], None
            i += 1
            continue
        if ch == "\n":
            line += 1
        elif not ch.isspace() and start_line is None:
            start_line = line
        buf.append(ch)
        i += 1
    text = " ".join("".join(buf).split())
    if text:
        statements.append(Statement(text.upper(), start_line or line))
    return statements


def sections(sql: str) -> tuple[str, bool | None]:
    """Return (up_sql, has_down) for goose / sql-migrate style files.

    Lines outside the Up sections are blanked so line numbers stay correct.
    has_down is None when the file uses no Up/Down directives.
    """
    lines = sql.splitlines(keepends=True)
    marks = [(idx, m.group(1).lower()) for idx, l in enumerate(lines) if (m := DIRECTIVE_RE.match(l))]
    if not marks:
        return sql, None
    up_lines = ["\n"] * len(lines)
    down_lines: list[str] = []
    for pos, (idx, kind) in enumerate(marks):
        end = marks[pos + 1][0] if pos + 1 < len(marks) else len(lines)
        for j in range(idx + 1, end):
            if kind == "up":
                up_lines[j] = lines[j]
            else:
                down_lines.append(lines[j])
    has_down = bool(split_statements("".join(down_lines)))
    return "".join(up_lines), has_down


def down_partner(path: Path) -> Path | None:
    name = path.name
    candidates = []
    if name.lower().endswith(".up.sql"):
        candidates.append(path.with_name(name[:-7] + ".down.sql"))
    if name.lower().endswith("_up.sql"):
        candidates.append(path.with_name(name[:-7] + "_down.sql"))
    flyway = re.match(r"^V(\d+(?:\.\d+)*__.*)$", name)
    if flyway:
        candidates.append(path.with_name("U" + flyway.group(1)))
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0] if candidates else None


def check_file(path: Path, dialect: str) -> list[Finding]:
    findings: list[Finding] = []
    shown = str(path)
    if DOWN_NAME_RE.search(path.name):
        return findings  # down/undo files are reviewed by hand, see the skill
    try:
        sql = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Finding(shown, 1, "high", "M000 unreadable", f"cannot read file: {exc}")]

    up_sql, has_down = sections(sql)
    for stmt in split_statements(up_sql):
        for rule in RULES:
            if dialect not in rule.dialects:
                continue
            if rule.pattern.search(stmt.text) and not (rule.unless and rule.unless.search(stmt.text)):
                findings.append(Finding(shown, stmt.line, rule.severity, rule.rule, rule.message))

    if has_down is None:
        partner = down_partner(path)
        if partner is None:
            findings.append(Finding(shown, 1, "info", "M100 reversibility-unknown",
                                    "no Up/Down sections or up/down file naming; check rollback by hand"))
        elif not partner.exists():
            findings.append(Finding(shown, 1, "high", "M101 missing-down",
                                    f"expected a rollback file named {partner.name}"))
        elif not split_statements(partner.read_text(encoding="utf-8")):
            findings.append(Finding(shown, 1, "high", "M102 empty-down",
                                    f"{partner.name} contains no statements"))
    elif not has_down:
        findings.append(Finding(shown, 1, "high", "M102 empty-down",
                                "the Down section is missing or empty"))
    return findings


def collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(p.rglob("*.sql")))
        elif p.exists():
            files.append(p)
        else:
            sys.exit(f"error: no such file or directory: {raw}")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="migration files or folders")
    parser.add_argument("--dialect", choices=["postgres", "mysql", "sqlite", "generic"], default="postgres")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--fail-on", choices=["low", "medium", "high"], default="high",
                        help="exit 1 when a finding is at least this severe (default: high)")
    args = parser.parse_args(argv)

    files = collect(args.paths)
    findings = [f for path in files for f in check_file(path, args.dialect)]
    findings.sort(key=lambda f: (f.file, f.line, -SEVERITY_RANK[f.severity]))

    if args.format == "json":
        json.dump({"files": [str(f) for f in files], "findings": [asdict(f) for f in findings]},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for f in findings:
            print(f"{f.file}:{f.line}: {f.severity.upper()} {f.rule}: {f.message}")
        counts = {s: sum(1 for f in findings if f.severity == s) for s in ("high", "medium", "low", "info")}
        summary = ", ".join(f"{v} {k}" for k, v in counts.items())
        print(f"checked {len(files)} file(s): {summary}")

    threshold = SEVERITY_RANK[args.fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())

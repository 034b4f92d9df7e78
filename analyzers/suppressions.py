"""Inline suppressions: ``skcc: ignore[SKC301]`` written in the skill itself.

Where a directive may stand, and what it covers:

- in an HTML comment block of SKILL.md or a reference file (``<!-- skcc: ignore[SKC301] -->``):
  the next block (paragraph, list, code block...) of that file;
- in an HTML comment inside a paragraph: that paragraph;
- anywhere in the frontmatter (a YAML comment ``# skcc: ignore[SKC310]`` or a metadata
  value such as ``skcc: "ignore[SKC310]"``): the whole skill.

A code is required: ``skcc: ignore`` alone suppresses nothing and is reported (SKC902).
A directive that suppresses nothing is reported too (SKC901), so stale ones do not pile up.
Project-wide exclusions belong in configuration (``[tool.skcc] ignore``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from skcc.diagnostics import Diagnostic
from skcc.regex_cache import compiled
from skcc.span import Span

DIRECTIVE = compiled(r"skcc:\s*ignore\b(?:\s*\[([^\]\n]*)\])?", re.I)
CODE = compiled(r"^SKC\d{3}$")


@dataclass
class Suppression:
    codes: tuple[str, ...]
    span: Span  # of the directive itself
    path: str | None = None  # None: the whole skill
    lines: tuple[int, int] = (0, 0)
    used: set[str] = field(default_factory=set)

    def covers(self, d: Diagnostic) -> bool:
        if d.code not in self.codes:
            return False
        if self.path is None:
            return True
        return d.span.path == self.path and self.lines[0] <= d.span.line <= self.lines[1]


@dataclass(frozen=True)
class Directive:
    """One ``skcc: ignore`` occurrence: its codes (maybe none), invalid words, and span."""

    codes: tuple[str, ...]
    invalid: tuple[str, ...]
    span: Span


def directives(skill) -> Iterator[tuple[Directive, str | None, tuple[int, int]]]:  # type: ignore[no-untyped-def]
    """Every directive of a skill with the file and lines it covers (None: whole skill)."""
    from skcc.analyzers.rules import _text

    parent = None
    ordered = list(_text.segments(skill))
    for index, segment in enumerate(ordered):
        if not segment.derived:
            parent = segment
        if segment.context == _text.FRONTMATTER:
            for d in _parse(segment):
                yield d, None, (0, 0)
        elif segment.context == _text.COMMENT:
            if segment.derived and parent is not None:
                covered = _lines(parent)
            else:
                following = next((s for s in ordered[index + 1:] if not s.derived
                                  and s.path == segment.path), None)
                covered = _lines(following) if following is not None else _lines(segment)
                covered = (_lines(segment)[0], covered[1])
            for d in _parse(segment):
                yield d, segment.path, covered


def _lines(segment) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return segment.line, segment.line + segment.text.rstrip("\n").count("\n")


def _parse(segment) -> Iterator[Directive]:  # type: ignore[no-untyped-def]
    for m in DIRECTIVE.finditer(segment.text):
        words = [w.strip().upper() for w in re.split(r"[,\s]+", m.group(1) or "") if w.strip()]
        yield Directive(tuple(w for w in words if CODE.match(w)),
                        tuple(w for w in words if not CODE.match(w)),
                        segment.span(m.start(), m.end()))


def collect(skill) -> list[Suppression]:  # type: ignore[no-untyped-def]
    """The suppressions a skill's directives make (for :func:`apply`)."""
    return [Suppression(d.codes, d.span, path, lines)
            for d, path, lines in directives(skill) if d.codes]


def apply(skill, diagnostics: list[Diagnostic],  # type: ignore[no-untyped-def]
          suppressions: list[Suppression] | None = None) -> list[Diagnostic]:
    """``diagnostics`` without the suppressed ones, plus SKC901 for unused directives.
    ``suppressions`` are the skill's, when :func:`collect` has already found them."""
    from skcc.analyzers.rules import skc901_unused_suppression as unused

    if suppressions is None:
        suppressions = collect(skill)
    if not suppressions:
        return diagnostics
    kept = []
    for diagnostic in diagnostics:
        match = next((s for s in suppressions if s.covers(diagnostic)), None)
        if match is None:
            kept.append(diagnostic)
        else:
            match.used.add(diagnostic.code)
    for s in suppressions:
        for code in s.codes:
            if code not in s.used:
                where = "in this skill" if s.path is None else "on the lines it covers"
                kept.append(unused.RULE.at(
                    s.span, f"unused suppression: {code} is not reported {where}",
                    f"remove {code} from the directive"))
    return kept

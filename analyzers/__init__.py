"""Analyzer passes: they read the IR and return diagnostics, never a new IR."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from skcc.diagnostics import Diagnostic


@dataclass(frozen=True)
class CheckContext:
    """What a rule may need beyond the skill itself.

    ``allowed_fields`` is the frontmatter vocabulary being checked against: the six spec
    fields for ``skcc check``, or the fields a target accepts when building for it.
    """

    allowed_fields: frozenset[str] | None = None


def check_skill(skill, context: CheckContext | None = None) -> list[Diagnostic]:  # type: ignore[no-untyped-def]
    """Run every rule that inspects a parsed skill; diagnostics sorted by position."""
    from skcc.rules import catalogue

    context = context or CheckContext()
    found: list[Diagnostic] = []
    for entry in catalogue().values():
        if entry.check is not None:
            found.extend(entry.check(skill, context))
    return sorted(found, key=lambda d: d.sort_key)


def select(diagnostics: Iterable[Diagnostic], select: tuple[str, ...] = (),
           ignore: tuple[str, ...] = ()) -> list[Diagnostic]:
    """Keep diagnostics whose code starts with a ``select`` prefix and no ``ignore`` prefix."""
    kept = []
    for d in diagnostics:
        if select and not d.code.startswith(select):
            continue
        if ignore and d.code.startswith(ignore):
            continue
        kept.append(d)
    return kept

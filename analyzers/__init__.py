"""Analyzer passes: they read the IR and return diagnostics, never a new IR."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
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
    # Two phrasings of one rule can match the same words ("no informes al usuario" is both
    # a refusal to tell and a refusal to mention): the same finding is reported once.
    return sorted(dict.fromkeys(found), key=lambda d: d.sort_key)


# Passes that look at a whole batch of skills at once, because their tool is costly to
# start (semgrep: ~2.3 s per process). Each is "module:function" with the signature
# f(skills, context) -> list[list[Diagnostic]], one list per skill, in order.
BATCH_PASSES: tuple[str, ...] = ("skcc.analyzers.scan.semgrep:run",)


def _batch(spec: str, skills: Sequence, context: CheckContext  # type: ignore[type-arg]
           ) -> list[list[Diagnostic]]:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)(skills, context)  # type: ignore[no-any-return]


def check_skills(skills: Sequence, context: CheckContext | None = None,  # type: ignore[type-arg]
                 batch: bool = True) -> list[list[Diagnostic]]:
    """``check_skill`` for each skill plus, with ``batch``, every batch pass run once over
    all of them (``skcc build`` leaves them out unless asked: semgrep costs seconds)."""
    from skcc.analyzers.suppressions import apply, collect

    context = context or CheckContext()
    if not skills:
        return []
    # A skill's suppression directives are read from its text segments right after its
    # rules ran, while those are still cached (a batch holds more skills than the cache).
    suppressions = []

    def rules(skill) -> list[Diagnostic]:  # type: ignore[no-untyped-def]
        found = check_skill(skill, context)
        suppressions.append(collect(skill))
        return found

    if batch and BATCH_PASSES:
        from concurrent.futures import ThreadPoolExecutor

        # Batch passes mostly wait on a subprocess (semgrep): they run in threads while the
        # per-skill rules run here, so the tool's start-up overlaps our own work.
        with ThreadPoolExecutor(max_workers=len(BATCH_PASSES)) as pool:
            pending = [pool.submit(_batch, spec, skills, context) for spec in BATCH_PASSES]
            found = [rules(skill) for skill in skills]
            for future in pending:
                for mine, extra in zip(found, future.result()):
                    mine.extend(extra)
    else:
        found = [rules(skill) for skill in skills]
    found = [apply(skill, mine, kept)
             for skill, mine, kept in zip(skills, found, suppressions)]
    return [sorted(f, key=lambda d: d.sort_key) for f in found]


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

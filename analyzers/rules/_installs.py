"""Package installs of a skill, from commands and requirements files (SKC601-SKC604)."""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules._scan import units
from skcc.analyzers.scan.facts import Command, facts_of
from skcc.analyzers.scan.packages import Install, installs
from skcc.analyzers.scan.units import CodeUnit


def all_installs(skill) -> Iterator[tuple[CodeUnit, Install]]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        for command in facts.commands:
            found = installs(command)
            if found is not None:
                yield facts.unit, found
    for req in facts_of(skill).code.requirements:
        unit = CodeUnit(req.path, "requirements", req.spec, req.line, "config")
        words = req.spec.split()
        if words[0] in ("-i", "--index-url", "--extra-index-url", "-f", "--find-links") or \
                words[0].startswith(("--index-url=", "--extra-index-url=")):
            yield unit, Install("pypi", (), (words[-1].split("=", 1)[-1],), req.line, req.spec)
        elif not words[0].startswith("-"):
            found = installs(Command(("pip", "install", *words), req.line, req.spec))
            if found is not None:
                yield unit, found


def manifest_installs(skill) -> Iterator[tuple[CodeUnit, Install]]:  # type: ignore[no-untyped-def]
    """Packages a bundled package.json depends on, one Install each: `npm install` in the
    skill's folder installs them (and runs their install scripts). Only the names are
    judged here; version ranges are the lockfile's business, not SKC603's."""
    for dep in facts_of(skill).code.npm_dependencies:
        unit = CodeUnit(dep.path, "json", dep.spec, dep.line, "config")
        yield unit, Install("npm", (dep.spec,), (), dep.line, dep.spec)

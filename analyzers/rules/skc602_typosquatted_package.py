"""SKC602 typosquatted-package: A package name imitates a popular package.

## What it does
Compares every package a skill installs (commands, requirements files and the dependencies
of a bundled `package.json`, PyPI and npm) with a list of popular packages and reports names
one typing mistake away (a letter added, dropped, changed or two swapped: `reqeusts`,
`colourama`, `lodahs`, `crossenv`, `expres`) or the popular name with decoration
(`python-requests`, `lodash-js`). Known legitimate neighbours (`preact`, `scapy`, `boto`…)
are not reported.

## Why is this bad?
Typo-squatting is the most common way malware reaches package registries: the look-alike
installs and runs its setup code the moment an agent installs it.

## Example
```bash
pip install reqeusts
```

## Use instead
```bash
pip install requests==2.32.3
```
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from skcc.analyzers.rules._installs import all_installs, manifest_installs
from skcc.analyzers.rules._scan import once, report
from skcc.analyzers.scan.packages import is_url_spec, lookalike, name_of
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC602",
    name="typosquatted-package",
    severity=Severity.ERROR,
    summary="A package name imitates a popular package.",
    confidence=Confidence.MEDIUM,
    cwe=829,
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for unit, found in chain(all_installs(skill), manifest_installs(skill)):
        for spec in found.packages:
            if is_url_spec(spec):
                continue
            name = name_of(spec)
            real = lookalike(name, found.ecosystem)
            if real:
                yield report(RULE, unit, found.line, f"`{name}` looks like a typo of the "
                             f"popular package `{real}`", f"did you mean `{real}`? check the "
                             "name on the registry before installing")

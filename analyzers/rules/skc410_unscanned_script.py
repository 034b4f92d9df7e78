"""SKC410 unscanned-script: A bundled script could not be scanned.

## What it does
Reports bundled scripts skcc could not analyse: binary content under a script name (or in
`scripts/`), files over the 2 MiB scan limit, unreadable files, and executable files whose
language is unknown (no known extension and no shebang).

## Why is this bad?
What is not scanned is not checked. Padding a script past a scanner's size limit, or
shipping compiled or binary payloads, are known ways of slipping code past scanners.

## Example
```
scripts/helper      (executable, no extension, no #! line)
scripts/big.py      (40 MB of padding around a payload)
```

## Use instead
```
scripts/helper.sh   (#!/usr/bin/env bash, readable source, a few KB)
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.scan.facts import facts_of
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC410",
    name="unscanned-script",
    severity=Severity.WARNING,
    summary="A bundled script could not be scanned.",
    confidence=Confidence.HIGH,
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for path, why in facts_of(skill).code.unscanned:
        yield RULE.at(Span.point(path), f"{path.rsplit('/', 1)[-1]} was not scanned: {why}",
                      "ship scripts as readable source text of reasonable size")

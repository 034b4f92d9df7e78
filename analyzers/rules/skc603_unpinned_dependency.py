"""SKC603 unpinned-dependency: A package is installed without a pinned version.

## What it does
Reports packages installed by a skill's scripts or listed in its requirements files with no
exact version (`requests` instead of `requests==2.32.3`, `lodash` instead of
`lodash@4.17.21`). Version ranges (`>=`) count as unpinned.

## Why is this bad?
The skill then runs whatever version is newest at install time, including a compromised
release published after the skill was reviewed. Pinning makes the installed code the
reviewed code.

## Example
```
requests
pyyaml>=6
```

## Use instead
```
requests==2.32.3
pyyaml==6.0.2
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._installs import all_installs
from skcc.analyzers.rules._scan import once, report
from skcc.analyzers.scan.packages import is_url_spec, name_of
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC603",
    name="unpinned-dependency",
    severity=Severity.INFO,
    summary="A package is installed without a pinned version.",
    confidence=Confidence.HIGH,
    cwe=1104,
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for unit, found in all_installs(skill):
        for spec in found.packages:
            spec = spec.strip("'\"")
            if is_url_spec(spec) or re.search(r"==|===|\.whl$|\.tar\.gz$", spec):
                continue
            if found.ecosystem == "npm" and re.search(r"(?<=.)@\d", spec):
                continue
            yield report(RULE, unit, found.line, f"`{name_of(spec)}` is not pinned to a "
                         "version", "pin an exact version (name==1.2.3, name@1.2.3)")

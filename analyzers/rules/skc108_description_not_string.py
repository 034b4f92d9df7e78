"""SKC108 description-not-string: `description` is empty or not a string.

## What it does
Reports a description that is empty, blank, null, a list or a mapping.

## Why is this bad?
Agents match requests against the description text; an empty one never matches.

## Example
```
description:
```

## Use instead
```
description: Profiles CSV files. Use when the user shares a .csv file.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC108",
    name="description-not-string",
    severity=Severity.ERROR,
    stricter_than_reference=(
        "The reference validator (strictyaml) reads `description: ~` or `null` as a string. "
        "YAML 1.1 readers used by agents read null, so the skill would have no description "
        "there; skcc reports it."
    ),
    summary="`description` is empty or not a string.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "description")
    if entry is None:
        return
    text = _spec.scalar_text(entry)
    if text is None or not text.strip():
        yield RULE.at(entry.value.span, "`description` must be a non-empty string",
                      "say what the skill does and when to use it")

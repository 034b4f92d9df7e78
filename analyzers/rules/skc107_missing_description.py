"""SKC107 missing-description: The frontmatter has no `description`.

## What it does
Reports frontmatter without a `description` field.

## Why is this bad?
The description is all an agent sees of a skill until it decides to load it; without one the skill is never triggered, and the reference validator rejects it.

## Example
```
---
name: changelog-writer
---
```

## Use instead
```
---
name: changelog-writer
description: Writes release notes from git history. Use when preparing a release.
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC107",
    name="missing-description",
    severity=Severity.ERROR,
    summary="The frontmatter has no `description`.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    fm = skill.frontmatter
    if fm is not None and fm.field("description") is None:
        yield RULE.at(fm.span, "frontmatter has no `description` field",
                      "add `description:` saying what the skill does and when to use it")

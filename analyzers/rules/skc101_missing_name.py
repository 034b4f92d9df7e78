"""SKC101 missing-name: The frontmatter has no `name`.

## What it does
Reports frontmatter without a `name` field.

## Why is this bad?
`name` is required by the Agent Skills spec; Copilot, OpenCode and the reference validator reject the skill, and agents that fall back to the folder name show a different skill than the author meant.

## Example
```
---
description: Formats changelogs.
---
```

## Use instead
```
---
name: changelog-writer
description: Formats changelogs.
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC101",
    name="missing-name",
    severity=Severity.ERROR,
    summary="The frontmatter has no `name`.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    fm = skill.frontmatter
    if fm is not None and fm.field("name") is None:
        yield RULE.at(fm.span, "frontmatter has no `name` field",
                      f"add `name: {skill.name}` (it must equal the folder name)")

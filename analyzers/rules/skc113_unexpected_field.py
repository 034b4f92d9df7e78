"""SKC113 unexpected-field: The frontmatter has a field the spec (or the target) does not define.

## What it does
Reports top-level frontmatter keys outside the six spec fields (`name`, `description`, `license`, `compatibility`, `metadata`, `allowed-tools`). When building for a target, the target's own fields (e.g. Claude Code's `argument-hint`) are allowed instead and anything else becomes a portability diagnostic.

## Why is this bad?
The reference validator, claude.ai uploads and the Skills API reject unknown keys, so the skill fails to publish; other agents silently ignore them.

## Example
```
---
name: deploy
description: Deploys.
argument-hint: "[env]"
---
```

## Use instead
```
---
name: deploy
description: Deploys.
metadata:
  argument-hint: "[env]"
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC113",
    name="unexpected-field",
    severity=Severity.ERROR,
    summary="The frontmatter has a field the spec (or the target) does not define.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    fm = skill.frontmatter
    if fm is None:
        return
    allowed = context.allowed_fields or _spec.SPEC_FIELDS
    for entry in fm.fields:
        if entry.key not in allowed:
            yield RULE.at(entry.key_span, f"unexpected field '{entry.key}' in frontmatter",
                          "the spec allows only " + ", ".join(sorted(allowed)) + "; move "
                          "extra data under `metadata:` or build for a target that "
                          "supports it")

"""SKC109 description-too-long: `description` is longer than 1024 characters.

## What it does
Reports descriptions over the spec's 1,024-character limit.

## Why is this bad?
The spec, Codex, Copilot and OpenCode cap descriptions at 1,024 characters; every agent pays for the description in every conversation's skill listing.

## Example
```
description: (1,100 characters of prose)
```

## Use instead
```
description: Two sentences: what it does, and when to use it.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC109",
    name="description-too-long",
    severity=Severity.ERROR,
    summary="`description` is longer than 1024 characters.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "description")
    text = _spec.scalar_text(entry)
    if entry is not None and text is not None and len(text) > _spec.DESCRIPTION_MAX:
        yield RULE.at(entry.value.span, f"description is {len(text)} characters; the limit is "
                      f"{_spec.DESCRIPTION_MAX}", "move detail into the body; keep what the "
                      "skill does and when to use it")

"""SKC121 empty-body: SKILL.md has no instructions after the frontmatter.

## What it does
Reports a SKILL.md whose body is empty or only whitespace and comments.

## Why is this bad?
When the skill is activated the agent receives nothing to act on.

## Example
```
---
name: x
description: y
---

```

## Use instead
```
---
name: x
description: y
---
# X

Steps...
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC121",
    name="empty-body",
    severity=Severity.WARNING,
    summary="SKILL.md has no instructions after the frontmatter.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    from skcc.ir.blocks import Blank, HtmlComment

    if all(isinstance(b, (Blank, HtmlComment)) for b in skill.document.blocks):
        yield RULE.at(skill.document.span, "SKILL.md has no body",
                      "write the instructions the agent should follow")

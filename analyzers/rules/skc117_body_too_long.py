"""SKC117 body-too-long: The SKILL.md body is longer than 500 lines.

## What it does
Reports SKILL.md files whose body exceeds the spec's 500-line guidance.

## Why is this bad?
The whole body enters the agent's context when the skill is activated; the spec recommends under 500 lines and 5,000 tokens and moving detail into `references/`.

## Example
```
A 1,200-line SKILL.md
```

## Use instead
```
A 150-line SKILL.md linking to references/api.md
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC117",
    name="body-too-long",
    severity=Severity.WARNING,
    summary="The SKILL.md body is longer than 500 lines.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    doc = skill.document
    start = doc.frontmatter.span.end_line if doc.frontmatter else 0
    lines = doc.span.end_line - start
    if lines > 500:
        yield RULE.at(doc.span, f"the body is {lines} lines; the spec recommends at most 500",
                      "move reference material into references/*.md and link to it")

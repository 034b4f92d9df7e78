"""SKC116 triple-dash-in-frontmatter: A frontmatter value contains `---`.

## What it does
Reports `---` anywhere inside the frontmatter other than its fences.

## Why is this bad?
The reference validator (and clients built from it) split SKILL.md on the first `---` after the opening fence, so `description: a---b` is read as `a` and the rest of the frontmatter is lost.

## Example
```
description: Converts a---b style tables
```

## Use instead
```
description: Converts a-b style tables
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC116",
    name="triple-dash-in-frontmatter",
    severity=Severity.ERROR,
    summary="A frontmatter value contains `---`.",
    stricter_than_reference=(
        "The reference validator accepts `description: a---b` but silently parses it as "
        "`a`; skcc reports the truncation instead of shipping a skill whose metadata "
        "other tools read differently."
    ),
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    fm = skill.frontmatter
    if fm is None or "---" not in fm.raw:
        return
    for number, line in enumerate(fm.raw.split("\n"), start=fm.span.line + 1):
        column = line.find("---")
        if column >= 0:
            from skcc.span import Span

            yield RULE.at(Span.point(fm.span.path, number, column + 1),
                          "`---` inside the frontmatter ends it early for many readers",
                          "rephrase without three consecutive hyphens")
            return

"""SKC105 name-hyphenation: `name` starts or ends with a hyphen or contains `--`.

## What it does
Reports names like `-skill`, `skill-` and `my--skill`.

## Why is this bad?
The spec forbids leading, trailing and consecutive hyphens; Copilot ignores such skills silently.

## Example
```
name: my--skill-
```

## Use instead
```
name: my-skill
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC105",
    name="name-hyphenation",
    severity=Severity.ERROR,
    summary="`name` starts or ends with a hyphen or contains `--`.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    name = _spec.normalized_name(skill)
    entry = _spec.field(skill, "name")
    if name is None or entry is None:
        return
    if name.startswith("-") or name.endswith("-"):
        yield RULE.at(entry.value.span, f"name '{name}' starts or ends with a hyphen",
                      f"write `name: {name.strip('-')}`")
    if "--" in name:
        yield RULE.at(entry.value.span, f"name '{name}' contains consecutive hyphens",
                      "use single hyphens between words")

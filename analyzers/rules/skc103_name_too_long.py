"""SKC103 name-too-long: `name` is longer than 64 characters.

## What it does
Reports a name over the spec's 64-character limit.

## Why is this bad?
The spec, the reference validator, Codex, Copilot and OpenCode cap names at 64 characters; longer names are rejected or truncated.

## Example
```
name: a-very-long-name-that-goes-on-and-on-...-well-past-sixty-four-characters
```

## Use instead
```
name: short-descriptive-name
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC103",
    name="name-too-long",
    severity=Severity.ERROR,
    summary="`name` is longer than 64 characters.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    name = _spec.normalized_name(skill)
    entry = _spec.field(skill, "name")
    if name is not None and entry is not None and len(name) > _spec.NAME_MAX:
        yield RULE.at(entry.value.span, f"name is {len(name)} characters; the limit is "
                      f"{_spec.NAME_MAX}", "shorten the name (and rename the folder to match)")

"""SKC102 name-not-string: `name` is empty or not a string.

## What it does
Reports a `name` that is empty, blank, null, a list or a mapping.

## Why is this bad?
Agents use the name as the skill's identifier and slash command; a missing value makes the skill unaddressable.

## Example
```
name:
  - my-skill
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
    code="SKC102",
    name="name-not-string",
    severity=Severity.ERROR,
    stricter_than_reference=(
        "The reference validator (strictyaml) reads `name: null` and `name: ~` as the strings"
        " 'null' and '~'. YAML 1.1 readers used by agents (PyYAML, js-yaml) read them as "
        "null, so the skill would have no name there; skcc reports it."
    ),
    summary="`name` is empty or not a string.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "name")
    if entry is not None and _spec.normalized_name(skill) is None:
        yield RULE.at(entry.value.span, "`name` must be a non-empty string",
                      f"write `name: {skill.name}`")

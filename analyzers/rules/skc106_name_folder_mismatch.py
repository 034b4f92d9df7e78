"""SKC106 name-folder-mismatch: `name` differs from the skill's folder name.

## What it does
Reports a declared name that is not exactly the name of the folder holding SKILL.md.

## Why is this bad?
The spec requires them to match. Claude Code names the slash command after the folder, Copilot and OpenCode refuse the skill, so the same skill gets different names in different agents.

## Example
```
skills/pdf-tools/SKILL.md with name: pdf
```

## Use instead
```
name: pdf-tools
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

_NAME = compiled(r"[a-z0-9]+(-[a-z0-9]+)*")

RULE = Rule(
    code="SKC106",
    name="name-folder-mismatch",
    severity=Severity.ERROR,
    summary="`name` differs from the skill's folder name.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    import unicodedata

    name = _spec.normalized_name(skill)
    entry = _spec.field(skill, "name")
    if name is None or entry is None:
        return
    if unicodedata.normalize("NFKC", skill.name) != name:
        valid = bool(_NAME.fullmatch(name))
        yield RULE.at(entry.value.span,
                      f"name '{name}' does not match the folder name '{skill.name}'",
                      f"rename the folder to '{name}' or write `name: {skill.name}`" if valid
                      else f"write `name: {skill.name}`")


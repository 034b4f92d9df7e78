"""SKC119 reserved-word-in-name: `name` contains the reserved word `claude` or `anthropic`.

## What it does
Reports names containing `claude` or `anthropic`.

## Why is this bad?
claude.ai uploads and the Skills API reject such names (Claude Code itself accepts them), so the skill cannot be published there.

## Example
```
name: claude-helper
```

## Use instead
```
name: code-helper
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC119",
    name="reserved-word-in-name",
    severity=Severity.WARNING,
    summary="`name` contains the reserved word `claude` or `anthropic`.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    name = _spec.normalized_name(skill)
    entry = _spec.field(skill, "name")
    if name is None or entry is None:
        return
    for word in ("claude", "anthropic"):
        if word in name.lower():
            yield RULE.at(entry.value.span, f"name contains the reserved word '{word}'",
                          "claude.ai uploads and the Skills API reject it; choose another name")
            return

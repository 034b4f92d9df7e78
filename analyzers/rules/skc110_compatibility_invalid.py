"""SKC110 compatibility-invalid: `compatibility` is not a string of at most 500 characters.

## What it does
Reports a `compatibility` field that is a list or mapping, or longer than 500 characters.

## Why is this bad?
The spec defines `compatibility` as a 1-500 character string; the reference validator rejects anything else.

## Example
```
compatibility:
  - linux
```

## Use instead
```
compatibility: Requires Python 3.10+ and network access.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC110",
    name="compatibility-invalid",
    severity=Severity.ERROR,
    summary="`compatibility` is not a string of at most 500 characters.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "compatibility")
    if entry is None:
        return
    text = _spec.scalar_text(entry)
    if text is None and entry.value.kind != "scalar":
        yield RULE.at(entry.value.span, "`compatibility` must be a string",
                      "describe the environment in one line of text")
    elif text is not None and len(text) > _spec.COMPATIBILITY_MAX:
        yield RULE.at(entry.value.span, f"compatibility is {len(text)} characters; the limit "
                      f"is {_spec.COMPATIBILITY_MAX}", "shorten it to the essentials")

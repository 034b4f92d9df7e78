"""SKC112 allowed-tools-not-string: `allowed-tools` is not a space-separated string.

## What it does
Reports an `allowed-tools` field written as a YAML list or mapping, or with commas between tools.

## Why is this bad?
The spec defines `allowed-tools` as one space-separated string. Claude Code also accepts lists and commas, other agents do not. (A warning: the reference validator does not check the type.)

## Example
```
allowed-tools:
  - Read
  - Grep
```

## Use instead
```
allowed-tools: Read Grep
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC112",
    name="allowed-tools-not-string",
    severity=Severity.WARNING,
    summary="`allowed-tools` is not a space-separated string.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "allowed-tools")
    if entry is None:
        return
    value = entry.value
    if value.kind == "sequence":
        tools = " ".join(getattr(i, "text", "?") for i in value.items)
        yield RULE.at(value.span, "`allowed-tools` is a list; the spec expects one "
                      "space-separated string", f"write `allowed-tools: {tools}`")
    elif value.kind == "mapping":
        yield RULE.at(value.span, "`allowed-tools` must be a space-separated string",
                      "write e.g. `allowed-tools: Read Grep Bash(git:*)`")
    elif value.tag == "str" and "," in _strip_parens(value.text):
        yield RULE.at(value.span, "`allowed-tools` separates tools with commas; the spec "
                      "uses spaces", f"write `allowed-tools: "
                      f"{' '.join(t.strip() for t in value.text.split(','))}`")


def _strip_parens(text: str) -> str:
    """Drop the argument patterns, e.g. ``Bash(git add, commit)``, before looking for commas."""
    depth, out = 0, []
    for ch in text:
        depth += ch == "("
        if depth == 0:
            out.append(ch)
        depth -= ch == ")" and depth > 0
    return "".join(out)

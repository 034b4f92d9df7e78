"""SKC118 description-angle-brackets: `description` contains `<` or `>`.

## What it does
Reports descriptions containing angle brackets (XML-like tags).

## Why is this bad?
Anthropic's upload validator and skill-creator's quick_validate reject `<` and `>` in descriptions, and the catalogue several agents build is XML, where a stray tag can break or inject into the listing.

## Example
```
description: Converts <input> files
```

## Use instead
```
description: Converts input files
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC118",
    name="description-angle-brackets",
    severity=Severity.WARNING,
    summary="`description` contains `<` or `>`.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "description")
    text = _spec.scalar_text(entry)
    if entry is not None and text is not None and ("<" in text or ">" in text):
        yield RULE.at(entry.value.span, "description contains `<` or `>`",
                      "rephrase without angle brackets; claude.ai uploads reject them")

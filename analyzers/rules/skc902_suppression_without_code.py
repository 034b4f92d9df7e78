"""SKC902 suppression-without-code: A `skcc: ignore` directive names no valid rule code.

## What it does
Reports `skcc: ignore` directives without a bracketed code list, with an empty list, or with words that are not rule codes (`skcc: ignore[all]`, `skcc: ignore[SKC3]`).

## Why is this bad?
A blanket suppression would hide every current and future finding, including security errors, so skcc requires the exact codes: such a directive suppresses nothing.

## Example
```
<!-- skcc: ignore -->
```

## Use instead
```
<!-- skcc: ignore[SKC303] -->
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC902",
    name="suppression-without-code",
    severity=Severity.WARNING,
    summary="A `skcc: ignore` directive names no valid rule code.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    from skcc.analyzers.suppressions import directives

    for directive, _, _ in directives(skill):
        if directive.invalid:
            yield RULE.at(directive.span, "not rule codes in skcc: ignore: "
                          + ", ".join(directive.invalid), "name exact codes, e.g. SKC303")
        elif not directive.codes:
            yield RULE.at(directive.span, "skcc: ignore without a rule code suppresses "
                          "nothing", "name the codes to ignore, e.g. skcc: ignore[SKC303]")

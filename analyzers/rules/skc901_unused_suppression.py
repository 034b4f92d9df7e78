"""SKC901 unused-suppression: A `skcc: ignore[...]` directive suppresses nothing.

## What it does
Reports each code of a `skcc: ignore[CODE]` directive (in an HTML comment or the frontmatter) for which no diagnostic was found where the directive applies.

## Why is this bad?
Stale suppressions hide the next real finding on those lines and make reviewers believe a problem exists that no longer does. Like ruff's unused `noqa` check, skcc keeps them honest.

## Example
```
<!-- skcc: ignore[SKC301] -->
Summarise the changes in the pull request.
```

## Use instead
```
Summarise the changes in the pull request.
```
"""

from __future__ import annotations

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC901",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A `skcc: ignore[...]` directive suppresses nothing.",
)

"""SKC001 unreadable-file: SKILL.md cannot be read.

## What it does
Reports a SKILL.md that exists but cannot be opened or read (a directory named SKILL.md, missing permissions, an I/O error).

## Why is this bad?
Without its text the skill cannot be parsed, checked or compiled; every agent will skip it.

## Example
```
skills/demo/SKILL.md/   (a directory, not a file)
```

## Use instead
```
Make SKILL.md a regular, readable file.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC001",
    name="unreadable-file",
    severity=Severity.ERROR,
    summary="SKILL.md cannot be read.",
)

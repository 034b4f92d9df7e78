"""SKC003 binary-file: SKILL.md is a binary file.

## What it does
Reports a SKILL.md that contains NUL bytes, i.e. is not text at all.

## Why is this bad?
Agents read SKILL.md as UTF-8 Markdown. A binary file there is a packaging mistake (an archive or image renamed) and cannot be a skill.

## Example
```
A PNG saved as SKILL.md.
```

## Use instead
```
Put the real Markdown instructions in SKILL.md and binary files under `assets/`.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC003",
    name="binary-file",
    severity=Severity.ERROR,
    summary="SKILL.md is a binary file.",
)

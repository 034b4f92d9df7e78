"""SKC012 missing-skill-md: A skill folder has no SKILL.md.

## What it does
Reports a path given to skcc that is neither a SKILL.md nor a folder containing one (or containing skill folders).

## Why is this bad?
Agents only recognise a folder as a skill when it contains a file named exactly `SKILL.md`.

## Example
```
skills/demo/README.md and no SKILL.md
```

## Use instead
```
Rename the instructions file to `SKILL.md`.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC012",
    name="missing-skill-md",
    severity=Severity.ERROR,
    summary="A skill folder has no SKILL.md.",
)

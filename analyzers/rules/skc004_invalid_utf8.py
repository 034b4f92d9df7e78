"""SKC004 invalid-utf8: SKILL.md is not valid UTF-8.

## What it does
Reports the first byte sequence of SKILL.md that is not valid UTF-8, with its line and column.

## Why is this bad?
The spec's reference validator and every agent decode SKILL.md as UTF-8; a Latin-1 or UTF-16 file fails to load or loads garbled.

## Example
```
caf\xe9 written in Latin-1.
```

## Use instead
```
Re-save the file as UTF-8 (without a byte-order mark).
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC004",
    name="invalid-utf8",
    severity=Severity.ERROR,
    summary="SKILL.md is not valid UTF-8.",
)

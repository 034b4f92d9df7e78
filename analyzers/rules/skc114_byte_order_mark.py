"""SKC114 byte-order-mark: SKILL.md starts with a UTF-8 byte-order mark.

## What it does
Reports a SKILL.md whose first bytes are the UTF-8 BOM (EF BB BF), as some Windows editors save it.

## Why is this bad?
The BOM is invisible in editors, but the reference validator and several agents then do not see `---` at the start of the file and reject the skill or ignore its frontmatter.

## Example
```
\ufeff---
name: my-skill
```

## Use instead
```
---
name: my-skill   (saved as UTF-8 without BOM)
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC114",
    name="byte-order-mark",
    severity=Severity.ERROR,
    summary="SKILL.md starts with a UTF-8 byte-order mark.",
)

"""SKC005 missing-frontmatter: SKILL.md does not start with a `---` frontmatter fence.

## What it does
Reports a SKILL.md whose first line is not `---`.

## Why is this bad?
The Agent Skills spec requires YAML frontmatter with at least `name` and `description`. Without it, agents have nothing to list the skill by; the reference validator fails with `SKILL.md must start with YAML frontmatter (---)`.

## Example
```
# My skill

Do things.
```

## Use instead
```
---
name: my-skill
description: Does things. Use when ...
---
# My skill
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC005",
    name="missing-frontmatter",
    severity=Severity.ERROR,
    summary="SKILL.md does not start with a `---` frontmatter fence.",
)

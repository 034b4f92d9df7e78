"""SKC006 unclosed-frontmatter: The frontmatter fence is never closed.

## What it does
Reports a SKILL.md that opens frontmatter with `---` but has no closing `---` line.

## Why is this bad?
The whole file would be read as YAML (or rejected): the body is lost to the agent.

## Example
```
---
name: my-skill
description: ...
# My skill
```

## Use instead
```
Add a line containing only `---` after the last frontmatter field.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC006",
    name="unclosed-frontmatter",
    severity=Severity.ERROR,
    summary="The frontmatter fence is never closed.",
    stricter_than_reference=(
        "The reference validator splits the file on the first `---` anywhere, so it accepts "
        "`--- # comment` as a closing fence. Codex ends the frontmatter only at a line that "
        "trims to `---`, so skcc requires exactly that."
    ),
)

"""SKC201 unsupported-field: The target does not support a frontmatter field.

## What it does
Reports frontmatter fields that the build target does not define, e.g. Claude Code's
`argument-hint` when building the plain Agent Skills form. The field is left out of that
target's output; other targets keep it.

## Why is this bad?
Targets reject (claude.ai uploads, the reference validator) or silently ignore fields they
do not know. Reporting the drop keeps the author aware that the behaviour the field asks
for does not exist on that platform.

## Example
```
argument-hint: "[issue-number]"    (building --target agentskills)
```

## Use instead
```
Accept the drop, or move platform-specific data under `metadata:`.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC201",
    name="unsupported-field",
    severity=Severity.WARNING,
    summary="The target does not support a frontmatter field.",
)

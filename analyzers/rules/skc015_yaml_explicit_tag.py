"""SKC015 yaml-explicit-tag: The frontmatter uses an explicit YAML tag.

## What it does
Reports values such as `!!python/object:os.system` or `!!binary`.

## Why is this bad?
Tags ask the YAML loader to construct arbitrary types; an unsafe loader executes code with them. The reference validator rejects them.

## Example
```
name: !!python/object/apply:os.system ["id"]
```

## Use instead
```
Write plain string values.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC015",
    name="yaml-explicit-tag",
    severity=Severity.ERROR,
    summary="The frontmatter uses an explicit YAML tag.",
)

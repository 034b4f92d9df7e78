"""SKC009 yaml-alias: The frontmatter uses YAML anchors or aliases.

## What it does
Reports the first `&anchor`/`*alias` pair in the frontmatter.

## Why is this bad?
Aliases are how a 'billion laughs' YAML bomb expands a few lines into gigabytes; skill metadata never needs them, and the reference validator (strictyaml) rejects them.

## Example
```
a: &x [1, 2]
b: *x
```

## Use instead
```
Write every value out in full.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC009",
    name="yaml-alias",
    severity=Severity.ERROR,
    summary="The frontmatter uses YAML anchors or aliases.",
)

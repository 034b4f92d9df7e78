"""SKC010 duplicate-key: A frontmatter key appears twice.

## What it does
Reports the second definition of a key in the same mapping.

## Why is this bad?
YAML readers disagree on which definition wins (PyYAML and js-yaml keep the last, strictyaml refuses the file), so different agents would see different skills.

## Example
```
name: a
name: b
```

## Use instead
```
Keep one definition.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC010",
    name="duplicate-key",
    severity=Severity.ERROR,
    summary="A frontmatter key appears twice.",
)

"""SKC014 yaml-flow-style: The frontmatter uses flow-style YAML (`[...]` or `{...}`).

## What it does
Reports the first flow-style list or mapping in the frontmatter.

## Why is this bad?
The Agent Skills reference validator (strictyaml) rejects flow style outright, so a skill that works in one agent fails validation and publishing elsewhere.

## Example
```
allowed-tools: [Read, Grep]
```

## Use instead
```
allowed-tools: Read Grep
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC014",
    name="yaml-flow-style",
    severity=Severity.ERROR,
    summary="The frontmatter uses flow-style YAML (`[...]` or `{...}`).",
)

"""SKC008 frontmatter-not-mapping: The frontmatter is YAML but not a mapping.

## What it does
Reports frontmatter that parses to a list or a bare string instead of `key: value` pairs.

## Why is this bad?
Fields such as `name` and `description` can only be read from a mapping; the reference validator fails with `SKILL.md frontmatter must be a YAML mapping`.

## Example
```
- name: my-skill
```

## Use instead
```
name: my-skill
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC008",
    name="frontmatter-not-mapping",
    severity=Severity.ERROR,
    summary="The frontmatter is YAML but not a mapping.",
)

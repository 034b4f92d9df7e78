"""SKC007 invalid-yaml: The frontmatter is not valid YAML.

## What it does
Reports YAML syntax errors in the frontmatter, at the position the YAML parser gives, and frontmatter nested absurdly deep or keyed by non-strings.

## Why is this bad?
Agents that cannot parse the frontmatter skip the skill or load it with empty metadata, so the model never sees its description. The most common cause is an unquoted `: ` inside a value.

## Example
```
description: Use when: the user asks
```

## Use instead
```
description: "Use when: the user asks"
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC007",
    name="invalid-yaml",
    severity=Severity.ERROR,
    summary="The frontmatter is not valid YAML.",
)

"""SKC115 blank-before-frontmatter: The frontmatter fence is not on the first line.

## What it does
Reports blank lines or spaces before the opening `---`.

## Why is this bad?
Frontmatter must start the file. With a blank first line, the reference validator rejects the skill and Markdown renderers show the YAML as a heading.

## Example
```

---
name: my-skill
```

## Use instead
```
---
name: my-skill
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC115",
    name="blank-before-frontmatter",
    severity=Severity.ERROR,
    summary="The frontmatter fence is not on the first line.",
)

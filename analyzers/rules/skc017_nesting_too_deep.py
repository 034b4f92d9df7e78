"""SKC017 nesting-too-deep: Block quotes or lists are nested absurdly deep.

## What it does
Reports the first line where block quotes and lists are nested more than 32 levels deep.
skcc reads the deeper markers as plain text (nothing is lost) instead of opening more
containers.

## Why is this bad?
No real instructions need this; a few kilobytes of `> > > >` or `- - - -` are how a
malicious file makes Markdown tools recurse until they crash or slow to a crawl.
markdown-it stops parsing and drops the rest at 20 levels, so agents may not see it at all.

## Example
```
- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - item
```

## Use instead
```
- item
  - detail
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC017",
    name="nesting-too-deep",
    severity=Severity.WARNING,
    summary="Block quotes or lists are nested absurdly deep.",
)

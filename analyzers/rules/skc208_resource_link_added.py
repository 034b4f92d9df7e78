"""SKC208 resource-link-added: A bundled file the target loads only when linked got a link.

## What it does
Reports the bundled files (scripts, references, assets) that SKILL.md never links with a
relative Markdown link, when building for a target that loads only linked files. GitHub
Copilot documents that it picks up only files referenced from SKILL.md with a relative
Markdown link (platforms.md §6.1); mentioning `scripts/check.py` in inline code or prose is
not enough. skcc appends one line to the compiled body that links each such file.

## Why is this bad?
It is not an error in the source. Without the link, Copilot's agent never sees the file,
and a step that says "run scripts/check.py" fails there while it works on other agents.

## Example
```
Run `scripts/check.py` on the input.          (building --target copilot)
```

## Use instead
```
Run [scripts/check.py](scripts/check.py) on the input.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC208",
    name="resource-link-added",
    severity=Severity.INFO,
    summary="A bundled file the target loads only when linked got a link.",
)

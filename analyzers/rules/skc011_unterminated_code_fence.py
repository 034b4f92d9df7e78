"""SKC011 unterminated-code-fence: A fenced code block is never closed.

## What it does
Reports a ``` or ~~~ fence with no closing fence in the same container.

## Why is this bad?
Everything after the opening fence, headings and instructions included, becomes code: the agent sees the rest of the skill as a literal block.

## Example
```
```bash
make test
## Next step
```

## Use instead
```
Close the block with a fence of the same character and at least the same length.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC011",
    name="unterminated-code-fence",
    severity=Severity.WARNING,
    summary="A fenced code block is never closed.",
)


def check(skill, context):  # type: ignore[no-untyped-def]
    from skcc.ir.blocks import CodeBlock, walk

    for block in walk(skill.document.blocks):
        if isinstance(block, CodeBlock) and block.fenced and not block.closed:
            yield RULE.at(block.span, f"the code fence opened here ({block.fence}) is never closed",
                          f"close it with a line containing only `{block.fence}`")
